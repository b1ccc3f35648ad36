import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  timeOption
} from "./chunk-BQGWYCIV.js";
import {
  buildTemplate,
  collect,
  formatKey,
  fromHeadings,
  importLayout,
  joinedNames,
  lineAt,
  lineStarts,
  parseMarkdown,
  partOf,
  quote,
  serializeData,
  startOf,
  toCrlf,
  toLf,
  usesCrlf
} from "./chunk-PFSFWNVH.js";
import {
  listWords
} from "./chunk-R5OX4NAX.js";
import {
  insertPaper,
  insertPaperAt
} from "./chunk-BWKQ2OQF.js";
import {
  findZone,
  keepStamp,
  layoutOf,
  readmeToWrite,
  renderReadme,
  writeFiles
} from "./chunk-CCF2C3GI.js";
import "./chunk-J46YQAPX.js";
import {
  PADDING_FIELD,
  SHAPE_FIELD,
  SPACING_FIELD,
  STYLE_FIELD,
  dataLabelsOf,
  entryTemplate,
  escapeOf,
  escapeText,
  fieldText,
  fillTemplate,
  heading,
  renderLayoutZone,
  rowPads,
  sectionLayout,
  shapeOf,
  shownLabelOf,
  sortPapers,
  splitSpacing,
  withSpacing
} from "./chunk-LRJQDJNI.js";
import {
  encodeUrl
} from "./chunk-NIAEFTN3.js";
import {
  titleKey
} from "./chunk-F3GNWPX4.js";
import {
  DEFAULT_CONFIG,
  LIST_FILE_OPTIONS,
  loadListFiles,
  parseSettings
} from "./chunk-V5URNJWK.js";
import "./chunk-BVLRBHM7.js";
import {
  CORE_SCHEMA,
  SEPARATOR_FIELD,
  defineCommand,
  failure,
  fromLayout,
  fullYear,
  keyText,
  load,
  loadData,
  parseTemplate,
  parseWithPositions,
  readOptionalTextFile,
  readTextFile,
  require_dist,
  success,
  templateFields,
  templateLiteral
} from "./chunk-3YN6SMB7.js";
import {
  EXIT_OK,
  failWithProblems
} from "./chunk-TXPXFCIC.js";
import {
  __toESM
} from "./chunk-XQCVUMMA.js";

// src/core/adopt/describe.ts
var shown = (v) => v === void 0 ? "nothing" : typeof v === "string" ? JSON.stringify(v) : v.length === 0 ? "no links" : v.map((l) => `${l.label} ${l.url}`).join(", ");
function describeHandEdits(edits, dataFile, words) {
  const lines = [];
  const adopted = words.entry === "row" ? `adopted as an entry of ${dataFile}` : `adopted into ${dataFile}`;
  for (const a of edits.adoptions) {
    if (a.kind === "added" && a.moved !== void 0) continue;
    if (a.kind === "edited" && a.field === SHAPE_FIELD) {
      lines.push(
        a.to === void 0 ? `"${a.title}" in "${a.section}" is written like the other ${words.entries} again (README line ${a.line}): its own template is removed from ${dataFile}` : `"${a.title}" in "${a.section}" is written unlike the other ${words.entries} (README line ${a.line}): the way it is written is kept in ${dataFile} as its own template`
      );
      continue;
    }
    lines.push(
      a.kind === "added" ? `new ${words.entry} "${a.paper.title}" in "${a.section}" (README line ${a.line}): ${adopted}` : `${a.field} of "${a.title}" in "${a.section}" changed from ${shown(a.from)} to ${shown(a.to)} (README line ${a.line}): adopted into ${dataFile}`
    );
  }
  for (const w of edits.dataWins) {
    lines.push(
      w.field === "entry" ? `"${w.title}" in "${w.section}" was removed from ${dataFile} by the same change; the edit of its ${words.entry} (README line ${w.line}) is not kept` : `${w.field} of "${w.title}" in "${w.section}": the README says ${shown(w.readme)}, ${dataFile} says ${shown(w.data)} (README line ${w.line}): ${dataFile} wins`
    );
  }
  for (const m of edits.moved) {
    lines.push(
      `"${m.title}" in "${m.section}" was moved by hand (README line ${m.line}): the list keeps the order of ${dataFile}, so it goes back (move it in ${dataFile} to reorder the list)`
    );
  }
  lines.push(...structureLines(edits, dataFile, words));
  for (const p of edits.putBack) {
    lines.push(
      `"${p.title}" in "${p.section}" is gone from the README but still in ${dataFile}: put back (remove it from ${dataFile} to delete it)`
    );
  }
  return lines;
}
var lineOf = (line) => line === void 0 ? "" : ` (README line ${line})`;
function structureLines(edits, dataFile, words) {
  const lines = [];
  for (const s of edits.sections) {
    lines.push(
      s.kind === "added" ? `new section "${s.name}" under "${s.category}"${lineOf(s.line)}: added to ${dataFile}` : s.kind === "moved" ? `section "${s.name}" was moved by hand${lineOf(s.line)}: moved in ${dataFile} too` : s.kind === "renamed" ? `section "${s.from}" renamed "${s.name}"${lineOf(s.line)}: renamed in ${dataFile}, its ${words.entries} with it` : `section "${s.name}" is gone from the README with all its ${words.entries}: removed from ${dataFile}`
    );
  }
  const moved = new Set(edits.movedTo.map((m) => `${m.from}
${m.title}`));
  for (const d of edits.deleted) {
    if (moved.has(`${d.section}
${d.title}`)) continue;
    const was = d.line === void 0 ? "" : ` (README line ${d.line} before the change)`;
    lines.push(
      `"${d.title}" in "${d.section}" was deleted by hand${was}: removed from ${dataFile}`
    );
  }
  for (const m of edits.movedTo) {
    lines.push(
      m.from === m.to ? `"${m.title}" in "${m.to}" was moved by hand${lineOf(m.line)}: moved in ${dataFile} too` : `"${m.title}" was moved from "${m.from}" to "${m.to}"${lineOf(m.line)}: moved in ${dataFile}`
    );
  }
  if (edits.layout !== void 0) {
    lines.push(
      `the README's structure changed (headings, their levels, the text between sections): the layout in ${edits.layout} is rewritten to write it as it is now`
    );
  }
  for (const k of edits.kept) {
    const what = k.message.replace(/; it is kept as written$/, "");
    lines.push(`README line ${k.line ?? "?"}: ${what}: kept where it stands, as written`);
  }
  return lines;
}

// src/core/adopt/types.ts
function noHandEdits() {
  return {
    adoptions: [],
    dataWins: [],
    putBack: [],
    moved: [],
    unreadable: [],
    deleted: [],
    movedTo: [],
    sections: [],
    kept: []
  };
}
function hasHandEdits(edits) {
  return edits.adoptions.length + edits.dataWins.length + edits.putBack.length + edits.moved.length + edits.unreadable.length + edits.deleted.length + edits.movedTo.length + edits.sections.length + edits.kept.length > 0 || edits.layout !== void 0;
}

// src/cli/adopt.ts
import { resolve } from "node:path";

// src/adapters/git/committed.ts
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function committedText(path) {
  const folder = dirname(path);
  if (!mayBeInWorkTree(folder)) return void 0;
  const { execFileSync } = process.getBuiltinModule("node:child_process");
  try {
    return execFileSync("git", ["show", `HEAD:./${basename(path)}`], {
      cwd: folder,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 256 * 1024 * 1024
    });
  } catch {
    return void 0;
  }
}
function mayBeInWorkTree(folder) {
  if (process.env["GIT_DIR"] !== void 0) return true;
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return true;
    if (dirname(dir) === dir) return false;
  }
}

// src/core/data/update.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/canonical-json.ts
function canonicalJson(value) {
  return JSON.stringify(
    value,
    (_key, v) => v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(
      Object.entries(v).sort(
        ([a], [b]) => a < b ? -1 : a > b ? 1 : 0
      )
    ) : v
  );
}

// src/core/data/lines.ts
var lineStart = (text, offset) => text.lastIndexOf("\n", offset - 1) + 1;
function nextLine(text, offset) {
  const nl = text.indexOf("\n", offset);
  return nl === -1 ? text.length : nl + 1;
}

// src/core/data/update.ts
function setPaperField(text, section, index, field, value, file) {
  const failed = (message) => ({
    ok: false,
    problems: [
      {
        file,
        field: `${section}[${index}].${field}`,
        message,
        hint: "make this change in the data file by hand"
      }
    ]
  });
  const { doc } = parseWithPositions(text);
  if (doc.errors.length > 0) return failed("the data file could not be parsed to edit it");
  const item = doc.getIn([section, "list", index], true);
  if (!(0, import_yaml.isMap)(item) || item.flow) return failed("the entry is not a block mapping");
  const edit = planEdit(text, item, field, value);
  if (typeof edit === "string") return failed(edit);
  const out = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  const problem = prove(text, out, section, index, field, value, file);
  return problem ? { ok: false, problems: [problem] } : { ok: true, value: out };
}
var CANONICAL = ["title", "abbr", "venue", "year", "links"];
function planEdit(text, item, field, value) {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const pairs = item.items;
  const pair = pairs.find((p) => keyText(p.key) === field);
  const first = pairs[0]?.key;
  if (!first?.range) return "the entry has no keys";
  const indent = first.range[0] - lineStart(text, first.range[0]);
  const pad = " ".repeat(indent);
  const lines = (v) => typeof v === "string" ? `${pad}${formatKey(field)}: ${quote(v)}${eol}` : v.length === 0 ? "" : `${pad}${formatKey(field)}:${eol}` + v.map((l) => `${pad}  ${formatKey(l.label)}: ${quote(l.url)}${eol}`).join("");
  if (pair && typeof value === "string" && (0, import_yaml.isScalar)(pair.value) && pair.value.range) {
    return { start: pair.value.range[0], end: pair.value.range[1], text: quote(value) };
  }
  if (pair) {
    const key = pair.key;
    const end2 = pair.value?.range?.[1];
    if (!key.range || end2 === void 0) return "the field is not written on lines of its own";
    const start = lineStart(text, key.range[0]);
    if (text.slice(start, key.range[0]).trim() !== "") {
      return "the field shares its line with another key";
    }
    return {
      start,
      end: nextLine(text, Math.max(end2 - 1, key.range[1])),
      text: value === void 0 ? "" : lines(value)
    };
  }
  if (value === void 0) return { start: 0, end: 0, text: "" };
  const rank = CANONICAL.indexOf(field);
  const known = pairs.filter((p) => {
    const r = CANONICAL.indexOf(keyText(p.key));
    return r >= 0 && r < rank;
  }).at(-1);
  const last = rank >= 0 && known ? known : pairs.at(-1);
  const end = last?.value?.range?.[1] ?? (last?.key).range?.[1];
  if (end === void 0) return "the entry has no value to add the field after";
  const at2 = nextLine(text, Math.max(end - 1, 0));
  const lead = at2 === text.length && !text.endsWith("\n") ? eol : "";
  return { start: at2, end: at2, text: lead + lines(value) };
}
function prove(before, after, section, index, field, value, file) {
  const failed = {
    file,
    field: `${section}[${index}].${field}`,
    message: "editing the field by text would change more than that field, so nothing was changed",
    hint: "make this change in the data file by hand, and please report the data file that caused this"
  };
  try {
    const old = load(before, { schema: CORE_SCHEMA });
    const next = load(after, { schema: CORE_SCHEMA });
    const entry = old[section]?.list[index];
    if (!entry) return failed;
    if (value === void 0) delete entry[field];
    else
      entry[field] = typeof value === "string" ? value : Object.fromEntries(value.map((l) => [l.label, l.url]));
    const got = next[section]?.list[index];
    if (typeof value === "object" && got && Object.keys(got[field] ?? {}).join("\n") !== value.map((l) => l.label).join("\n")) {
      return failed;
    }
    return canonicalJson(old) === canonicalJson(next) ? void 0 : failed;
  } catch {
    return failed;
  }
}

// src/core/adopt/apply.ts
function applyAdoptions(dataText, adoptions, file) {
  let text = dataText;
  const problems = [];
  const places = placesOfAdded();
  const ordered = [
    ...adoptions.filter((a) => a.kind === "edited"),
    ...adoptions.filter((a) => a.kind === "added")
  ];
  for (const a of ordered) {
    const step = a.kind === "edited" ? setPaperField(text, a.section, a.index, a.field, a.to, file) : a.after === void 0 ? insertPaper(text, [a.section], a.paper, file) : insertPaperAt(text, a.section, a.paper, places(a.section, a.after), file);
    if (step.ok) text = step.value;
    else problems.push(...step.problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  const loaded = loadData(text, file);
  if (!loaded.ok) return loaded;
  return { ok: true, value: { text, list: loaded.value } };
}
function placesOfAdded() {
  const inserted = /* @__PURE__ */ new Map();
  return (section, after) => {
    const earlier = inserted.get(section) ?? [];
    const at2 = after + 1 + earlier.filter((e) => e <= after).length;
    earlier.push(after);
    inserted.set(section, earlier);
    return at2;
  };
}

// src/core/adopt/rendered.ts
function samePaper(a, b) {
  if (titleKey(a.title) !== "" && titleKey(a.title) === titleKey(b.title)) return true;
  const urls = new Set(a.links.map((l) => l.url));
  return b.links.some((l) => urls.has(l.url));
}
function unseen(shown2, taken, paper) {
  const free = (shown2 ?? []).filter((r) => !taken.has(r.index));
  return free.find((r) => r.paper.title === paper.title) ?? free.find((r) => samePaper(r.paper, paper));
}
function removedPapers(now, before, seen) {
  const out = [];
  for (const [section, shown2] of now) {
    const taken = seen.get(section) ?? /* @__PURE__ */ new Set();
    for (const one of shown2) {
      if (taken.has(one.index)) continue;
      const wasListed = !before || (before(section) ?? []).some((r) => samePaper(r.paper, one.paper));
      if (wasListed) out.push({ section, title: one.paper.title });
    }
  }
  return out;
}
function repeatedPaper(where, title, section, words) {
  const noun = words.entry;
  const merge = `merge the two ${words.entries} by hand`;
  return {
    file: where.file,
    line: where.line,
    message: `${noun} at line ${where.line} repeats "${title}", which is already in the section "${section}"`,
    hint: `keep one ${noun} per paper: ${merge}; nothing was changed`
  };
}

// src/core/adopt/place.ts
function keepsFileOrder(settings) {
  return settings.sort.length === 0;
}
function readInOrder(rows, placed, changed, read) {
  const last = /* @__PURE__ */ new Map();
  const shown2 = /* @__PURE__ */ new Map();
  for (const row of rows) {
    if (row.section === void 0) continue;
    const known = placed.get(row);
    const place2 = changed.has(row) ? read(row, last.get(row.section) ?? -1) : known === void 0 ? void 0 : { paper: known };
    if (place2 === void 0) continue;
    const index = "paper" in place2 ? place2.paper : place2.after;
    last.set(row.section, index);
    if (!("paper" in place2)) continue;
    const section = shown2.get(row.section) ?? [];
    section.push({ row, index });
    shown2.set(row.section, section);
  }
  return shown2;
}
function movedRows(shown2, now, before) {
  const out = [];
  for (const [section, rows] of shown2) {
    const off = offTheRun(rows.map((r) => r.index));
    if (off.size === 0) continue;
    const papers = new Map((now(section) ?? []).map((s) => [s.index, s.paper]));
    const was = before && before(section);
    const indexBefore = was && indexIn(was);
    const offBefore = indexBefore ? offTheRun(rows.map((r) => indexBefore(papers.get(r.index)))) : void 0;
    rows.forEach((r, i) => {
      if (!off.has(i) || offBefore && !offBefore.has(i)) return;
      out.push({ section, title: papers.get(r.index)?.title ?? "", line: r.row.line });
    });
  }
  return out;
}
function indexIn(shown2) {
  const byTitle = /* @__PURE__ */ new Map();
  for (const s of shown2) if (!byTitle.has(s.paper.title)) byTitle.set(s.paper.title, s.index);
  return (paper) => {
    if (paper === void 0) return void 0;
    return byTitle.get(paper.title) ?? shown2.find((s) => samePaper(s.paper, paper))?.index;
  };
}
function offTheRun(values) {
  const tails = [];
  const previous = /* @__PURE__ */ new Map();
  values.forEach((v, i) => {
    if (v === void 0) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (values[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    previous.set(i, lo > 0 ? tails[lo - 1] : void 0);
    tails[lo] = i;
  });
  const onRun = /* @__PURE__ */ new Set();
  for (let i = tails.at(-1); i !== void 0; i = previous.get(i)) onRun.add(i);
  const off = /* @__PURE__ */ new Set();
  values.forEach((v, i) => {
    if (v !== void 0 && !onRun.has(i)) off.add(i);
  });
  return off;
}

// src/core/adopt/layout/match.ts
var MAX_ENTRY = 4e3;
var quote2 = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function pattern(nodes, captures, mode, pins) {
  const open = captures ? "(" : "(?:";
  let out = "";
  for (const node of nodes) {
    switch (node.t) {
      case "lit":
        out += quote2(node.text);
        break;
      case "n":
        out += "\\d+";
        break;
      case "field":
        captures?.push({
          kind: "field",
          name: node.name,
          missing: node.missing,
          ...node.marks ? { marks: node.marks } : {},
          ...node.join ? { join: node.join } : {},
          ...node.sep !== void 0 ? { sep: node.sep } : {},
          ...node.last !== void 0 ? { last: node.last } : {}
        });
        out += `${open}${pinned(pins?.get(node.name)) ?? anyText(node)})`;
        break;
      case "link":
        captures?.push({ kind: "link", label: node.label });
        out += mode === "html" ? `${open}[^"\\s]*?)` : `${open}\\S*?)`;
        break;
      case "repo":
        out += "[\\w.-]*/?[\\w.-]*";
        break;
      case "if":
        {
          const from = captures?.length ?? 0;
          const lazy = pins !== void 0 && !node.negate && !pins.has(node.name) ? "?" : "";
          out += `(?:${pattern(node.body, captures, mode, pins)})?${lazy}`;
          if (!node.negate) captures?.slice(from).forEach((c) => (c.within ??= []).push(node.name));
        }
        break;
      case "links": {
        const parts = [];
        const body = pattern(node.body, parts, mode);
        const inner = pattern(node.body, void 0, mode);
        captures?.push({ kind: "loop", body: new RegExp(body, "g"), parts });
        out += `${open}(?:${inner})(?:${quote2(node.sep)}(?:${inner}))*)?`;
        break;
      }
    }
  }
  return out;
}
function anyText(node) {
  if (node.last !== void 0) return `[^\\n]{${node.last}}`;
  return SEPARATOR_FIELD.test(node.name) ? "[ \\t,.;:]*?" : "[^\\n]*?";
}
function pinned(texts) {
  return texts && texts.length > 0 ? `(?:${texts.map(quote2).join("|")})` : void 0;
}
function unescape(text, mode) {
  const entities = text.replace(/&#8288;/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  const plain = mode === "html" ? entities : entities.replace(/\\([!-/:-@[-`{-~])/g, "$1");
  return plain.replace(/&amp;/g, "&");
}
function matchTemplate(template, text, mode, pins) {
  if (text.length > MAX_ENTRY) return void 0;
  const captures = [];
  const source = pattern(parseTemplate(template), captures, mode, pins);
  const m = new RegExp(`^${source}$`).exec(text);
  if (!m) return void 0;
  const out = {
    fields: /* @__PURE__ */ new Map(),
    shown: /* @__PURE__ */ new Set(),
    named: /* @__PURE__ */ new Map(),
    loop: void 0
  };
  const written2 = /* @__PURE__ */ new Set();
  captures.forEach((c, i) => {
    if (m[i + 1] !== void 0) for (const name of c.within ?? []) written2.add(name);
  });
  for (const c of captures) {
    if (c.kind !== "field") continue;
    const parts = (c.within ?? []).filter((name) => name !== c.name);
    if (parts.every((name) => written2.has(name))) out.shown.add(c.name);
  }
  captures.forEach((capture, i) => {
    const value = m[i + 1];
    if (capture.kind === "loop") {
      out.loop = value === void 0 ? [] : loopLinks(value, capture, mode);
      return;
    }
    if (value === void 0) return;
    if (capture.kind === "field" && capture.marks) {
      const { delimiter, field } = capture.marks;
      const parts = value.split(delimiter);
      if (parts.length % 2 === 0) return;
      const phrases = parts.filter((_, k) => k % 2 === 1).map((p) => unescape(p, mode));
      (out.lists ??= /* @__PURE__ */ new Map()).set(field, phrases);
      out.shown.add(field);
      const text2 = unescape(parts.join(""), mode);
      if (text2 !== "" && !out.fields.has(capture.name)) out.fields.set(capture.name, text2);
    } else if (capture.kind === "field" && capture.sep !== void 0) {
      const items = value.split(capture.sep).map((item) => unescape(item, mode));
      (out.lists ??= /* @__PURE__ */ new Map()).set(
        capture.name,
        items.filter((item) => item !== "")
      );
    } else if (capture.kind === "field") {
      const written3 = unescape(value, mode);
      const text2 = capture.last !== void 0 ? fullYear(written3) : written3;
      const empty = text2 === "" && capture.missing !== "";
      if ((empty || text2 !== "" && text2 !== capture.missing) && !out.fields.has(capture.name))
        out.fields.set(capture.name, text2);
      const names = capture.join && text2 !== "" ? joinedNames(text2, capture.join) : void 0;
      if (names) (out.lists ??= /* @__PURE__ */ new Map()).set(capture.name, names);
    } else out.named.set(capture.label, unescape(value, "html"));
  });
  return out;
}
function loopLinks(run, loop, mode) {
  const links2 = [];
  for (const m of run.matchAll(loop.body)) {
    let label = "";
    let url = "";
    loop.parts.forEach((part, i) => {
      const value = m[i + 1] ?? "";
      if (part.kind === "field" && part.name === "label") label = unescape(value, mode);
      else if (part.kind === "field" && part.name === "url") url = unescape(value, "html");
    });
    links2.push({ label, url });
  }
  return links2;
}
function sameWrittenUrl(a, b) {
  return a === b || encodeUrl(a) === encodeUrl(b);
}

// src/core/adopt/layout/by-template.ts
function withoutLeadingBlanks(text) {
  return text.replace(/^(?:[ \t]*\n)+/, "");
}
var KNOWN = /* @__PURE__ */ new Set(["title", "abbr", "venue", "year"]);
var LOOP_PARTS = /* @__PURE__ */ new Set(["label", "url", "n"]);
var MAX_TRIES = 64;
function readByTemplate(template, text, base, options) {
  const source = withoutLeadingBlanks(template);
  const entry = withoutLeadingBlanks(text);
  const plain = matchTemplate(source, entry, options.mode);
  if (!plain) return void 0;
  const pins = pinnable(source, entry, options);
  const names = [...pins.keys()];
  let tries = 0;
  for (let size = names.length; size > 0 && tries < MAX_TRIES; size--) {
    for (const subset of combinations(names, size)) {
      if (++tries > MAX_TRIES) break;
      const m = matchTemplate(
        source,
        entry,
        options.mode,
        new Map(subset.map((n) => [n, pins.get(n)]))
      );
      const paper2 = m && toPaper(m, base, options);
      if (paper2 && options.accept(paper2)) return paper2;
    }
  }
  const paper = toPaper(plain, base, options);
  return options.accept(paper) ? paper : void 0;
}
function toPaper(m, base, options) {
  const paper = base ? { ...base, links: [...base.links], extra: { ...base.extra } } : { title: "", links: [], extra: {} };
  for (const field of m.shown) {
    if (LOOP_PARTS.has(field)) continue;
    setField(paper, field, m.fields.get(field));
  }
  for (const [field, phrases] of m.lists ?? []) {
    if (phrases.length > 0) paper.extra[field] = phrases;
    else delete paper.extra[field];
  }
  paper.links = links(m, base?.links ?? [], options);
  return paper;
}
function pinnable(template, text, options) {
  const pins = /* @__PURE__ */ new Map();
  for (const [name, raw] of shownFields(parseTemplate(template))) {
    const texts = /* @__PURE__ */ new Set();
    for (const ref of options.references) {
      const value = fieldText(ref, name);
      if (value === void 0 || value === "") continue;
      const forms = raw ? [value.replace(/\r?\n|\r/g, " ")] : [escapeText(value, options.mode, ""), escapeText(value, options.mode, " ")];
      for (const form of forms) if (form !== "" && text.includes(form)) texts.add(form);
    }
    if (texts.size > 0)
      pins.set(
        name,
        [...texts].sort((a, b) => b.length - a.length)
      );
  }
  return pins;
}
function shownFields(nodes, out = /* @__PURE__ */ new Map()) {
  for (const node of nodes) {
    if (node.t === "field" && !LOOP_PARTS.has(node.name) && !out.has(node.name)) {
      out.set(node.name, node.raw);
    } else if (node.t === "if") shownFields(node.body, out);
  }
  return out;
}
function* combinations(items, size, from = 0) {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - size; i++) {
    for (const rest of combinations(items, size - 1, i + 1)) yield [items[i], ...rest];
  }
}
function setField(paper, field, value) {
  if (field === "title") paper.title = value ?? "";
  else if (KNOWN.has(field)) {
    const key = field;
    if (value === void 0) delete paper[key];
    else paper[key] = value;
  } else if (value === void 0) delete paper.extra[field];
  else paper.extra[field] = value;
}
function links(m, data, options) {
  const { linkLabels } = options;
  const used = /* @__PURE__ */ new Set();
  const replaced = /* @__PURE__ */ new Map();
  const named = [];
  for (const [label, url] of m.named) {
    const lower = label.toLowerCase();
    const free = (l) => !used.has(l);
    const found = data.find((l) => l.label === label && free(l)) ?? data.find((l) => l.label.toLowerCase() === lower && free(l)) ?? data.find(free);
    if (found) used.add(found);
    const link = url === "" ? void 0 : found && sameWrittenUrl(found.url, url) ? found : { label: found?.label ?? label, url };
    if (found) replaced.set(found, link);
    if (link) named.push(link);
  }
  if (m.loop === void 0) {
    const kept = data.flatMap((l) => replaced.has(l) ? replaced.get(l) ?? [] : [l]);
    return [...kept, ...named.filter((l) => !kept.includes(l))];
  }
  const names = dataLabelsOf(linkLabels, options.labelsInUse);
  const shown2 = (d) => shownLabelOf(d.label, linkLabels);
  const taken = /* @__PURE__ */ new Set();
  const loop = m.loop.map((l) => {
    const free = data.filter((d) => !taken.has(d) && shown2(d) === l.label);
    const same2 = free.find((d) => sameWrittenUrl(d.url, l.url));
    if (same2) taken.add(same2);
    return same2 ?? { label: free[0]?.label ?? names.get(l.label) ?? l.label, url: l.url };
  });
  const all = [...named, ...loop];
  const unchanged = all.length === data.length && all.every((l) => data.includes(l));
  return unchanged ? [...data] : all;
}

// src/core/adopt/layout/rendered.ts
function renderedZone(list, settings, layout) {
  const sections = [];
  let category;
  let categoryLine;
  for (const section of list.sections) {
    const own = sectionLayout(layout, section.name);
    const categoryLevel = own.categoryLevel ?? layout.categoryLevel;
    const sectionLevel = own.sectionLevel ?? layout.sectionLevel;
    if (section.category !== category && categoryLevel > 0) {
      categoryLine = own.categoryLine ?? heading(categoryLevel, section.category);
    } else if (section.category !== category) categoryLine = void 0;
    category = section.category;
    const headingLine = sectionLevel > 0 ? own.headingLine ?? heading(sectionLevel, section.heading ?? section.name) : void 0;
    const item = own.item ?? layout.item;
    const indexOf = new Map(section.papers.map((p, i) => [p, i]));
    const entries = sortPapers(section.papers, settings.sort).map((paper, i) => ({
      text: withSpacing(
        fillTemplate(entryTemplate(paper, item, own.styles), paper, {
          escape: escapeOf(layout),
          linkLabels: settings.linkLabels,
          n: i + 1
        }),
        paper
      ),
      paper,
      index: indexOf.get(paper) ?? 0
    }));
    const byText = /* @__PURE__ */ new Map();
    for (const entry of entries) {
      const key = withoutLeadingBlanks(entry.text);
      byText.set(key, [...byText.get(key) ?? [], entry]);
    }
    sections.push({
      name: section.name,
      section,
      categoryLine,
      headingLine,
      item,
      styles: own.styles,
      itemGap: own.itemGap ?? layout.itemGap,
      entries,
      byText
    });
  }
  const byName = /* @__PURE__ */ new Map();
  for (const s of sections) if (!byName.has(s.name)) byName.set(s.name, s);
  const zone = renderLayoutZone(list, settings, layout);
  const labels = new Set(
    list.sections.flatMap((s) => s.papers.flatMap((p) => p.links)).map((l) => l.label)
  );
  return { sections, byName, lines: new Set(zone.split("\n").map((l) => l.trimEnd())), labels };
}

// src/core/adopt/layout/entry-paper.ts
function sameText(a, b) {
  return withoutLeadingBlanks(a) === withoutLeadingBlanks(b);
}
function throughTemplate(entry, data, section, ctx) {
  const template = data ? entryTemplate(data, section.item, section.styles) : section.item;
  const split = template.includes(`{{${SPACING_FIELD}}}`) ? void 0 : splitSpacing(entry.text);
  const spaced = (paper) => split ? withSpacingField(paper, split.spacing) : paper;
  const read = readByTemplate(template, split ? split.text : entry.text, data, {
    mode: escapeOf(ctx.layout),
    linkLabels: ctx.linkLabels,
    ...ctx.labelsInUse ? { labelsInUse: ctx.labelsInUse } : {},
    // The data's values first, then the importer's reading of the entry (authors, venue, year).
    references: data ? [data, entry.paper] : [entry.paper],
    accept: (paper) => rendersAsWritten(entry, spaced(withStyleOf(paper, data)), section, ctx)
  });
  return read && spaced(withStyleOf(read, data));
}
function withStyleOf(paper, data) {
  const style = data?.extra[STYLE_FIELD];
  if (style === void 0 || shapeOf(data) !== void 0) return paper;
  return { ...paper, extra: { ...paper.extra, [STYLE_FIELD]: style } };
}
function withSpacingField(paper, spacing) {
  const extra = { ...paper.extra };
  delete extra[SPACING_FIELD];
  if (spacing.length > 0) extra[SPACING_FIELD] = spacing;
  return { ...paper, extra };
}
function shaped(entry, data, section, ctx) {
  const kept = data ? shapeOf(data) : void 0;
  const styled = withStyleOf(withShape(entry.paper, void 0), data);
  for (const shape of [void 0, kept, entry.template]) {
    const paper = withShape(entry.paper, shape);
    if (rendersAsWritten(entry, paper, section, ctx)) return paper;
    if (shape !== void 0) continue;
    for (const plain of [styled, paper]) {
      if (plain !== paper && rendersAsWritten(entry, plain, section, ctx)) return plain;
      const padded = withRowPadding(plain, entry.text);
      if (padded && rendersAsWritten(entry, padded, section, ctx)) return padded;
    }
  }
  return void 0;
}
function withRowPadding(paper, text) {
  const row = rowPads(text.slice(text.lastIndexOf("\n") + 1));
  if (!row) return void 0;
  return { ...paper, extra: { ...paper.extra, [PADDING_FIELD]: row.pads } };
}
function withShape(paper, shape) {
  const extra = { ...paper.extra };
  delete extra[SHAPE_FIELD];
  if (shape !== void 0) extra[SHAPE_FIELD] = shape;
  return { ...paper, extra };
}
function newPaper(paper) {
  const out = { title: paper.title, links: paper.links, extra: paper.extra };
  if (paper.abbr !== void 0) out.abbr = paper.abbr;
  if (paper.venue !== void 0) out.venue = paper.venue;
  if (paper.year !== void 0) out.year = paper.year;
  return out;
}
function rendersAsWritten(entry, paper, section, ctx) {
  const text = fillTemplate(entryTemplate(paper, section.item, section.styles), paper, {
    escape: escapeOf(ctx.layout),
    linkLabels: ctx.linkLabels,
    n: entry.position
  });
  return sameText(withSpacing(text, paper), entry.text);
}

// src/core/adopt/value.ts
function valueOf(paper, field) {
  return field === "links" ? paper.links : fieldText(paper, field);
}

// src/core/adopt/layout/fields.ts
function shownFields2(template) {
  const fields = templateFields(parseTemplate(template));
  return [...fields].filter((f) => f !== "label" && f !== "url" && f !== SHAPE_FIELD);
}
function sameValue(a, b) {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
function compareFields(entry, read, data, was, section, edits) {
  const fields = /* @__PURE__ */ new Set([
    "title",
    ...shownFields2(entry.template),
    ...shownFields2(entryTemplate(data.paper, section.item, section.styles))
  ]);
  const value = (paper, field) => field === SHAPE_FIELD ? shapeOf(paper) : valueOf(paper, field);
  for (const field of [...fields, SHAPE_FIELD]) {
    const shown2 = value(read, field);
    if (sameValue(shown2, value(data.paper, field))) continue;
    if (was !== void 0 && sameValue(shown2, value(was, field))) continue;
    const dataChanged = was === void 0 || !sameValue(value(was, field), value(data.paper, field));
    if (dataChanged) {
      edits.dataWins.push({
        section: section.name,
        title: data.paper.title,
        field,
        readme: shown2,
        data: value(data.paper, field),
        line: entry.line
      });
      continue;
    }
    edits.adoptions.push({
      kind: "edited",
      section: section.name,
      title: data.paper.title,
      index: data.index,
      field,
      from: value(data.paper, field),
      to: shown2,
      line: entry.line
    });
  }
}

// src/core/adopt/scan.ts
function countPattern(countLine) {
  if (countLine === "") return void 0;
  const parts = countLine.split("{count}").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("\\d+")}$`);
}

// src/core/adopt/layout/written.ts
function readWrittenZone(readme, zone, layout, rendered, settings, file) {
  const tree = parseMarkdown(readme);
  const inside = tree.children.filter(
    (n) => startOf(n) >= zone.contentStart && startOf(n) < zone.contentEnd
  );
  const lines = lineStarts(readme);
  const { items } = collect(inside, readme, lines, zone.contentEnd);
  const keys = rendered.flatMap((r) => r.sections);
  const strays = [];
  const entries = [];
  const place2 = attribution(keys);
  const names = dataLabelsOf(settings.linkLabels, new Set(rendered.flatMap((r) => [...r.labels])));
  const count = /* @__PURE__ */ new Map();
  let previous;
  let unknown = false;
  for (const item of items) {
    if (item.type === "heading") {
      if (literalHeading(item.source.trimEnd(), keys, rendered)) {
        previous = item;
        continue;
      }
      unknown = !place2.heading(item.source.trimEnd());
      if (unknown) strays.push(unknownHeading(file, item));
      previous = item;
      continue;
    }
    const part = previous?.type === "entry" && partOf(previous.entry, item.entry) !== void 0 ? place2.nextPart() : false;
    const section = place2.section;
    if (!section && !unknown) strays.push(noSection(file, item.entry.line));
    const position = (count.get(section?.name) ?? 0) + 1;
    count.set(section?.name, position);
    const gap = previous?.type === "entry" && section && !part ? extraGap(readme.slice(previous.entry.end, item.entry.start), section) : "";
    entries.push(written(readme, item.entry, section, gap, position, names));
    previous = item;
  }
  strays.push(...strayLines(readme, lines, zone, items, rendered, layout, file, settings));
  return { entries, strays };
}
function literalHeading(line, keys, rendered) {
  if (keys.some((k) => trimmed(k.headingLine) === line || trimmed(k.categoryLine) === line)) {
    return false;
  }
  return rendered.some((r) => r.lines.has(line));
}
var trimmed = (line) => line?.trimEnd();
function attribution(keys) {
  let category;
  const state = {
    section: keys.find((k) => k.categoryLine === void 0 && k.headingLine === void 0),
    /** Moves to the heading `line`; false when the data renders no such heading. */
    heading(line) {
      const own = keys.filter((k) => trimmed(k.headingLine) === line);
      if (own.length > 0) {
        state.section = own.find((k) => trimmed(k.categoryLine) === category) ?? own[0];
        return true;
      }
      const under = keys.filter((k) => trimmed(k.categoryLine) === line);
      if (under.length > 0) {
        category = line;
        state.section = under.find((k) => k.headingLine === void 0);
        return true;
      }
      state.section = void 0;
      return false;
    },
    /**
     * Moves to the part that follows the section: the next section, written without a heading
     * of its own under the same category line. False when there is none.
     */
    nextPart() {
      const current = state.section;
      const next = current ? keys[keys.indexOf(current) + 1] : void 0;
      if (!next || next.headingLine !== void 0 || next.categoryLine !== current.categoryLine) {
        return false;
      }
      state.section = next;
      return true;
    }
  };
  return state;
}
function extraGap(gap, section) {
  return gap.startsWith(section.itemGap) ? gap.slice(section.itemGap.length) : "";
}
function written(readme, entry, section, gap, position, names) {
  const replacements = [...entry.replacements];
  if (entry.number && entry.number.value === position) {
    replacements.push({ start: entry.number.start, end: entry.number.end, tag: "{{n}}" });
  }
  const template = templateLiteral(gap) + buildTemplate(readme, entry.start, entry.end, replacements);
  const s = section?.section;
  const headings = s ? [s.heading ?? s.name, s.category].filter((h, i, all) => all.indexOf(h) === i) : [];
  const given = fromHeadings({ title: "", links: [], extra: {} }, headings).venue;
  const headingVenue = !s?.papers.some((p) => p.venue !== void 0 && p.venue !== given);
  fromHeadings(entry.paper, headings, headingVenue);
  return {
    headings,
    headingVenue,
    section: section?.name,
    text: gap + readme.slice(entry.start, entry.end),
    line: entry.line,
    paper: dataLabels(entry.paper, names),
    template,
    position
  };
}
function withHeadings(entry, paper) {
  return fromHeadings(
    { ...paper, links: [...paper.links], extra: { ...paper.extra } },
    entry.headings,
    entry.headingVenue
  );
}
function dataLabels(paper, names) {
  return {
    ...paper,
    links: paper.links.map((l) => ({ ...l, label: names.get(l.label) ?? l.label }))
  };
}
function strayLines(readme, starts, zone, items, rendered, layout, file, settings) {
  const words = listWords(settings);
  const covered = /* @__PURE__ */ new Set();
  for (const item of items) {
    const [s, e] = item.type === "heading" ? [item.start, item.end] : [item.entry.start, item.entry.end];
    for (let l = lineAt(starts, s); l <= lineAt(starts, Math.max(s, e - 1)); l++) covered.add(l);
  }
  const counts = countPatterns(layout);
  const problems = [];
  readme.slice(zone.contentStart, zone.contentEnd).split("\n").forEach((raw, i) => {
    const line = zone.startLine + i;
    const text = raw.trimEnd();
    if (text === "" || covered.has(line)) return;
    if (rendered.some((r) => r.lines.has(text)) || counts.some((re) => re.test(text))) return;
    problems.push({
      file,
      line,
      message: `line ${line} inside the generated ${words.zone} is not ${words.entry === "row" ? "a row" : "an entry"} paperlist can read: ${JSON.stringify(text.slice(0, 80))}`,
      hint: `write it like the other ${words.entries} (a title and a link), or move text you want to keep outside the markers; nothing was changed`
    });
  });
  return problems;
}
function countPatterns(layout) {
  return layout.zoneEnd.split("\n").filter((l) => l.includes("{count}")).map((l) => countPattern(l.trimEnd()));
}
function noSection(file, line) {
  return {
    file,
    line,
    message: `the entry at line ${line} stands under no heading of a section of the data file`,
    hint: "put it under the heading of its section; nothing was changed"
  };
}
function unknownHeading(file, item) {
  return {
    file,
    line: item.line,
    message: `heading ${JSON.stringify(item.source.trim())} is not a heading of a section of the data file`,
    hint: "add or rename sections in the data file, not in the README; nothing was changed"
  };
}

// src/core/adopt/layout/compare.ts
function findLayoutHandEdits(input, layout) {
  const { list, settings, file, base } = input;
  const readme = toLf(input.readme);
  const zone = findZone(readme, settings.markers.main, file);
  if (!zone.ok) return noHandEdits();
  const now = renderedZone(list, settings, layout);
  const before = base ? renderedZone(base, settings, layout) : void 0;
  const read = readWrittenZone(
    readme,
    zone.value,
    layout,
    before ? [now, before] : [now],
    settings,
    file
  );
  if (read.entries.length === 0) return { ...noHandEdits(), unreadable: read.strays };
  const edits = { ...noHandEdits(), unreadable: read.strays };
  const seen = new Map(now.sections.map((s) => [s.name, /* @__PURE__ */ new Set()]));
  const { changed, placed } = unchangedEntries(read.entries, now, before, seen);
  const context = {
    now,
    before,
    seen,
    edits,
    layout,
    file,
    changed,
    linkLabels: settings.linkLabels,
    labelsInUse: now.labels,
    keepsOrder: keepsFileOrder(settings),
    words: listWords(settings)
  };
  const inOrder = readInOrder(
    read.entries,
    placed,
    new Set(changed),
    (entry, after) => readChanged(entry, after, context)
  );
  const shown2 = now.sections.map((s) => [s.name, s.entries]);
  const was = before && ((name) => sectionOf(before, name)?.entries);
  edits.putBack = removedPapers(shown2, was, seen);
  if (context.keepsOrder) {
    edits.moved = movedRows(inOrder, (name) => sectionOf(now, name)?.entries, was);
  }
  return edits;
}
function unchangedEntries(entries, now, before, seen) {
  const changed = [];
  const placed = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (entry.section === void 0) continue;
    const current = sectionOf(now, entry.section);
    const taken = seen.get(entry.section) ?? /* @__PURE__ */ new Set();
    const text = withoutLeadingBlanks(entry.text);
    const same2 = current?.byText.get(text)?.find((r) => !taken.has(r.index));
    const old = same2 ?? (before && sectionOf(before, entry.section)?.byText.get(text)?.[0]);
    const match = same2 ?? (old && unseen(current?.entries, taken, old.paper));
    if (match) {
      taken.add(match.index);
      placed.set(entry, match.index);
    }
    if (!old) changed.push(entry);
  }
  return { changed, placed };
}
function sectionOf(zone, name) {
  return zone.byName.get(name);
}
function readChanged(entry, after, ctx) {
  const name = entry.section;
  const section = sectionOf(ctx.now, name);
  const { edits } = ctx;
  if (!section) {
    edits.dataWins.push(entryGone(name, entry.paper.title, entry));
    return void 0;
  }
  const taken = ctx.seen.get(name) ?? /* @__PURE__ */ new Set();
  ctx.seen.set(name, taken);
  const match = unseen(section.entries, taken, entry.paper) ?? sameSlot(entry, section, taken, ctx);
  if (match) {
    const paper = throughTemplate(entry, match.paper, section, ctx) ?? shaped(entry, match.paper, section, ctx);
    if (!paper) {
      edits.unreadable.push(notWritable(entry, ctx));
      return void 0;
    }
    taken.add(match.index);
    const was = ctx.before ? unseen(sectionOf(ctx.before, name)?.entries, /* @__PURE__ */ new Set(), match.paper)?.paper ?? match.paper : void 0;
    compareFields(entry, paper, match, was, section, edits);
    return { paper: match.index };
  }
  const twin = section.entries.find((r) => samePaper(r.paper, entry.paper));
  if (twin) {
    edits.unreadable.push(
      repeatedPaper({ file: ctx.file, line: entry.line }, twin.paper.title, name, ctx.words)
    );
    return void 0;
  }
  const old = ctx.before && sectionOf(ctx.before, name);
  const removed = old?.entries.find((r) => samePaper(r.paper, entry.paper));
  if (removed) {
    edits.dataWins.push(entryGone(name, removed.paper.title, entry));
    return void 0;
  }
  return addEntry(entry, after, section, ctx);
}
function addEntry(entry, after, section, ctx) {
  const typed = throughTemplate(entry, void 0, section, ctx);
  const paper = typed && sameTitle(typed.title, entry.paper.title) ? withHeadings(entry, typed) : shaped(entry, void 0, section, ctx);
  if (!paper) {
    ctx.edits.unreadable.push(notWritable(entry, ctx));
    return void 0;
  }
  ctx.edits.adoptions.push({
    kind: "added",
    section: section.name,
    paper: newPaper(paper),
    line: entry.line,
    ...ctx.keepsOrder ? { after } : {}
  });
  return { after };
}
function sameTitle(a, b) {
  const key = (t) => t.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return key(a) === key(b);
}
function sameSlot(entry, section, taken, ctx) {
  const slot = section.entries[entry.position - 1];
  if (!slot || taken.has(slot.index) || !sharesAField(entry.paper, slot.paper)) return void 0;
  const claimed = ctx.changed.some(
    (e) => e.section === section.name && samePaper(slot.paper, e.paper)
  );
  return claimed ? void 0 : slot;
}
function sharesAField(written2, data) {
  const names = /* @__PURE__ */ new Set([
    "abbr",
    "venue",
    "year",
    ...Object.keys(written2.extra),
    ...Object.keys(data.extra)
  ]);
  names.delete(SHAPE_FIELD);
  names.delete(STYLE_FIELD);
  const shown2 = [...names].filter((n) => fieldText(written2, n) !== void 0);
  return shown2.length === 0 || shown2.some((n) => fieldText(written2, n) === fieldText(data, n));
}
function entryGone(section, title, entry) {
  const readme = entry.paper.title;
  return { section, title, field: "entry", readme, data: void 0, line: entry.line };
}
function notWritable(entry, ctx) {
  const { entry: one, entries } = ctx.words;
  return {
    file: ctx.file,
    line: entry.line,
    message: `${one} at line ${entry.line} ("${entry.paper.title}") cannot be written again exactly as it is`,
    hint: `write it like the other ${entries} of its section, or make the change in the data file; nothing was changed`
  };
}

// src/core/adopt/compare.ts
function findHandEdits(input) {
  const layout = layoutOf(input.settings);
  const zone = findZone(input.readme, input.settings.markers.main, input.file);
  if (zone.ok) {
    const text = toLf(input.readme.slice(zone.value.contentStart, zone.value.contentEnd));
    if (text.trim() === "") return noHandEdits();
    if (text === renderLayoutZone(input.list, input.settings, layout)) return noHandEdits();
  }
  return findLayoutHandEdits(input, layout);
}

// src/core/data/delete.ts
var import_yaml2 = __toESM(require_dist(), 1);
function deletePaper(text, section, index, file) {
  const failed = (message) => ({
    ok: false,
    problems: [
      {
        file,
        field: `${section}[${index}]`,
        message,
        hint: "remove the entry from the data file by hand"
      }
    ]
  });
  const { doc } = parseWithPositions(text);
  if (doc.errors.length > 0) return failed("the data file could not be parsed to edit it");
  const seq = doc.getIn([section, "list"], true);
  if (!(0, import_yaml2.isSeq)(seq) || seq.flow) return failed("the section's list is not a block list");
  if (seq.items.length < 2) return failed("the entry is the last one of its section");
  const item = seq.items[index];
  const next = seq.items[index + 1];
  if (!item?.range) return failed("the entry was not found");
  const start = lineStart(text, item.range[0]);
  const end = next?.range ? lineStart(text, next.range[0]) : nextLine(text, item.range[1] - 1);
  const out = text.slice(0, start) + text.slice(end);
  return proven(text, out, section, index) ? { ok: true, value: out } : failed(
    "removing the entry by text would change more than that entry, so nothing was changed"
  );
}
function proven(before, after, section, index) {
  try {
    const old = load(before, { schema: CORE_SCHEMA });
    const next = load(after, { schema: CORE_SCHEMA });
    old[section]?.list.splice(index, 1);
    return canonicalJson(old) === canonicalJson(next);
  } catch {
    return false;
  }
}

// src/core/adopt/deletions.ts
var paperOf = (list, section, title) => list.sections.find((s) => s.name === section)?.papers.find((p) => p.title === title);
function takeDeletions(edits, list, base) {
  const kept = [];
  for (const p of edits.putBack) {
    const now = paperOf(list, p.section, p.title);
    const was = paperOf(base, p.section, p.title);
    if (now && was && canonicalJson(now) === canonicalJson(was)) edits.deleted.push(p);
    else kept.push(p);
  }
  edits.putBack = kept;
  takeMoves(edits, list);
}
function takeMoves(edits, list) {
  for (const a of edits.adoptions) {
    if (a.kind !== "added") continue;
    const d = edits.deleted.find((x) => {
      const held2 = paperOf(list, x.section, x.title);
      return x.section !== a.section && held2 !== void 0 && samePaper(held2, a.paper);
    });
    if (!d) continue;
    const held = paperOf(list, d.section, d.title);
    const shown2 = Object.fromEntries(Object.entries(a.paper).filter(([, v]) => v !== void 0));
    a.paper = { ...held, ...shown2, extra: { ...held.extra, ...a.paper.extra } };
    a.moved = d.section;
    edits.movedTo.push({ title: held.title, from: d.section, to: a.section, line: a.line });
  }
}
function applyDeletions(text, edits, load2, file) {
  let out = text;
  const done = [];
  for (const d of edits.deleted) {
    const index = load2(out)?.sections.find((s) => s.name === d.section)?.papers.findIndex((p) => p.title === d.title);
    const step = index === void 0 || index < 0 ? void 0 : deletePaper(out, d.section, index, file);
    if (step?.ok) {
      out = step.value;
      done.push(d);
    } else edits.putBack.push(d);
  }
  edits.deleted = done;
  return { ok: true, value: out };
}

// src/core/render/layouts/shapes.ts
function fitShapes(list, layout, linkLabels, moved = () => {
}) {
  const escape = escapeOf(layout);
  const sections = list.sections.map((section) => {
    const item = sectionLayout(layout, section.name).item ?? layout.item;
    const papers = section.papers.map((paper, i) => {
      const shape = shapeOf(paper);
      if (shape === void 0) return paper;
      const extra = Object.fromEntries(
        Object.entries(paper.extra).filter(([key]) => key !== SHAPE_FIELD)
      );
      const plain = { ...paper, extra };
      const ctx = { escape, linkLabels, n: i + 1 };
      if (fillTemplate(shape, paper, ctx) !== fillTemplate(item, plain, ctx)) return paper;
      moved(paper, plain);
      return plain;
    });
    return { ...section, papers };
  });
  return { sections };
}

// src/core/adopt/reimport/merge-paper.ts
var KNOWN2 = ["title", "abbr", "venue", "year", "links"];
function valueOf2(paper, field) {
  if (!paper) return void 0;
  return KNOWN2.includes(field) ? paper[field] : paper.extra[field];
}
function setValue(paper, field, value) {
  if (KNOWN2.includes(field)) {
    const target = paper;
    if (value === void 0) delete target[field];
    else target[field] = value;
  } else if (value === void 0) delete paper.extra[field];
  else paper.extra[field] = value;
}
var same = (a, b) => canonicalJson(a ?? null) === canonicalJson(b ?? null);
function mergePaper(data, readme, base, hasBase, at2, shows = /* @__PURE__ */ new Set()) {
  const paper = { ...data, links: [...data.links], extra: { ...data.extra } };
  const edits = [];
  const dataWins = [];
  const fields = /* @__PURE__ */ new Set([
    ...KNOWN2,
    ...Object.keys(readme.extra),
    ...shows,
    SHAPE_FIELD,
    STYLE_FIELD,
    SPACING_FIELD,
    PADDING_FIELD
  ]);
  for (const field of fields) {
    const shown2 = valueOf2(readme, field);
    const held = valueOf2(data, field);
    if (same(shown2, held)) continue;
    const always = [SHAPE_FIELD, STYLE_FIELD, SPACING_FIELD, PADDING_FIELD].includes(field);
    if (shown2 === void 0 && !always && !shows.has(field)) continue;
    const was = valueOf2(base, field);
    if (hasBase && base && !same(held, was)) {
      dataWins.push({
        section: at2.section,
        title: data.title,
        field,
        readme: shown2,
        data: held,
        line: at2.line
      });
      continue;
    }
    setValue(paper, field, shown2);
    edits.push({
      kind: "edited",
      section: at2.section,
      title: data.title,
      index: at2.index,
      field,
      from: held,
      to: shown2,
      line: at2.line
    });
  }
  return { paper, edits, dataWins };
}

// src/core/adopt/reimport/sections.ts
function sectionChanges(list, data, base, held, read, edits) {
  const dataNames = new Set(data.sections.map((s) => s.name));
  const shownNames = new Set(read.list.sections.map((s) => s.name));
  const renamed = /* @__PURE__ */ new Set();
  for (const s of read.list.sections) {
    if (dataNames.has(s.name)) continue;
    const from = renamedFrom(s.name, held, shownNames, renamed, base);
    const line = read.headingLines.get(s.name);
    if (from !== void 0) {
      renamed.add(from);
      edits.movedTo = edits.movedTo.filter((m) => !(m.from === from && m.to === s.name));
      edits.sections.push({
        kind: "renamed",
        name: s.name,
        from,
        category: s.category,
        ...at(line)
      });
    } else {
      edits.sections.push({ kind: "added", name: s.name, category: s.category, ...at(line) });
    }
  }
  for (const d of data.sections) {
    if (shownNames.has(d.name) || renamed.has(d.name)) continue;
    if (list.sections.some((s) => s.name === d.name)) continue;
    const shown2 = d.heading ?? d.name;
    const heads = read.list.sections.some((s) => s.category === shown2);
    if (!heads && headingShown(read.zoneText, shown2)) {
      keepEmpty(list, data, d);
      continue;
    }
    edits.sections.push({ kind: "removed", name: d.name, category: d.category });
  }
  movedSections(list, data, read, renamedTo(edits), edits);
}
function renamedTo(edits) {
  const out = /* @__PURE__ */ new Map();
  for (const s of edits.sections) if (s.kind === "renamed" && s.from) out.set(s.name, s.from);
  return out;
}
function movedSections(list, data, read, renamed, edits) {
  const order = new Map(data.sections.map((s, i) => [s.name, i]));
  let last = -1;
  for (const s of list.sections) {
    const was = order.get(renamed.get(s.name) ?? s.name);
    if (was === void 0) continue;
    if (was < last) {
      const line = read.headingLines.get(s.name);
      edits.sections.push({ kind: "moved", name: s.name, category: s.category, ...at(line) });
    }
    last = Math.max(last, was);
  }
}
function headingShown(zone, name) {
  return zone.split("\n").some((l) => /^#{1,6}\s/.test(l) && l.replace(/^#+\s+|\s+#*\s*$/g, "") === name);
}
function keepEmpty(list, data, d) {
  const i = data.sections.indexOf(d);
  const prior = data.sections.slice(0, i).reverse().find((p) => list.sections.some((s) => s.name === p.name));
  const at2 = prior ? list.sections.findIndex((s) => s.name === prior.name) + 1 : 0;
  list.sections.splice(at2, 0, { ...d, papers: [] });
}
var at = (line) => line === void 0 ? {} : { line };
function renamedFrom(name, held, shownNames, renamed, base) {
  const counts = /* @__PURE__ */ new Map();
  for (const e of held) {
    const from = e.section.name;
    if (e.to !== name || shownNames.has(from) || renamed.has(from)) continue;
    if (base && !base.sections.some((s) => s.name === from)) continue;
    counts.set(from, (counts.get(from) ?? 0) + 1);
  }
  let best;
  for (const [from, n] of counts) {
    const total = held.filter((e) => e.section.name === from).length;
    if (2 * n >= total && (best === void 0 || n > (counts.get(best) ?? 0))) best = from;
  }
  return best;
}

// src/core/adopt/reimport/reconcile.ts
var samePaperText = (a, b) => canonicalJson(a) === canonicalJson(b);
function findIn(entries, paper, section, free = () => true) {
  const open = entries.filter(free);
  const here = open.filter((e) => e.section.name === section);
  return here.find((e) => e.paper.title === paper.title) ?? here.find((e) => samePaper(e.paper, paper)) ?? open.find((e) => e.paper.title === paper.title) ?? open.find((e) => samePaper(e.paper, paper));
}
function entriesOf(list) {
  return list.sections.flatMap(
    (section) => section.papers.map((paper, index) => ({ section, index, paper, used: false }))
  );
}
function reconcile(read, data, base, keepsOrder, layout) {
  const edits = noHandEdits();
  const held = entriesOf(data);
  const was = base ? entriesOf(base) : [];
  const baseOf = (e) => base ? findIn(was, e.paper, e.section.name) : void 0;
  const shows = (section, paper) => shownFields3(layout, section, paper);
  const ctx = { read, held, was, base, baseOf, edits, keepsOrder, shows };
  const matches = matchEntries(read.list, held);
  const list = { sections: read.list.sections.map((s) => sectionOf2(s, matches, ctx)) };
  keepUnshown(list, held, base, baseOf, edits);
  const dataChanged = base !== void 0 && !samePaperText(base, data);
  sectionChanges(list, data, base, held, read, edits);
  list.sections = list.sections.filter(
    (s) => s.papers.length > 0 || data.sections.some((d) => d.name === s.name)
  );
  return { list, edits, dataChanged };
}
function sectionOf2(s, matches, ctx) {
  const { edits, base } = ctx;
  const papers = [];
  const from = [];
  let last = -1;
  for (const shown2 of s.papers) {
    const line = ctx.read.lines.get(shown2) ?? 0;
    const d = matches.get(shown2);
    if (!d) {
      const listed = ctx.held.some((e) => samePaper(e.paper, shown2));
      if (papers.some((p) => titleKey(p.title) !== "" && titleKey(p.title) === titleKey(shown2.title))) {
        edits.unreadable.push({ file: "", line, message: `repeats "${shown2.title}"` });
      }
      if (base && !listed && findIn(ctx.was, shown2, s.name)) {
        edits.dataWins.push(gone(s.name, shown2, line));
      } else {
        papers.push(shown2);
        from.push(void 0);
        edits.adoptions.push({ kind: "added", section: s.name, paper: shown2, line });
      }
      continue;
    }
    const at2 = { section: s.name, index: d.index, line };
    const shows = ctx.shows(s.name, shown2);
    const merged = mergePaper(d.paper, shown2, ctx.baseOf(d)?.paper, base !== void 0, at2, shows);
    papers.push(merged.paper);
    from.push(d);
    edits.adoptions.push(...merged.edits);
    edits.dataWins.push(...merged.dataWins);
    const moved = d.section.name !== s.name || ctx.keepsOrder && d.index < last;
    if (moved) edits.movedTo.push({ title: d.paper.title, from: d.section.name, to: s.name, line });
    if (d.section.name === s.name) last = Math.max(last, d.index);
  }
  return { ...s, papers: ctx.keepsOrder ? papers : inDataOrder(papers, from, s.name) };
}
function shownFields3(layout, section, paper) {
  if (!layout) return /* @__PURE__ */ new Set();
  const own = sectionLayout(layout, section);
  const template = entryTemplate(paper, own.item ?? layout.item, own.styles);
  try {
    return templateFields(parseTemplate(template));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function inDataOrder(papers, from, name) {
  const own = papers.map((paper, i) => ({ paper, d: from[i] })).filter((x) => x.d?.section.name === name).sort((x, y) => x.d.index - y.d.index).map((x) => x.paper);
  return [...own, ...papers.filter((_, i) => from[i]?.section.name !== name)];
}
function matchEntries(shown2, held) {
  const matches = /* @__PURE__ */ new Map();
  for (const sameSection of [true, false]) {
    for (const s of shown2.sections) {
      for (const paper of s.papers) {
        if (matches.has(paper)) continue;
        const free = (e) => !e.used && (!sameSection || e.section.name === s.name);
        const d = findIn(held, paper, s.name, free);
        if (!d) continue;
        d.used = true;
        d.to = s.name;
        matches.set(paper, d);
      }
    }
  }
  return matches;
}
function gone(section, paper, line) {
  const title = paper.title;
  return { section, title, field: "entry", readme: title, data: void 0, line };
}
function keepUnshown(list, held, base, baseOf, edits) {
  for (const d of held) {
    if (d.used) continue;
    const b = baseOf(d);
    if (base && b && samePaperText(b.paper, d.paper)) {
      edits.deleted.push({ section: d.section.name, title: d.paper.title });
      continue;
    }
    if (!base || b) edits.putBack.push({ section: d.section.name, title: d.paper.title });
    place(list, held, d);
  }
}
function place(list, held, d) {
  let section = list.sections.find((s) => s.name === d.section.name);
  if (!section) {
    section = { ...d.section, papers: [] };
    const before = held.filter((e) => e.section !== d.section && e.section.papers.length > 0);
    const prior = [...before].reverse().find((e) => list.sections.some((s) => s.name === e.to));
    const at3 = prior ? list.sections.findIndex((s) => s.name === prior.to) + 1 : list.sections.length;
    list.sections.splice(at3, 0, section);
  }
  const earlier = d.section.papers.slice(0, d.index);
  let at2 = 0;
  for (const p of earlier) {
    const i = section.papers.indexOf(p);
    const m = held.find((e) => e.paper === p);
    const shownAt = m?.to === section.name ? section.papers.findIndex((x) => x.title === p.title) : i;
    if (shownAt >= 0) at2 = shownAt + 1;
  }
  section.papers.splice(at2, 0, d.paper);
}

// src/core/adopt/reimport/settings-text.ts
var import_yaml3 = __toESM(require_dist(), 1);
function sameLayout(a, b) {
  return a !== void 0 && canonicalJson(fromLayout(a)) === canonicalJson(fromLayout(b));
}
var WRITE = {
  lineWidth: 0,
  blockQuote: false,
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER
};
function withLayout(text, layout) {
  const doc = import_yaml3.default.parseDocument(text);
  if (doc.contents === null) return import_yaml3.default.stringify({ layout: fromLayout(layout) }, WRITE);
  doc.set("layout", doc.createNode(fromLayout(layout)));
  return doc.toString(WRITE);
}

// src/core/adopt/reimport/zone.ts
function readZone(readme, markers, file) {
  const read = importLayout(readme, file, { markers });
  if (!read.zone.marked || read.entries === 0 || !read.data) return void 0;
  const list = read.data.loaded.value;
  const { lines, headingLines } = entryLines(readme, read.zone, list);
  const zoneText = readme.slice(read.zone.start, read.zone.end);
  return { list, layout: read.layout, lines, headingLines, kept: read.texts, zoneText };
}
function entryLines(readme, zone, list) {
  const tree = parseMarkdown(readme);
  const inside = tree.children.filter((n) => startOf(n) >= zone.start && startOf(n) < zone.end);
  const { items } = collect(inside, readme, lineStarts(readme), zone.end);
  const entryItems = items.flatMap((i) => i.type === "entry" ? [i.entry.line] : []);
  const papers = list.sections.flatMap((s) => s.papers);
  const lines = /* @__PURE__ */ new Map();
  if (entryItems.length === papers.length) papers.forEach((p, i) => lines.set(p, entryItems[i]));
  const headingLines = /* @__PURE__ */ new Map();
  const headings = items.flatMap((i) => i.type === "heading" ? [i] : []);
  for (const section of list.sections) {
    const shown2 = section.heading ?? section.name;
    const h = headings.find((x) => x.text.trim() === shown2) ?? headings.find((x) => x.source.includes(shown2));
    if (h) headingLines.set(section.name, h.line);
  }
  return { lines, headingLines };
}

// src/core/adopt/reimport/plan.ts
var NO_TIME = /* @__PURE__ */ new Date(0);
function reimport(input) {
  const { settings, file } = input;
  const dataText = toLf(input.dataText);
  if (serializeData(input.list) !== dataText) return void 0;
  const readme = toLf(input.readme);
  const read = readZone(readme, settings.markers.main, file);
  if (!read) return void 0;
  const own = layoutOf(settings);
  const attempts = [
    [fitZone(read, own, settings.linkLabels), own],
    [read, read.layout]
  ];
  for (const [zone, layout] of attempts) {
    const rec = reconcile(zone, input.list, input.base, keepsFileOrder(settings), layout);
    rec.edits.unreadable = [];
    const next = layout === own ? settings : { ...settings, layout };
    const conflicts = rec.dataChanged || rec.edits.dataWins.length + rec.edits.putBack.length > 0;
    if (!zoneMatches(readme, conflicts ? zone.list : rec.list, next, file)) continue;
    const text = serializeData(rec.list);
    const loaded = loadData(text, input.dataFile);
    if (!loaded.ok) return void 0;
    const written2 = usesCrlf(input.dataText) ? toCrlf(text) : text;
    const edits = { ...rec.edits, kept: newlyKept(read, input) };
    const data = { text: written2, list: loaded.value };
    if (layout === own || sameLayout(own, layout)) return { edits, data, settings: void 0 };
    const rewritten = settingsWith(input, layout);
    return rewritten ? { edits, data, settings: rewritten } : void 0;
  }
  return void 0;
}
function settingsWith(input, layout) {
  const text = withLayout(input.settingsText ?? "", layout);
  const parsed = parseSettings(text, input.settingsFile ?? "settings");
  if (!parsed.ok || !sameLayout(parsed.value.layout, layout)) return void 0;
  return { text, value: parsed.value };
}
function fitZone(read, layout, linkLabels) {
  if (layout === read.layout) return read;
  const lines = new Map(read.lines);
  const list = fitShapes(read.list, layout, linkLabels, (from, to) => {
    const line = read.lines.get(from);
    if (line !== void 0) lines.set(to, line);
  });
  return { ...read, list, lines };
}
function zoneMatches(readme, list, settings, file) {
  const rendered = renderReadme(readme, list, settings, NO_TIME, file);
  if (!rendered.ok) return false;
  const counts = countLines(settings);
  const zoneOf = (text) => {
    const z = findZone(text, settings.markers.main, file);
    if (!z.ok) return void 0;
    const lines = text.slice(z.value.contentStart, z.value.contentEnd).split("\n");
    return lines.map((l) => counts.some((c) => c.test(l.trimEnd())) ? "{count}" : l).join("\n");
  };
  const want = zoneOf(readme);
  return want !== void 0 && zoneOf(rendered.value) === want;
}
function countLines(settings) {
  const lines = layoutOf(settings).zoneEnd.split("\n").filter((l) => l.includes("{count}"));
  return lines.flatMap((l) => {
    const re = countPattern(l.trimEnd());
    return re ? [re] : [];
  });
}
function newlyKept(read, input) {
  const before = renderReadme(input.readme, input.list, input.settings, NO_TIME, input.file);
  if (!before.ok) return read.kept;
  const known = new Set(
    toLf(before.value).split("\n").map((l) => l.trimEnd())
  );
  const lines = toLf(input.readme).split("\n");
  return read.kept.filter(
    (k) => k.line === void 0 || !known.has((lines[k.line - 1] ?? "").trimEnd())
  );
}

// src/core/adopt/former-lines.ts
var NO_TIME2 = /* @__PURE__ */ new Date(0);
function addFormerLines(edits, readme, base, settings, file) {
  if (edits.deleted.length === 0) return;
  const lines = formerLines(toLf(readme), base, settings, file);
  for (const d of edits.deleted) {
    const section = base.sections.find((s) => s.name === d.section);
    const paper = section?.papers.find((p) => p.title === d.title);
    const line = paper && lines.get(paper);
    if (line !== void 0) d.line = line;
  }
}
function formerLines(readme, base, settings, file) {
  const out = /* @__PURE__ */ new Map();
  const rendered = renderReadme(readme, base, settings, NO_TIME2, file);
  if (!rendered.ok) return out;
  const zone = findZone(rendered.value, settings.markers.main, file);
  if (!zone.ok) return out;
  const text = rendered.value.slice(zone.value.contentStart, zone.value.contentEnd);
  const at2 = /* @__PURE__ */ new Map();
  text.split("\n").forEach((l, i) => {
    const key = l.trim();
    at2.set(key, [...at2.get(key) ?? [], zone.value.startLine + i]);
  });
  for (const [paper, entry] of entryTexts(base, settings)) {
    const first = withoutLeadingBlanks(entry).split("\n")[0].trim();
    const free = at2.get(first);
    const line = free?.shift();
    if (line !== void 0) out.set(paper, line);
  }
  return out;
}
function entryTexts(list, settings) {
  return renderedZone(list, settings, layoutOf(settings)).sections.flatMap(
    (s) => s.entries.map((e) => [e.paper, e.text])
  );
}

// src/core/adopt/plan.ts
function planAdoption(input) {
  const plan = adoption(input);
  if (input.base) addFormerLines(plan.edits, input.readme, input.base, input.settings, input.file);
  return plan;
}
function adoption(input) {
  const edits = findHandEdits(input);
  if (input.base && edits.unreadable.length + edits.putBack.length + edits.moved.length > 0) {
    const whole = reimport(input);
    if (whole && whole.data.text === input.dataText && !whole.settings) {
      return { ok: true, edits: whole.edits, data: void 0 };
    }
    if (whole) {
      if (whole.settings) whole.edits.layout = input.settingsFile ?? "the settings";
      return {
        ok: true,
        edits: whole.edits,
        data: whole.data,
        ...whole.settings ? { settings: whole.settings } : {}
      };
    }
  }
  if (edits.unreadable.length > 0) return { ok: false, edits, problems: edits.unreadable };
  if (input.base) takeDeletions(edits, input.list, input.base);
  if (edits.adoptions.length + edits.deleted.length === 0)
    return { ok: true, edits, data: void 0 };
  const applied = edits.adoptions.length > 0 ? applyAdoptions(input.dataText, edits.adoptions, input.dataFile) : { ok: true, value: { text: input.dataText, list: input.list } };
  if (!applied.ok) return { ok: false, edits, problems: applied.problems };
  if (edits.deleted.length === 0) return { ok: true, edits, data: applied.value };
  const read = (text2) => {
    const loaded = loadData(text2, input.dataFile);
    return loaded.ok ? loaded.value : void 0;
  };
  const text = applyDeletions(applied.value.text, edits, read, input.dataFile);
  const list = text.ok ? read(text.value) : void 0;
  if (!text.ok || !list) return { ok: true, edits, data: applied.value };
  if (edits.deleted.length === 0 && edits.adoptions.length === 0) {
    return { ok: true, edits, data: void 0 };
  }
  return { ok: true, edits, data: { text: text.value, list } };
}

// src/cli/adopt.ts
function adoptHandEdits(io, files, baseFile, configFile) {
  const base = baseList(io, files.dataFile, baseFile);
  if (!base.ok) return base;
  const settingsFile = configFile ?? DEFAULT_CONFIG;
  const settingsText = readOptionalTextFile(resolve(io.cwd, settingsFile), settingsFile);
  const plan = planAdoption({
    settingsFile,
    ...settingsText.ok && settingsText.value !== void 0 ? { settingsText: settingsText.value } : {},
    readme: files.readmeText,
    list: files.list,
    settings: files.settings,
    file: files.readmeFile,
    dataText: files.dataText,
    dataFile: files.dataFile,
    ...base.value ? { base: base.value } : {}
  });
  if (!plan.ok) return failure(plan.problems);
  const settings = plan.settings ? { settings: { ...plan.settings, file: settingsFile } } : {};
  return success({ edits: plan.edits, data: plan.data, ...settings, withBase: !!base.value });
}
function baseList(io, dataFile, baseFile) {
  const text = baseFile === void 0 ? committedText(resolve(io.cwd, dataFile)) : readTextFile(
    resolve(io.cwd, baseFile),
    baseFile,
    "pass --base with an earlier copy of the data file"
  );
  if (text === void 0) return success(void 0);
  if (typeof text !== "string" && !text.ok) return text;
  const value = typeof text === "string" ? text : text.value;
  const loaded = loadData(value, baseFile ?? `${dataFile} (committed)`);
  if (!loaded.ok) return baseFile === void 0 ? success(void 0) : loaded;
  return loaded;
}

// src/cli/commands/render.ts
var renderCommand = defineCommand({
  options: {
    ...LIST_FILE_OPTIONS,
    base: { type: "string" },
    time: { type: "string" },
    check: { type: "boolean", default: false }
  },
  run: ({ values }, io) => {
    const time = timeOption(values.time);
    const files = loadListFiles(io, values);
    if (!files.ok) return failWithProblems(io, files.problems);
    const plan = planRender(io, files.value, values.base, time, values.config);
    if (!plan.ok) return failWithProblems(io, plan.problems);
    return values.check ? reportDifference(io, files.value, plan.value, time) : writeRender(io, files.value, plan.value);
  }
});
function planRender(io, files, baseFile, time, configFile) {
  const when = time ?? io.now();
  const render = (list, settings2 = files.settings) => renderReadme(files.readmeText, list, settings2, when, files.readmeFile);
  const first = render(files.list);
  const current = baseFile === void 0 && first.ok && keepStamp(first.value, files.readmeText, files.settings) === files.readmeText;
  const adoption2 = current ? success({ edits: noHandEdits(), data: void 0 }) : adoptHandEdits(io, files, baseFile, configFile);
  if (!adoption2.ok) return failure(adoption2.problems);
  const { edits, data: adopted } = adoption2.value;
  const settings = "settings" in adoption2.value ? adoption2.value.settings : void 0;
  const withBase = "withBase" in adoption2.value ? adoption2.value.withBase !== false : true;
  const rendered = adopted ? render(adopted.list, settings?.value) : first;
  if (!rendered.ok) return failure(rendered.problems);
  const restamp = time !== void 0 || adopted !== void 0;
  const readme = current && !restamp ? files.readmeText : readmeToWrite(rendered.value, files.readmeText, files.settings, restamp);
  return success({ edits, adopted, settings, withBase, readme });
}
async function reportDifference(io, files, plan, time) {
  const { edits } = plan;
  if (plan.readme === files.readmeText && !hasHandEdits(edits)) {
    io.stdout(`${files.readmeFile}: up to date
`);
    return EXIT_OK;
  }
  const shown2 = time === void 0 ? keepStamp(plan.readme, files.readmeText, files.settings) : plan.readme;
  const { createPatch } = await import("./libesm-CXQL27MH.js");
  io.stdout(createPatch(files.readmeFile, files.readmeText, shown2, "current", "rendered"));
  printHandEdits(io, edits, files, plan.withBase);
  return failWithProblems(io, [
    {
      file: files.readmeFile,
      message: edits.adoptions.length + edits.putBack.length + edits.moved.length > 0 ? `holds hand edits of the ${listWords(files.settings).zone}; the lines above say what render would do with them` : "not up to date; the diff shows what render would change",
      hint: 'run "paperlist render" and commit the result'
    }
  ]);
}
function writeRender(io, files, plan) {
  printHandEdits(io, plan.edits, files, plan.withBase);
  if (plan.adopted) {
    const written3 = writeFiles(io, [[files.dataFile, plan.adopted.text]]);
    if (!written3.ok) return failWithProblems(io, written3.problems);
    io.stdout(`${files.dataFile}: updated with the hand edits of ${files.readmeFile}
`);
  }
  if (plan.settings) {
    const written3 = writeFiles(io, [[plan.settings.file, plan.settings.text]]);
    if (!written3.ok) return failWithProblems(io, written3.problems);
    io.stdout(
      `${plan.settings.file}: layout updated for the headings and text of ${files.readmeFile}
`
    );
  }
  if (plan.readme === files.readmeText) {
    io.stdout(`${files.readmeFile}: up to date
`);
    return EXIT_OK;
  }
  const written2 = writeFiles(io, [[files.readmeFile, plan.readme]]);
  if (!written2.ok) return failWithProblems(io, written2.problems);
  io.stdout(`${files.readmeFile}: updated
`);
  return EXIT_OK;
}
function printHandEdits(io, edits, files, withBase = true) {
  const words = listWords(files.settings);
  const lines = describeHandEdits(edits, files.dataFile, words);
  if (lines.length === 0) return;
  io.stdout(`${files.readmeFile}: hand edits of the ${words.zone}:
`);
  for (const line of lines) io.stdout(`  - ${line}
`);
  if (!withBase) {
    io.stdout(
      `${files.readmeFile}: no earlier state of ${files.dataFile} (not committed in git, no --base): where the README and ${files.dataFile} differ, ${files.dataFile} wins, and ${words.entries} it lacks are adopted; commit ${files.dataFile} or pass --base to adopt deletions, moves and new headings
`
    );
  }
}
export {
  renderCommand
};
