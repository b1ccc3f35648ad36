import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  importLayout,
  serializeData,
  toCrlf,
  toLf,
  usesCrlf
} from "./chunk-PFSFWNVH.js";
import {
  reviewList
} from "./chunk-RNXYKG2P.js";
import {
  buildFormTemplate
} from "./chunk-IXKCALRC.js";
import {
  alwaysShown,
  isStandIn
} from "./chunk-6SWOY4OF.js";
import {
  findZone,
  keepStamp,
  pathExists,
  renderReadme,
  writeFiles
} from "./chunk-CCF2C3GI.js";
import "./chunk-J46YQAPX.js";
import {
  SHAPE_FIELD,
  STYLE_FIELD,
  fieldText,
  sectionLayout,
  shapeOf
} from "./chunk-LRJQDJNI.js";
import "./chunk-NIAEFTN3.js";
import "./chunk-63NZPSEG.js";
import "./chunk-F3GNWPX4.js";
import {
  CONFIG_OUTPUT_OPTION,
  DATA_OPTION,
  README_OPTION,
  parseSettings
} from "./chunk-V5URNJWK.js";
import "./chunk-BVLRBHM7.js";
import {
  defaultSettings,
  defineCommand,
  failure,
  fromLayout,
  loadData,
  parseTemplate,
  problemsOf,
  readTextFile,
  require_dist,
  success
} from "./chunk-3YN6SMB7.js";
import {
  EXIT_INPUT,
  EXIT_OK,
  failWithProblems,
  formatProblem,
  reportProblems
} from "./chunk-TXPXFCIC.js";
import {
  __toESM
} from "./chunk-XQCVUMMA.js";

// src/cli/commands/init.ts
import { resolve as resolve2 } from "node:path";

// src/adapters/fs/git-branch.ts
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function read(path) {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return void 0;
  }
}
function gitDir(folder) {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    const dotGit = join(dir, ".git");
    try {
      if (statSync(dotGit).isDirectory()) return dotGit;
      const named = /^gitdir: (.+)$/m.exec(read(dotGit) ?? "")?.[1];
      if (named) return resolve(dir, named);
    } catch {
    }
    if (dirname(dir) === dir) return void 0;
  }
}
function defaultBranch(folder) {
  const git = gitDir(folder);
  if (!git) return void 0;
  const common = read(join(git, "commondir"));
  const shared = common ? resolve(git, common) : git;
  const origin = /^ref: refs\/remotes\/origin\/(.+)$/.exec(
    read(join(shared, "refs/remotes/origin/HEAD")) ?? ""
  )?.[1];
  if (origin) return origin;
  return /^ref: refs\/heads\/(.+)$/.exec(read(join(git, "HEAD")) ?? "")?.[1];
}

// src/core/import/init/plan.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/import/init/workflow.ts
function workflowText(branch = "main") {
  const name = /^[\w./-]+$/.test(branch) ? branch : JSON.stringify(branch);
  return WORKFLOW_TEXT.replace("branches: [main]", `branches: [${name}]`);
}
var WORKFLOW_TEXT = `name: paperlist
on:
  issues:
    types: [opened, edited, reopened, closed]
  issue_comment:
    types: [created, edited]
  push:
    branches: [main]
  schedule:
    - cron: '17 4 * * 1'
  workflow_dispatch:
permissions:
  contents: write
  issues: write
  pull-requests: write
concurrency:
  group: paperlist-\${{ github.event.comment.id && format('comment-{0}', github.event.comment.id) || github.event.issue.number || github.ref }}
  cancel-in-progress: false
jobs:
  paperlist:
    runs-on: ubuntu-latest
    steps:
      - uses: paperlist/paperlist@v1
`;

// src/core/import/init/name.ts
function listName(readme) {
  const lines = readme.split(/\r?\n/);
  let fence;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== void 0) {
      if (open !== void 0 && open[0] === fence[0] && open.length >= fence.length)
        fence = void 0;
      continue;
    }
    if (open !== void 0) {
      fence = open;
      continue;
    }
    const atx = /^ {0,3}# +(.+?)(?:\s+#+)?\s*$/.exec(line)?.[1];
    const setext = i + 1 < lines.length && /^ {0,3}=+\s*$/.test(lines[i + 1]) && /\S/.test(line) ? line : void 0;
    const html = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(lines.slice(i, i + 5).join("\n"));
    const found = atx ?? setext ?? (html && /<h1\b/i.test(line) ? html[1] : void 0);
    if (found === void 0) continue;
    const name = plainHeading(found);
    if (name !== "") return name;
  }
  return "";
}
function plainHeading(heading) {
  return heading.replace(/\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)/g, "").replace(/!\[[^\]]*\]\([^)]*\)/g, "").replace(/<img\b[^>]*>/gi, "").replace(/<[^>]+>/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`]/g, "").replace(/&amp;/g, "&").replace(new RegExp("\\p{Extended_Pictographic}\\uFE0F?", "gu"), "").replace(/\s+/g, " ").trim();
}

// src/core/import/init/form.ts
var OWN = /* @__PURE__ */ new Set(["title", "abbr", "venue", "year"]);
var NOT_ASKED = /^(?:label|url|n|links|spacing(?:-\d+)?|padding|indent(?:-\d+)?|separator(?:-\d+)?|shape|title|image(?:-\d+)?-(?:width|height))$/;
function walk(nodes, out) {
  for (const node of nodes) {
    if (node.t === "field") out.set(node.name, (out.get(node.name) ?? false) || node.raw);
    if (node.t === "if") {
      if (!out.has(node.name)) out.set(node.name, false);
      walk(node.body, out);
    }
    if (node.t === "links") walk(node.body, out);
    if (node.t === "link") out.set(`link:${node.label}`, false);
  }
}
function templatesOf(layout) {
  return [layout.item, ...Object.values(layout.sections).flatMap((s) => s.item ? [s.item] : [])];
}
function labelCounts(list) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of list.sections) {
    for (const p of s.papers)
      for (const l of p.links) counts.set(l.label, (counts.get(l.label) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}
function linkPlan(list, fields) {
  const labels = labelCounts(list);
  const find = (re) => labels.find(([l]) => re.test(l))?.[0];
  const code = find(/code|github|repo/i);
  const pdf = find(/^\[*pdf\]*$/i);
  const page = find(/^\[*(?:paper|arxiv|link|page|pdf)\]*$/i) ?? find(/paper|arxiv|link|page|pdf/i);
  const own = /* @__PURE__ */ new Set();
  if (pdf && pdf !== page) own.add("pdf");
  if (code || fields.has("code") || fields.has("link:code")) own.add("code");
  return { own };
}
function example(list, field) {
  for (const s of list.sections) {
    for (const p of s.papers) {
      const v = p.extra[field];
      const address = /^https?:\/\/\S+$/.test(v) && v.length <= 300;
      if (typeof v === "string" && (v.length <= 60 || address) && !isStandIn(v)) return v;
      if (Array.isArray(v)) return v.join(", ");
    }
  }
  return void 0;
}
var MARKUP = /\]\(|<\/?[a-z][^>]*>|\*\*/i;
function shows(list, field) {
  return list.sections.some(
    (s) => s.papers.some((p) => {
      const v = fieldText(p, field);
      return v !== void 0 && v.trim() !== "" && !isStandIn(v) && !MARKUP.test(v);
    })
  );
}
function isMark(list, field) {
  return list.sections.every(
    (s) => s.papers.every((p) => {
      const v = fieldText(p, field);
      return v === void 0 || !/[\p{L}\p{N}]/u.test(v);
    })
  );
}
function oncePerKind(names) {
  const kinds = /* @__PURE__ */ new Map();
  for (const name of names) {
    const kind = name.replace(/-\d+$/, "");
    const seen = kinds.get(kind);
    if (seen === void 0 || name === kind || seen !== kind && name < seen)
      kinds.set(kind, name);
  }
  return [...kinds.values()];
}
var LOOKED_UP = /* @__PURE__ */ new Set(["authors"]);
function alwaysGiven(layout, list, field) {
  let seen = 0;
  for (const section of list.sections) {
    const item = sectionLayout(layout, section.name).item ?? layout.item;
    const shown = /* @__PURE__ */ new Set();
    try {
      alwaysShown(parseTemplate(item), /* @__PURE__ */ new Set(), shown);
    } catch {
      continue;
    }
    if (!shown.has(field)) continue;
    for (const p of section.papers) {
      if (shapeOf(p) !== void 0) continue;
      const v = fieldText(p, field);
      if (v === void 0 || v.trim() === "" || isStandIn(v)) return false;
      seen++;
    }
  }
  return seen > 0;
}
function shownField(id, list) {
  const sample = example(list, id);
  const kind = id.replace(/-\d+$/, "");
  const label = kind.charAt(0).toUpperCase() + kind.slice(1).replace(/-/g, " ");
  const description = id === "authors" ? "The authors, as the paper lists them, separated by commas." : id === "date" ? "The date, written like the other entries of the list." : `Shown with the entry in the list, written like the other entries.`;
  return { id, label, description, ...sample !== void 0 ? { placeholder: sample } : {} };
}
function formPlan(layout, list) {
  const fields = /* @__PURE__ */ new Map();
  for (const t of templatesOf(layout)) {
    try {
      walk(parseTemplate(t), fields);
    } catch {
    }
  }
  const links = linkPlan(list, fields);
  const own = /* @__PURE__ */ new Set([...links.own, ...[...fields.keys()].filter((f) => OWN.has(f))]);
  const names = [...fields].filter(([name, raw]) => !raw && !OWN.has(name) && !NOT_ASKED.test(name)).filter(([name]) => !name.startsWith("link:") && !/^(?:code|pdf|page)$/.test(name)).filter(
    ([name]) => name !== SHAPE_FIELD && name !== STYLE_FIELD && shows(list, name) && !isMark(list, name)
  ).map(([name]) => name);
  const more = oncePerKind(names).map((name) => ({
    ...shownField(name, list),
    ...!LOOKED_UP.has(name) && alwaysGiven(layout, list, name) ? { required: true } : {}
  }));
  return { own, more };
}

// src/core/import/init/zones.ts
var ROOT = /^ {2}root\(\("([^"]*)"\)\)$/m;
var SECTION_NODE = /^ {6}c\d+s\d+\["([^"]*)"\]$/gm;
var DEFAULT_STAMP = /^\n*\*\*Last Update: [A-Z][a-z]{2} \d{2}, \d{4} \d{2}:\d{2}:\d{2}\*\*\n*$/;
function decodeMermaid(text) {
  return text.replace(/#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)));
}
function zoneText(readme, pair) {
  const zone = findZone(readme, pair, "");
  return zone.ok ? readme.slice(zone.value.contentStart, zone.value.contentEnd) : void 0;
}
function zoneSettings(readme) {
  const { markers } = defaultSettings;
  const found = { stampZone: false, defaultStamp: false };
  const mindmap = zoneText(readme, markers.mindmap);
  const root = mindmap === void 0 ? null : ROOT.exec(mindmap);
  if (mindmap !== void 0 && root) {
    found.name = decodeMermaid(root[1] ?? "");
    const labels = [...mindmap.matchAll(SECTION_NODE)].map((m) => m[1] ?? "");
    found.mindmapCounts = labels.length > 0 && labels.every((l) => / \(\d+\)$/.test(l));
  }
  const stamp = zoneText(readme, markers.updateTime);
  found.stampZone = stamp !== void 0;
  found.defaultStamp = stamp !== void 0 && DEFAULT_STAMP.test(stamp);
  return found;
}

// src/core/settings/schema-url.ts
var SCHEMA_URL = "https://raw.githubusercontent.com/paperlist/paperlist/v1/schema/paperlist.schema.json";
var SCHEMA_COMMENT = `# yaml-language-server: $schema=${SCHEMA_URL}
`;

// src/core/import/init/plan.ts
var MAIN = defaultSettings.markers.main;
var STAMP = defaultSettings.markers.updateTime;
function planInit(readme, options) {
  if (!usesCrlf(readme)) return planLf(readme, options);
  const lf = planLf(toLf(readme), options);
  return lf.ok ? { ...lf, value: { ...lf.value, readme: toCrlf(lf.value.readme) } } : lf;
}
function planLf(readme, options) {
  const file = options.readmeFile;
  const first = importLayout(readme, file, { markers: MAIN });
  if (first.entries === 0) return failure(first.problems);
  const marked = first.zone.marked ? readme : insertMarkers(readme, first.zone);
  const read2 = first.zone.marked ? first : withMarkers(first, readme);
  const zones = zoneSettings(readme);
  const asked = formPlan(read2.layout, read2.list);
  const settingsText = settingsFor(read2, readme, zones.defaultStamp, zones);
  const settings = parseSettings(settingsText, options.settingsFile);
  const data = read2.data?.text ?? serializeData(read2.list);
  const loaded = read2.data?.loaded ?? loadData(data, options.dataFile);
  if (!settings.ok || !loaded.ok) {
    return failure([...read2.problems, ...problemsOf(settings), ...problemsOf(loaded)]);
  }
  const again = renderReadme(marked, loaded.value, settings.value, options.time, file);
  if (!again.ok || keepStamp(again.value, marked, settings.value) !== marked) {
    return failure([
      ...read2.problems,
      {
        file,
        message: "the list could not be written back exactly as it is, so nothing was changed",
        hint: 'please report this README layout; meanwhile "paperlist import" prints what could be read'
      }
    ]);
  }
  const final = options.stamp && !zones.stampZone ? withStampZone(read2, readme, marked, loaded.value, options, zones) : { readme: marked, settings: settingsText };
  const lineOf = (text) => final.readme.slice(0, final.readme.indexOf(text)).split("\n").length;
  const plan = {
    ...final,
    data,
    form: buildFormTemplate(
      loaded.value.sections.map((s) => s.name),
      { label: defaultSettings.labels.suggestion, fields: asked }
    ),
    workflow: workflowText(options.branch),
    summary: {
      sections: read2.list.sections.length,
      entries: read2.entries,
      kind: read2.layout.kind,
      lines: [lineOf(MAIN.start), lineOf(MAIN.end)],
      markersAdded: !first.zone.marked,
      stamp: stampState(zones, options.stamp && final.readme !== marked),
      ...zones.name !== void 0 ? { mindmap: { name: zones.name, counts: zones.mindmapCounts ?? false } } : {}
    }
  };
  return success(plan, read2.problems);
}
function stampState(zones, added) {
  if (zones.stampZone) return zones.defaultStamp ? "kept" : "left";
  return added ? "added" : "none";
}
function withStampZone(read2, readme, marked, list, options, zones) {
  const settings = settingsFor(read2, readme, true, zones);
  const stamped = insertStamp(marked);
  const parsed = parseSettings(settings, options.settingsFile);
  const rendered = parsed.ok ? renderReadme(stamped, list, parsed.value, options.time, options.readmeFile) : parsed;
  return { readme: rendered.ok ? rendered.value : marked, settings };
}
function withMarkers(read2, readme) {
  const zoneLine = readme.slice(0, read2.zone.start).split("\n").length;
  const atEof = !readme.slice(read2.zone.start, read2.zone.end).endsWith("\n");
  const layout = {
    ...read2.layout,
    zoneStart: `
${read2.layout.zoneStart}`,
    zoneEnd: atEof ? `${read2.layout.zoneEnd}
` : read2.layout.zoneEnd
  };
  const problems = read2.problems.map(
    (p) => p.line !== void 0 && p.line >= zoneLine ? { ...p, line: p.line + 1 } : p
  );
  return { ...read2, layout, problems, zone: { ...read2.zone, marked: true } };
}
function insertMarkers(readme, zone) {
  const tail = readme.slice(zone.end);
  const body = readme.slice(zone.start, zone.end);
  const end = body.endsWith("\n") ? `${MAIN.end}
` : `
${MAIN.end}${tail === "" ? "" : "\n"}`;
  return `${readme.slice(0, zone.start)}${MAIN.start}
${body}${end}${tail}`;
}
function insertStamp(readme) {
  const at = readme.indexOf(MAIN.end) + MAIN.end.length;
  const lineEnd = readme.indexOf("\n", at);
  const cut = lineEnd === -1 ? readme.length : lineEnd + 1;
  const zone = `
${STAMP.start}
${STAMP.end}
`;
  return readme.slice(0, cut) + (lineEnd === -1 ? "\n" : "") + zone + readme.slice(cut);
}
function settingsFor(read2, readme, stamp, zones) {
  const settings = {};
  const name = listName(readme);
  if (zones.name !== void 0) settings.name = zones.name;
  else if (name !== "") settings.name = name;
  settings.sort = [];
  if (!stamp) settings.stamp = false;
  if (zones.mindmapCounts) settings.mindmap = { counts: true };
  settings.layout = fromLayout(read2.layout);
  const header = '# paperlist settings, written by "paperlist init" to reproduce the README as it is.\n';
  return SCHEMA_COMMENT + header + import_yaml.default.stringify(settings, {
    lineWidth: 0,
    blockQuote: false,
    // Folded double-quoted text does not read back a line holding only spaces: one line each.
    doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER
  });
}

// src/cli/commands/init.ts
var FORM_FILE = ".github/ISSUE_TEMPLATE/suggest-paper.yml";
var WORKFLOW_FILE = ".github/workflows/paperlist.yml";
var initCommand = defineCommand({
  options: {
    ...README_OPTION,
    ...DATA_OPTION,
    ...CONFIG_OUTPUT_OPTION,
    stamp: { type: "boolean", default: false },
    force: { type: "boolean", default: false },
    branch: { type: "string" }
  },
  run: ({ values }, io) => {
    const readme = readTextFile(
      resolve2(io.cwd, values.readme),
      values.readme,
      "pass --readme with the path of the README"
    );
    if (!readme.ok) return failWithProblems(io, readme.problems);
    const taken = takenOutputs(io, values);
    if (taken.length > 0) return failWithProblems(io, taken);
    const planned = planInit(readme.value, {
      stamp: values.stamp,
      time: io.now(),
      readmeFile: values.readme,
      dataFile: values.data,
      settingsFile: values.config,
      branch: values.branch ?? defaultBranch(io.cwd) ?? "main"
    });
    if (!planned.ok) return failWithProblems(io, planned.problems);
    const plan = planned.value;
    const problems = planned.warnings ?? [];
    const written = writeInit(io, values, plan, readme.value);
    if (!written.ok) return failWithProblems(io, written.problems);
    reportInit(io, values, plan, problems);
    reportTwice(io, values, plan);
    return problems.length > 0 ? EXIT_INPUT : EXIT_OK;
  }
});
function takenOutputs(io, files) {
  if (files.force) return [];
  const outputs = [files.data, files.config, FORM_FILE, WORKFLOW_FILE];
  return outputs.filter((file) => pathExists(resolve2(io.cwd, file))).map((file) => ({
    file,
    message: "already exists; nothing was written",
    hint: "pass --force to overwrite it, or --data/--config to write elsewhere"
  }));
}
function writeInit(io, files, plan, readme) {
  const created = writeFiles(
    io,
    [
      [files.data, plan.data],
      [files.config, plan.settings],
      [FORM_FILE, plan.form],
      [WORKFLOW_FILE, plan.workflow]
    ],
    { create: true, written: (file) => io.stdout(`wrote ${file}
`) }
  );
  if (!created.ok || plan.readme === readme) return created;
  return writeFiles(io, [[files.readme, plan.readme]]);
}
function reportInit(io, files, plan, problems) {
  const s = plan.summary;
  io.stdout(
    `${files.readme}: ${s.entries} ${s.entries === 1 ? "entry" : "entries"} in ${s.sections} ${s.sections === 1 ? "section" : "sections"} (${s.kind} layout) between the markers on lines ${s.lines[0]} and ${s.lines[1]}${s.markersAdded ? " (added)" : ""}${s.stamp === "added" ? ', "Last Update" zone added' : ""}
`
  );
  if (s.mindmap) {
    const counts = s.mindmap.counts ? ", with counts" : "";
    io.stdout(`${files.readme}: the mindmap zone is kept: name "${s.mindmap.name}"${counts}
`);
  }
  if (s.stamp === "kept") {
    io.stdout(
      `${files.readme}: the "Last Update" zone is kept up to date, in UTC unless "time-zone" in ${files.config} says otherwise
`
    );
  } else if (s.stamp === "left") {
    io.stdout(
      `${files.readme}: the "Last Update" zone is not in paperlist's format, so it is left as written ("stamp: false")
`
    );
  }
  if (problems.length > 0) {
    io.stdout(
      `${problems.length} ${problems.length === 1 ? "line was" : "lines were"} not read as papers (kept as written):
`
    );
  }
  reportProblems(io, problems);
}
function reportTwice(io, files, plan) {
  const list = loadData(plan.data, files.data);
  if (!list.ok) return;
  for (const p of reviewList(plan.data, files.data, list.value).problems) {
    io.stderr(`warning: ${formatProblem(p)}
`);
  }
}
export {
  FORM_FILE,
  WORKFLOW_FILE,
  initCommand
};
