import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  camelCase,
  checkYamlBounds,
  defaultSettings,
  describeValue,
  failure,
  formatPath,
  isMapping,
  kindOf,
  loadData,
  locate,
  markersFileSchema,
  markersLenientSchema,
  parseWithPositions,
  problemsOf,
  readOptionalTextFile,
  readTextFile,
  settingsFileSchema,
  settingsSchema,
  success,
  syntaxProblems,
  templateFault,
  templateFieldProblems
} from "./chunk-3YN6SMB7.js";
import {
  BOUNDS,
  closest
} from "./chunk-TXPXFCIC.js";

// src/cli/inputs.ts
import { resolve } from "node:path";

// src/core/settings/schema-at.ts
var definition = (schema) => schema._zod.def;
function unwrap(schema) {
  let meta = {};
  let current = schema;
  for (; ; ) {
    meta = { ...current.meta(), ...meta };
    const def = definition(current);
    const next = def.type === "pipe" ? def.in && definition(def.in).type === "transform" ? def.out : def.in : ["default", "prefault", "optional", "nullable"].includes(def.type) ? def.innerType : void 0;
    if (next === void 0) return { schema: current, meta };
    current = next;
  }
}
function child(schema, segment) {
  const def = definition(schema);
  if (def.type === "object") return def.shape?.[String(segment)];
  if (def.type === "array" && typeof segment === "number") return def.element;
  if (def.type === "record") return def.valueType;
  return void 0;
}
function at(path) {
  let found = unwrap(settingsFileSchema);
  for (const segment of path) {
    const next = child(found.schema, segment);
    if (next === void 0) return void 0;
    found = unwrap(next);
  }
  return found;
}
function keysAt(path) {
  const found = at(path);
  const def = found && definition(found.schema);
  return def?.type === "object" ? Object.keys(def.shape ?? {}) : [];
}
function hintAt(path) {
  const [top] = path;
  return top === void 0 ? void 0 : at([top])?.meta.hint;
}
var TYPE_WORDS = {
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  record: "a mapping",
  number: "a number"
};
function expectedAt(path, zodType) {
  return at(path)?.meta.expected ?? TYPE_WORDS[zodType] ?? zodType;
}

// src/core/settings/issues.ts
function valueAt(root, path) {
  let value = root;
  for (const seg of path) {
    value = typeof value === "object" && value !== null ? value[seg] : void 0;
  }
  return value;
}
function hintFor(path) {
  return hintAt(path) ?? "see the settings reference";
}
function settingIssues(issue, data) {
  const path = issue.path.map((seg) => typeof seg === "number" ? seg : String(seg));
  const value = valueAt(data, path);
  const at2 = (message, onKey = false) => [
    { path, onKey, message, hint: hintFor(path) }
  ];
  switch (issue.code) {
    case "unrecognized_keys": {
      const valid = keysAt(path);
      return issue.keys.map((key) => {
        const guess = closest(key, valid);
        const list = `valid keys here: ${valid.join(", ")}`;
        return {
          path: [...path, key],
          onKey: true,
          message: `unknown setting ${JSON.stringify(key)}`,
          hint: guess ? `did you mean ${JSON.stringify(guess)}? ${list}` : list
        };
      });
    }
    case "invalid_type": {
      const expected = expectedAt(path, issue.expected);
      if (value === void 0) return at2(`is required and must be ${expected}`);
      if (value === null) return at2(`has no value; it must be ${expected}`);
      return at2(`must be ${expected}, not ${describeValue(value)}`);
    }
    case "invalid_value": {
      const options = issue.values.map((v) => JSON.stringify(v)).join(" or ");
      return at2(`must be ${options}, not ${describeValue(value)}`);
    }
    case "too_small":
      return at2(issue.origin === "array" ? "must not be an empty list" : "must not be empty");
    case "too_big":
      return at2(`must be at most ${String(issue.maximum)} characters long`);
    default:
      return at2(issue.message);
  }
}

// src/core/settings/markers.ts
var zoneKeys = Object.keys(markersFileSchema.shape).map((key) => [camelCase(key), key]);
var hint = "give each zone its own start and end markers";
function markerIssues(markers, given) {
  const issues = [];
  const seen = /* @__PURE__ */ new Map();
  for (const [zone, key] of zoneKeys) {
    const pair = markers[zone];
    if (pair.start === pair.end) {
      const path = given(["markers", key, "end"]) ? ["markers", key, "end"] : ["markers", key, "start"];
      const message = `the start and end markers are the same (${JSON.stringify(pair.end)})`;
      issues.push({ path, onKey: false, message, hint });
    }
    for (const part of ["start", "end"]) {
      const text = pair[part];
      const earlier = seen.get(text);
      if (earlier && earlier.zone !== key) {
        const here = ["markers", key, part];
        const there = ["markers", earlier.zone, earlier.part];
        const [path, other] = given(here) ? [here, `${earlier.part} marker of ${earlier.zone}`] : [there, `${part} marker of ${key}`];
        issues.push({
          path,
          onKey: false,
          message: `${JSON.stringify(text)} is also the ${other}`,
          hint
        });
      } else if (!earlier) seen.set(text, { zone: key, part });
    }
  }
  return issues;
}
function markerInTextIssues(settings) {
  const all = Object.values(settings.markers).flatMap((p) => [p.start, p.end]);
  const texts = [
    ["count-line", settings.countLine],
    ["timestamp-format", settings.timestampFormat]
  ];
  return texts.flatMap(([key, text]) => {
    const marker = all.find((m) => text.includes(m));
    return marker === void 0 ? [] : [
      {
        path: [key],
        onKey: false,
        message: `contains the marker ${JSON.stringify(marker)}, which would break the README's zones`,
        hint: "leave the markers out of this text"
      }
    ];
  });
}

// src/core/settings/parse.ts
function parseSettings(text, file) {
  const defaults = () => success(structuredClone(defaultSettings));
  const source = text?.charCodeAt(0) === 65279 ? text.slice(1) : text ?? "";
  if (source.trim() === "") return defaults();
  const bounds = { chars: BOUNDS.settingsFileChars, depth: BOUNDS.yamlDepth };
  const refused = checkYamlBounds(source, file, bounds, "the settings file");
  if (refused) return failure([refused]);
  const parsed = parseWithPositions(source);
  const syntax = syntaxProblems(parsed, source, file, void 0, {
    topLevel: 'a setting starts with its name at column 1 (such as "layout:")'
  });
  if (syntax.length > 0) return failure(syntax);
  const data = parsed.doc.toJS();
  if (data === null || data === void 0) return defaults();
  const locateIssue = ({ path, onKey, message, hint: hint2 }) => {
    const problem = { file, message, hint: hint2 };
    const where = locate(parsed, path, onKey);
    if (where) {
      problem.line = where.line;
      problem.column = where.column;
    }
    const field = formatPath(path);
    if (field) problem.field = field;
    return problem;
  };
  if (!isMapping(data)) {
    const message = `the settings file must be a mapping of settings, not ${kindOf(data)}`;
    const hint2 = 'write one setting per line, such as time-zone: "Asia/Shanghai"';
    return failure([locateIssue({ path: [], onKey: false, message, hint: hint2 })]);
  }
  const result = settingsSchema.safeParse(data);
  const issues = result.success ? [] : result.error.issues.flatMap((i) => settingIssues(i, data));
  const settings = result.success ? result.data : void 0;
  const markers = markersLenientSchema.safeParse(data.markers ?? {});
  if (markers.success) {
    const given = (path) => valueAt(data, path) !== void 0;
    issues.push(...markerIssues(markers.data, given));
  }
  if (settings) issues.push(...markerInTextIssues(settings), ...layoutTemplateIssues(settings));
  if (!settings || issues.length > 0) {
    const problems = issues.map(locateIssue);
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return failure(problems);
  }
  return success(settings);
}
function layoutTemplateIssues(settings) {
  const layout = settings.layout;
  if (!layout) return [];
  const items = [
    [["layout", "item"], layout.item],
    ...Object.entries(layout.sections).map(([name, section]) => [
      ["layout", "sections", name, "item"],
      section.item
    ])
  ];
  return items.flatMap(([path, source]) => {
    const fault = source === void 0 ? void 0 : templateFault(source);
    return fault ? [{ path, onKey: false, ...fault }] : [];
  });
}

// src/cli/inputs.ts
var DEFAULT_DATA = "data.yaml";
var DEFAULT_README = "README.md";
var DEFAULT_CONFIG = ".github/paperlist.yml";
function loadSettingsFileText(io, file) {
  const shown = file ?? DEFAULT_CONFIG;
  const text = file === void 0 ? readOptionalTextFile(resolve(io.cwd, shown), shown) : readTextFile(
    resolve(io.cwd, shown),
    shown,
    "pass --config with the path of the settings file"
  );
  if (!text.ok) return text;
  const settings = parseSettings(text.value, shown);
  return settings.ok ? success({ settings: settings.value, text: text.value }) : settings;
}
function loadReadmeFile(io, file) {
  return readTextFile(resolve(io.cwd, file), file, "pass --readme with the path of the README");
}
function loadDataFileText(io, file) {
  const text = readTextFile(
    resolve(io.cwd, file),
    file,
    "pass --data with the path of the data file"
  );
  if (!text.ok) return text;
  const loaded = loadData(text.value, file);
  return loaded.ok ? { ok: true, value: { text: text.value, list: loaded.value } } : loaded;
}
function loadListAndSettings(io, names) {
  const data = loadDataFileText(io, names.data);
  const settings = loadSettingsFileText(io, names.config);
  if (!data.ok || !settings.ok) return failure([...problemsOf(data), ...problemsOf(settings)]);
  const fields = templateFields(data.value, settings.value, names);
  if (fields.problems.length > 0) return failure(fields.problems);
  return success(
    { list: data.value.list, settings: settings.value.settings, dataText: data.value.text },
    fields.warnings
  );
}
function templateFields(data, settings, names) {
  return templateFieldProblems(settings.settings, data.list, {
    config: names.config ?? DEFAULT_CONFIG,
    data: names.data,
    configText: settings.text,
    dataText: data.text
  });
}
function loadListFiles(io, names) {
  const data = loadDataFileText(io, names.data);
  const settings = loadSettingsFileText(io, names.config);
  const readme = loadReadmeFile(io, names.readme);
  if (!data.ok || !settings.ok || !readme.ok) {
    return failure([...problemsOf(data), ...problemsOf(settings), ...problemsOf(readme)]);
  }
  const fields = templateFields(data.value, settings.value, names);
  if (fields.problems.length > 0) return failure(fields.problems);
  return success({
    dataFile: names.data,
    dataText: data.value.text,
    readmeFile: names.readme,
    readmeText: readme.value,
    list: data.value.list,
    settings: settings.value.settings
  });
}

// src/cli/options.ts
var DATA_OPTION = { data: { type: "string", default: DEFAULT_DATA } };
var README_OPTION = { readme: { type: "string", default: DEFAULT_README } };
var CONFIG_OPTION = { config: { type: "string" } };
var CONFIG_OUTPUT_OPTION = {
  config: { type: "string", default: DEFAULT_CONFIG }
};
var LIST_FILE_OPTIONS = { ...DATA_OPTION, ...README_OPTION, ...CONFIG_OPTION };

export {
  parseSettings,
  DEFAULT_CONFIG,
  loadListAndSettings,
  loadListFiles,
  DATA_OPTION,
  README_OPTION,
  CONFIG_OPTION,
  CONFIG_OUTPUT_OPTION,
  LIST_FILE_OPTIONS
};
