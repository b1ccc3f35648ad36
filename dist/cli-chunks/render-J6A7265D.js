import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  timeOption
} from "./chunk-BQGWYCIV.js";
import {
  importReadme
} from "./chunk-OVG4HJ3Z.js";
import {
  buildTemplate,
  collect,
  formatKey,
  fromHeadings,
  lineAt,
  lineStarts,
  parseMarkdown,
  quote,
  startOf,
  toLf
} from "./chunk-EGO7RSA5.js";
import {
  TABLE_WORDS,
  listWords
} from "./chunk-Y6JPLJQX.js";
import {
  insertPaper,
  insertPaperAt
} from "./chunk-S2R6XOPI.js";
import {
  findZone,
  keepStamp,
  readmeToWrite,
  renderReadme,
  renderRow,
  writeFiles
} from "./chunk-EUOC6FZE.js";
import "./chunk-J46YQAPX.js";
import {
  SHAPE_FIELD,
  escapeOf,
  fieldText,
  fillTemplate,
  heading,
  renderLayoutZone,
  sectionLayout,
  shapeOf,
  sortPapers
} from "./chunk-MLD7KGO5.js";
import {
  encodeUrl,
  escapeHeading
} from "./chunk-NIAEFTN3.js";
import {
  titleKey
} from "./chunk-F3GNWPX4.js";
import {
  LIST_FILE_OPTIONS,
  loadListFiles
} from "./chunk-TNK5H4XR.js";
import "./chunk-BVLRBHM7.js";
import {
  CORE_SCHEMA,
  defineCommand,
  failure,
  keyText,
  load,
  loadData,
  parseTemplate,
  parseWithPositions,
  readTextFile,
  require_dist,
  success,
  templateFields,
  templateLiteral
} from "./chunk-N35TUQ5J.js";
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
  for (const p of edits.putBack) {
    lines.push(
      `"${p.title}" in "${p.section}" is gone from the README but still in ${dataFile}: put back (remove it from ${dataFile} to delete it)`
    );
  }
  return lines;
}

// src/core/adopt/types.ts
function noHandEdits() {
  return { adoptions: [], dataWins: [], putBack: [], moved: [], unreadable: [] };
}
function hasHandEdits(edits) {
  return edits.adoptions.length + edits.dataWins.length + edits.putBack.length + edits.moved.length + edits.unreadable.length > 0;
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

// src/core/data/update.ts
var lineStart = (text, offset) => text.lastIndexOf("\n", offset - 1) + 1;
function nextLine(text, offset) {
  const nl = text.indexOf("\n", offset);
  return nl === -1 ? text.length : nl + 1;
}
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
  const last = pairs.at(-1);
  const end = last?.value?.range?.[1] ?? (last?.key).range?.[1];
  if (end === void 0) return "the entry has no value to add the field after";
  const at = nextLine(text, Math.max(end - 1, 0));
  const lead = at === text.length && !text.endsWith("\n") ? eol : "";
  return { start: at, end: at, text: lead + lines(value) };
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
    const at = after + 1 + earlier.filter((e) => e <= after).length;
    earlier.push(after);
    inserted.set(section, earlier);
    return at;
  };
}

// src/core/adopt/cells.ts
function valueOf(paper, field) {
  return field === "links" ? paper.links : fieldText(paper, field);
}
function compareCells(section, line, data, was, read, settings, edits) {
  for (const column of settings.columns) {
    const cell = (paper) => renderRow(paper, { ...settings, columns: [column] });
    const shown2 = cell(read);
    if (shown2 === cell(data.paper)) continue;
    const field = column.field;
    const dataChanged = was === void 0 || cell(was) !== cell(data.paper);
    if (was !== void 0 && shown2 === cell(was)) continue;
    if (dataChanged) {
      edits.dataWins.push({
        section,
        title: data.paper.title,
        field,
        readme: valueOf(read, field),
        data: valueOf(data.paper, field),
        line
      });
      continue;
    }
    edits.adoptions.push({
      kind: "edited",
      section,
      title: data.paper.title,
      index: data.index,
      field,
      from: valueOf(data.paper, field),
      to: valueOf(read, field),
      line
    });
  }
}

// src/core/adopt/rendered.ts
function renderedRows(list, settings) {
  const rows = /* @__PURE__ */ new Map();
  for (const section of list.sections) {
    const indexOf = new Map(section.papers.map((p, i) => [p, i]));
    const out = rows.get(section.name) ?? [];
    for (const paper of sortPapers(section.papers, settings.sort)) {
      out.push({ text: renderRow(paper, settings), paper, index: indexOf.get(paper) ?? 0 });
    }
    rows.set(section.name, out);
  }
  return rows;
}
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
    const place = changed.has(row) ? read(row, last.get(row.section) ?? -1) : known === void 0 ? void 0 : { paper: known };
    if (place === void 0) continue;
    const index = "paper" in place ? place.paper : place.after;
    last.set(row.section, index);
    if (!("paper" in place)) continue;
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

// src/core/settings/labels.ts
function dataLabelsOf(linkLabels) {
  return new Map(Object.entries(linkLabels).map(([label, shown2]) => [shown2, label]));
}

// src/core/adopt/layout/match.ts
var MAX_ENTRY = 4e3;
var quote2 = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function pattern(nodes, captures, mode) {
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
        captures?.push({ kind: "field", name: node.name, missing: node.missing });
        out += `${open}[^\\n]*?)`;
        break;
      case "link":
        captures?.push({ kind: "link", label: node.label });
        out += mode === "html" ? `${open}[^"\\s]*?)` : `${open}\\S*?)`;
        break;
      case "if":
        out += `(?:${pattern(node.body, captures, mode)})?`;
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
function unescape(text, mode) {
  const entities = text.replace(/&#8288;/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  const plain = mode === "html" ? entities : entities.replace(/\\([!-/:-@[-`{-~])/g, "$1");
  return plain.replace(/&amp;/g, "&");
}
function matchTemplate(template, text, mode) {
  if (text.length > MAX_ENTRY) return void 0;
  const captures = [];
  const source = pattern(parseTemplate(template), captures, mode);
  const m = new RegExp(`^${source}$`).exec(text);
  if (!m) return void 0;
  const out = {
    fields: /* @__PURE__ */ new Map(),
    shown: /* @__PURE__ */ new Set(),
    named: /* @__PURE__ */ new Map(),
    loop: void 0
  };
  for (const c of captures) if (c.kind === "field") out.shown.add(c.name);
  captures.forEach((capture, i) => {
    const value = m[i + 1];
    if (capture.kind === "loop") {
      out.loop = value === void 0 ? [] : loopLinks(value, capture, mode);
      return;
    }
    if (value === void 0) return;
    if (capture.kind === "field") {
      const text2 = unescape(value, mode);
      if (text2 !== "" && text2 !== capture.missing && !out.fields.has(capture.name))
        out.fields.set(capture.name, text2);
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
function readByTemplate(template, text, base, mode, linkLabels) {
  const m = matchTemplate(withoutLeadingBlanks(template), withoutLeadingBlanks(text), mode);
  if (!m) return void 0;
  const paper = base ? { ...base, links: [...base.links], extra: { ...base.extra } } : { title: "", links: [], extra: {} };
  for (const field of m.shown) {
    if (LOOP_PARTS.has(field)) continue;
    setField(paper, field, m.fields.get(field));
  }
  paper.links = links(m, base?.links ?? [], linkLabels);
  return paper;
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
function links(m, data, linkLabels) {
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
  const names = dataLabelsOf(linkLabels);
  const loop = m.loop.map((l) => {
    const label = names.get(l.label) ?? l.label;
    const same = data.find((d) => d.label === label && sameWrittenUrl(d.url, l.url));
    return same ?? { label, url: l.url };
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
      text: fillTemplate(shapeOf(paper) ?? item, paper, {
        escape: escapeOf(layout),
        linkLabels: settings.linkLabels,
        n: i + 1
      }),
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
      itemGap: own.itemGap ?? layout.itemGap,
      entries,
      byText
    });
  }
  const byName = /* @__PURE__ */ new Map();
  for (const s of sections) if (!byName.has(s.name)) byName.set(s.name, s);
  const zone = renderLayoutZone(list, settings, layout);
  return { sections, byName, lines: new Set(zone.split("\n").map((l) => l.trimEnd())) };
}

// src/core/adopt/layout/entry-paper.ts
function sameText(a, b) {
  return withoutLeadingBlanks(a) === withoutLeadingBlanks(b);
}
function throughTemplate(entry, data, section, ctx) {
  const template = (data && shapeOf(data)) ?? section.item;
  const paper = readByTemplate(template, entry.text, data, escapeOf(ctx.layout), ctx.linkLabels);
  return paper && rendersAsWritten(entry, paper, section, ctx) ? paper : void 0;
}
function shaped(entry, data, section, ctx) {
  const kept = data ? shapeOf(data) : void 0;
  for (const shape of [void 0, kept, entry.template]) {
    const paper = withShape(entry.paper, shape);
    if (rendersAsWritten(entry, paper, section, ctx)) return paper;
  }
  return void 0;
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
  const text = fillTemplate(shapeOf(paper) ?? section.item, paper, {
    escape: escapeOf(ctx.layout),
    linkLabels: ctx.linkLabels,
    n: entry.position
  });
  return sameText(text, entry.text);
}

// src/core/adopt/layout/fields.ts
function shownFields(template) {
  const fields = templateFields(parseTemplate(template));
  return [...fields].filter((f) => f !== "label" && f !== "url" && f !== SHAPE_FIELD);
}
function sameValue(a, b) {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
function compareFields(entry, read, data, was, section, edits) {
  const fields = /* @__PURE__ */ new Set([
    ...shownFields(entry.template),
    ...shownFields(shapeOf(data.paper) ?? section.item)
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
var DELIMITER = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/;
function scanZone(readme, zone, sections, settings, file) {
  const headings = new Map(sections.map((name) => [`### ${escapeHeading(name)}`, name]));
  const count = countPattern(settings.countLine);
  const lines = readme.slice(zone.contentStart, zone.contentEnd).split("\n");
  const rows = [];
  const strays = [];
  let section;
  let table = [];
  lines.forEach((raw, i) => {
    const line = zone.startLine + i;
    const text = raw.replace(/\s+$/, "");
    if (i === 0) return;
    if (text === "") {
      table = [];
      return;
    }
    if (text.startsWith("#")) {
      table = [];
      if (/^###\s/.test(text)) {
        section = headings.get(text);
        if (section === void 0) strays.push(unknownHeading(file, line, text));
      } else if (/^##\s/.test(text)) section = void 0;
      else strays.push(stray(file, line, text));
      return;
    }
    if (text.trimStart().startsWith("|")) {
      table.push(text);
      if (table.length === 2 && !DELIMITER.test(text.trim())) {
        strays.push(stray(file, line, text));
      } else if (table.length > 2) {
        rows.push({ section, text: text.trim(), header: table[0] ?? "", line });
      }
      return;
    }
    table = [];
    if (!count?.test(text.trim())) strays.push(stray(file, line, text));
  });
  return { rows, strays };
}
function countPattern(countLine) {
  if (countLine === "") return void 0;
  const parts = countLine.split("{count}").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("\\d+")}$`);
}
function stray(file, line, text) {
  return {
    file,
    line,
    message: `line ${line} inside the generated tables is not a row paperlist can read: ${JSON.stringify(text.slice(0, 80))}`,
    hint: "move text you want to keep outside the markers, or write it as a table row; nothing was changed"
  };
}
function unknownHeading(file, line, text) {
  return {
    file,
    line,
    message: `section heading ${JSON.stringify(text)} is not a section of the data file`,
    hint: "add or rename sections in the data file, not in the README; nothing was changed"
  };
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
  const place = attribution(keys);
  const count = /* @__PURE__ */ new Map();
  let previous;
  for (const item of items) {
    if (item.type === "heading") {
      if (!place.heading(item.source.trimEnd())) strays.push(unknownHeading2(file, item));
      previous = item;
      continue;
    }
    const section = place.section;
    const position = (count.get(section?.name) ?? 0) + 1;
    count.set(section?.name, position);
    const gap = previous?.type === "entry" && section ? extraGap(readme.slice(previous.entry.end, item.entry.start), section) : "";
    entries.push(written(readme, item.entry, section, gap, position, settings));
    previous = item;
  }
  strays.push(...strayLines(readme, lines, zone, items, rendered, layout, file, settings));
  return { entries, strays };
}
function attribution(keys) {
  let category;
  const state = {
    section: keys.find((k) => k.categoryLine === void 0 && k.headingLine === void 0),
    /** Moves to the heading `line`; false when the data renders no such heading. */
    heading(line) {
      const own = keys.filter((k) => k.headingLine === line);
      if (own.length > 0) {
        state.section = own.find((k) => k.categoryLine === category) ?? own[0];
        return true;
      }
      const under = keys.filter((k) => k.categoryLine === line);
      if (under.length > 0) {
        category = line;
        state.section = under.find((k) => k.headingLine === void 0);
        return true;
      }
      state.section = void 0;
      return false;
    }
  };
  return state;
}
function extraGap(gap, section) {
  return gap.startsWith(section.itemGap) ? gap.slice(section.itemGap.length) : "";
}
function written(readme, entry, section, gap, position, settings) {
  const replacements = [...entry.replacements];
  if (entry.number && entry.number.value === position) {
    replacements.push({ start: entry.number.start, end: entry.number.end, tag: "{{n}}" });
  }
  const template = templateLiteral(gap) + buildTemplate(readme, entry.start, entry.end, replacements);
  const s = section?.section;
  const headings = s ? [s.heading ?? s.name, s.category].filter((h, i, all) => all.indexOf(h) === i) : [];
  fromHeadings(entry.paper, headings);
  return {
    headings,
    section: section?.name,
    text: gap + readme.slice(entry.start, entry.end),
    line: entry.line,
    paper: dataLabels(entry.paper, settings),
    template,
    position
  };
}
function withHeadings(entry, paper) {
  return fromHeadings(
    { ...paper, links: [...paper.links], extra: { ...paper.extra } },
    entry.headings
  );
}
function dataLabels(paper, settings) {
  const names = dataLabelsOf(settings.linkLabels);
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
function unknownHeading2(file, item) {
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
  const edits = {
    adoptions: [],
    dataWins: [],
    putBack: [],
    moved: [],
    unreadable: read.strays
  };
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
    const same = current?.byText.get(text)?.find((r) => !taken.has(r.index));
    const old = same ?? (before && sectionOf(before, entry.section)?.byText.get(text)?.[0]);
    const match = same ?? (old && unseen(current?.entries, taken, old.paper));
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
  const paper = typed ? withHeadings(entry, typed) : shaped(entry, void 0, section, ctx);
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
function sameSlot(entry, section, taken, ctx) {
  const slot = section.entries[entry.position - 1];
  if (!slot || taken.has(slot.index)) return void 0;
  const claimed = ctx.changed.some(
    (e) => e.section === section.name && samePaper(slot.paper, e.paper)
  );
  return claimed ? void 0 : slot;
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

// src/core/adopt/read-row.ts
var KNOWN2 = {
  title: "Title",
  abbr: "Abbr",
  venue: "Venue",
  year: "Year",
  links: "Links"
};
function readHandRow(row, line, section, settings, file) {
  const columns = settings.columns;
  const header = columns.map((c, i) => KNOWN2[c.field] ?? `c${i}`);
  const doc = [
    "## Category",
    `### ${escapeHeading(section)}`,
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    row,
    ""
  ].join("\n");
  const read = importReadme(doc, file, {});
  const paper = read.list.sections[0]?.papers[0];
  if (read.problems.length > 0 || !paper) {
    const problems = read.problems.map(({ field: _field, column: _column, ...p }) => ({
      ...p,
      file,
      line,
      message: `row at line ${line}: ${p.message}`
    }));
    return {
      problems: problems.length ? problems : [{ file, line, message: `row at line ${line} could not be read` }]
    };
  }
  return { paper: toDataFields(paper, settings) };
}
function toDataFields(read, settings) {
  const labels = dataLabelsOf(settings.linkLabels);
  const paper = { title: read.title, links: [], extra: {} };
  settings.columns.forEach((column, i) => {
    if (column.field === "links") {
      paper.links = read.links.map((l) => ({ label: labels.get(l.label) ?? l.label, url: l.url }));
      return;
    }
    const value = column.field in KNOWN2 ? read[column.field] : read.extra[`c${i}`];
    const shown2 = value === column.missing ? void 0 : value;
    if (column.field === "title") paper.title = shown2 ?? "";
    else if (column.field === "abbr" || column.field === "venue" || column.field === "year") {
      if (shown2 !== void 0) paper[column.field] = shown2;
    } else if (shown2 !== void 0) {
      Object.defineProperty(paper.extra, column.field, {
        value: shown2,
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
  });
  return paper;
}

// src/core/adopt/compare.ts
function findHandEdits(input) {
  const { readme, list, settings, file, base } = input;
  if (settings.layout !== void 0) return findLayoutHandEdits(input, settings.layout);
  const zone = findZone(readme, settings.markers.main, file);
  if (!zone.ok) return noHandEdits();
  const names = [...list.sections, ...base?.sections ?? []].map((s) => s.name);
  const scanned = scanZone(readme, zone.value, names, settings, file);
  if (scanned.rows.length === 0) return { ...noHandEdits(), unreadable: scanned.strays };
  const now = renderedRows(list, settings);
  const before = base ? renderedRows(base, settings) : void 0;
  const edits = {
    adoptions: [],
    dataWins: [],
    putBack: [],
    moved: [],
    unreadable: scanned.strays
  };
  const seen = new Map(list.sections.map((s) => [s.name, /* @__PURE__ */ new Set()]));
  const changed = /* @__PURE__ */ new Set();
  const placed = /* @__PURE__ */ new Map();
  for (const row of scanned.rows) {
    if (row.section === void 0) continue;
    const taken = seen.get(row.section) ?? /* @__PURE__ */ new Set();
    const current = now.get(row.section)?.find((r) => r.text === row.text && !taken.has(r.index));
    if (current) {
      taken.add(current.index);
      placed.set(row, current.index);
      continue;
    }
    const old = before?.get(row.section)?.find((r) => r.text === row.text);
    if (old) {
      const match = unseen(now.get(row.section), taken, old.paper);
      if (match) taken.add(match.index);
      if (match) placed.set(row, match.index);
      continue;
    }
    changed.add(row);
  }
  const shown2 = readInOrder(
    scanned.rows,
    placed,
    changed,
    (row, after) => readChanged2(row, after, input, now, before, seen, edits)
  );
  if (keepsFileOrder(input.settings)) {
    edits.moved = movedRows(shown2, (name) => now.get(name), before && ((name) => before.get(name)));
  }
  edits.putBack = removedPapers(now, before && ((name) => before.get(name)), seen);
  return edits;
}
function readChanged2(row, after, input, now, before, seen, edits) {
  const section = row.section;
  const read = readHandRow(row.text, row.line, section, input.settings, input.file);
  if ("problems" in read) {
    edits.unreadable.push(...read.problems);
    return void 0;
  }
  const taken = seen.get(section) ?? /* @__PURE__ */ new Set();
  seen.set(section, taken);
  const match = unseen(now.get(section), taken, read.paper);
  if (match) {
    taken.add(match.index);
    const was = before ? unseen(before.get(section), /* @__PURE__ */ new Set(), match.paper)?.paper ?? match.paper : void 0;
    compareCells(section, row.line, match, was, read.paper, input.settings, edits);
    return { paper: match.index };
  }
  const twin = (now.get(section) ?? []).find((r) => samePaper(r.paper, read.paper));
  if (twin) {
    edits.unreadable.push(
      repeatedPaper({ file: input.file, line: row.line }, twin.paper.title, section, TABLE_WORDS)
    );
    return void 0;
  }
  const removed = before?.get(section)?.find((r) => samePaper(r.paper, read.paper));
  if (removed) {
    edits.dataWins.push({
      section,
      title: removed.paper.title,
      field: "entry",
      readme: read.paper.title,
      data: void 0,
      line: row.line
    });
    return void 0;
  }
  const place = keepsFileOrder(input.settings) ? { after } : {};
  edits.adoptions.push({ kind: "added", section, paper: read.paper, line: row.line, ...place });
  return { after };
}

// src/core/adopt/plan.ts
function planAdoption(input) {
  const edits = findHandEdits(input);
  if (edits.unreadable.length > 0) return { ok: false, edits, problems: edits.unreadable };
  if (edits.adoptions.length === 0) return { ok: true, edits, data: void 0 };
  const applied = applyAdoptions(input.dataText, edits.adoptions, input.dataFile);
  if (!applied.ok) return { ok: false, edits, problems: applied.problems };
  return { ok: true, edits, data: applied.value };
}

// src/cli/adopt.ts
function adoptHandEdits(io, files, baseFile) {
  const base = baseList(io, files.dataFile, baseFile);
  if (!base.ok) return base;
  const plan = planAdoption({
    readme: files.readmeText,
    list: files.list,
    settings: files.settings,
    file: files.readmeFile,
    dataText: files.dataText,
    dataFile: files.dataFile,
    ...base.value ? { base: base.value } : {}
  });
  return plan.ok ? success({ edits: plan.edits, data: plan.data }) : failure(plan.problems);
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
    const plan = planRender(io, files.value, values.base, time);
    if (!plan.ok) return failWithProblems(io, plan.problems);
    return values.check ? reportDifference(io, files.value, plan.value, time) : writeRender(io, files.value, plan.value);
  }
});
function planRender(io, files, baseFile, time) {
  const when = time ?? io.now();
  const render = (list) => renderReadme(files.readmeText, list, files.settings, when, files.readmeFile);
  const first = render(files.list);
  const current = baseFile === void 0 && first.ok && keepStamp(first.value, files.readmeText, files.settings) === files.readmeText;
  const adoption = current ? success({ edits: noHandEdits(), data: void 0 }) : adoptHandEdits(io, files, baseFile);
  if (!adoption.ok) return failure(adoption.problems);
  const { edits, data: adopted } = adoption.value;
  const rendered = adopted ? render(adopted.list) : first;
  if (!rendered.ok) return failure(rendered.problems);
  const restamp = time !== void 0 || adopted !== void 0;
  const readme = current && !restamp ? files.readmeText : readmeToWrite(rendered.value, files.readmeText, files.settings, restamp);
  return success({ edits, adopted, readme });
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
  printHandEdits(io, edits, files);
  return failWithProblems(io, [
    {
      file: files.readmeFile,
      message: edits.adoptions.length + edits.putBack.length + edits.moved.length > 0 ? `holds hand edits of the ${listWords(files.settings).zone}; the lines above say what render would do with them` : "not up to date; the diff shows what render would change",
      hint: 'run "paperlist render" and commit the result'
    }
  ]);
}
function writeRender(io, files, plan) {
  printHandEdits(io, plan.edits, files);
  if (plan.adopted) {
    const written3 = writeFiles(io, [[files.dataFile, plan.adopted.text]]);
    if (!written3.ok) return failWithProblems(io, written3.problems);
    io.stdout(`${files.dataFile}: updated with the hand edits of ${files.readmeFile}
`);
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
function printHandEdits(io, edits, files) {
  const words = listWords(files.settings);
  const lines = describeHandEdits(edits, files.dataFile, words);
  if (lines.length === 0) return;
  io.stdout(`${files.readmeFile}: hand edits of the ${words.zone}:
`);
  for (const line of lines) io.stdout(`  - ${line}
`);
}
export {
  renderCommand
};
