import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  CORE_SCHEMA,
  isMapping,
  load,
  topLevelKeys
} from "./chunk-3YN6SMB7.js";

// src/core/data/insert.ts
function splitLines(text, from, to) {
  const lines = [];
  let start = from;
  while (start < to) {
    const nl = text.indexOf("\n", start);
    const next = nl === -1 || nl >= to ? to : nl + 1;
    const eol = nl === -1 || nl >= to ? to : nl;
    const end = eol > start && text[eol - 1] === "\r" ? eol - 1 : eol;
    lines.push({ start, end, next, text: text.slice(start, end) });
    start = next;
  }
  return lines;
}
var indentOf = (s) => s.length - s.trimStart().length;
var isBlank = (s) => s.trim() === "";
var isComment = (s) => s.trimStart().startsWith("#");
var isContent = (s) => !isBlank(s) && !isComment(s);
var isItem = (s) => /^-(\s|$)/.test(s.trimStart());
var yamlSafe = (json) => json.replace(
  /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
  (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
);
var quote = (value) => yamlSafe(JSON.stringify(value));
var key = (k) => /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : quote(k);
var scalar = (value) => yamlSafe(JSON.stringify(value) ?? "null");
function rawPaper(p) {
  const raw = { title: p.title };
  if (p.abbr !== void 0) raw.abbr = p.abbr;
  if (p.venue !== void 0) raw.venue = p.venue;
  if (p.year !== void 0) raw.year = p.year;
  if (p.links.length > 0) raw.links = Object.fromEntries(p.links.map((l) => [l.label, l.url]));
  for (const [k, v] of Object.entries(p.extra)) if (v !== void 0) raw[k] = v;
  return raw;
}
function entryLines(p, style) {
  const pad = " ".repeat(style.item + 1 + style.gap);
  const sub = pad + " ".repeat(style.step);
  const lines = [`${" ".repeat(style.item)}-${" ".repeat(style.gap)}title: ${quote(p.title)}`];
  if (p.abbr !== void 0) lines.push(`${pad}abbr: ${quote(p.abbr)}`);
  if (p.venue !== void 0) lines.push(`${pad}venue: ${quote(p.venue)}`);
  if (p.year !== void 0) lines.push(`${pad}year: ${quote(p.year)}`);
  if (p.links.length > 0) {
    lines.push(`${pad}links:`);
    for (const l of p.links) lines.push(`${sub}${key(l.label)}: ${quote(l.url)}`);
  }
  for (const [k, v] of Object.entries(p.extra)) {
    if (v === void 0) continue;
    if (Array.isArray(v) && v.length > 0 && v.every((x) => x === null || typeof x !== "object")) {
      lines.push(`${pad}${key(k)}:`, ...v.map((x) => `${sub}- ${scalar(x)}`));
    } else lines.push(`${pad}${key(k)}: ${scalar(v)}`);
  }
  return lines;
}
function styleOf(lines, first, end) {
  const line = lines[first]?.text ?? "";
  const item = indentOf(line);
  const afterDash = line.slice(item + 1);
  const gap = isBlank(afterDash) ? 1 : indentOf(afterDash);
  let step = 2;
  for (let i = first; i < end; i++) {
    if (!/^\s*(?:-\s+)?links\s*:\s*(?:#.*)?$/.test(lines[i]?.text ?? "")) continue;
    const col = (lines[i]?.text ?? "").indexOf("links");
    const below = lines.slice(i + 1, end).find((l) => isContent(l.text));
    if (below && indentOf(below.text) > col) step = indentOf(below.text) - col;
    break;
  }
  return { item, gap, step };
}
function fileItemOffset(text) {
  const m = /^( +)list[ \t]*:[ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*( *)-[ \t\r\n]/m.exec(text);
  const offset = m ? (m[2] ?? "").length - (m[1] ?? "").length : -1;
  return offset >= 0 ? offset : 2;
}
var lineNumber = (text, offset) => text.slice(0, offset).split("\n").length;
function findListKey(lines, childIndent) {
  for (let i = 0; i < lines.length && childIndent > 0; i++) {
    const t = lines[i]?.text ?? "";
    const match = /^(\s*)(?:list|"list"|'list')\s*:(.*)$/.exec(t);
    if (match && indentOf(t) === childIndent) return { at: i, match };
  }
  return void 0;
}
function insertAfter(text, l, entry) {
  const eol = text.slice(l.end, l.next) || (text.includes("\r\n") ? "\r\n" : "\n");
  const added = l.next === l.end ? eol + entry.join(eol) : entry.map((e) => e + eol).join("");
  return { start: l.next, end: l.next, text: added };
}
function listExtent(lines, listAt, childIndent) {
  let first = -1;
  let last = listAt;
  for (let i = listAt + 1; i < lines.length; i++) {
    const t = lines[i]?.text ?? "";
    if (isBlank(t)) continue;
    const ind = indentOf(t);
    if (first === -1) {
      if (isComment(t)) continue;
      if (!isItem(t) || ind < childIndent) break;
      first = i;
    } else {
      const itemIndent = indentOf(lines[first]?.text ?? "");
      if (isComment(t) && ind <= itemIndent) continue;
      if (ind < itemIndent || ind === itemIndent && !isItem(t)) break;
    }
    last = i;
  }
  return { first, last };
}
function planSection(text, lines, keyStart, target, paper, file) {
  const section = target.section;
  const where = (offset, message, hint) => ({
    problem: { file, line: lineNumber(text, offset), column: 1, field: section, message, hint }
  });
  const childIndent = indentOf(lines.find((l) => isContent(l.text))?.text ?? "");
  const list = findListKey(lines, childIndent);
  const listLine = list && lines[list.at];
  if (list === void 0 || listLine === void 0) {
    return where(
      keyStart,
      `the section "${section}" has no \`list:\` to add the paper to`,
      "give the section a `list:` key on its own line, indented under the section name"
    );
  }
  const rest = list.match[2] ?? "";
  const value = rest.replace(/\s+#.*$/, "").trim();
  const newListStyle = () => ({ item: childIndent + fileItemOffset(text), gap: 1, step: 2 });
  if (value !== "") {
    if (!/^(?:\[\s*\]|null|~)$/.test(value)) {
      return where(
        listLine.start,
        `the list of "${section}" is written inline (flow style), so the paper cannot be added to it`,
        "write the list as one `- title: ...` entry per line, like the other sections"
      );
    }
    const comment = /\s(#.*)$/.exec(rest)?.[1];
    const head = `${list.match[1] ?? ""}list:${comment !== void 0 ? ` ${comment}` : ""}`;
    return {
      edits: [
        { start: listLine.start, end: listLine.end, text: head },
        insertAfter(text, listLine, entryLines(paper, newListStyle()))
      ]
    };
  }
  const { first, last } = listExtent(lines, list.at, childIndent);
  const style = first === -1 ? newListStyle() : styleOf(lines, first, last + 1);
  const entry = entryLines(paper, style);
  const items = first === -1 ? [] : itemStarts(lines, first, last);
  if (target.at !== void 0 && target.at > items.length) {
    return where(
      listLine.start,
      `the list of "${section}" has ${items.length} ${items.length === 1 ? "entry" : "entries"}, so the paper cannot go at place ${target.at + 1}`,
      "please report the data file that caused this; nothing was changed"
    );
  }
  if (target.at === void 0 || target.at === items.length) {
    return { edits: [insertAfter(text, lines[last], entry)] };
  }
  return { edits: [insertBetween(text, lines, items, target.at, entry)] };
}
function itemStarts(lines, first, last) {
  const itemIndent = indentOf(lines[first]?.text ?? "");
  const out = [];
  for (let i = first; i <= last; i++) {
    const t = lines[i]?.text ?? "";
    if (indentOf(t) === itemIndent && isItem(t)) out.push(i);
  }
  return out;
}
function entryEnd(lines, items, k) {
  const start = items[k];
  const itemIndent = indentOf(lines[start]?.text ?? "");
  let end = start;
  for (let i = start + 1; i < items[k + 1]; i++) {
    const t = lines[i]?.text ?? "";
    if (!isBlank(t) && indentOf(t) > itemIndent) end = i;
  }
  return end;
}
function insertBetween(text, lines, items, at, entry) {
  const next = lines[items[at]];
  const eol = text.slice(next.end, next.next) || (text.includes("\r\n") ? "\r\n" : "\n");
  const lead = entry.map((e) => e + eol).join("");
  const blankGap = (k) => {
    const end = entryEnd(lines, items, k);
    const after = items[k + 1];
    if (!lines.slice(end + 1, after).every((l) => isBlank(l.text))) return void 0;
    return text.slice(lines[end].next, lines[after].start);
  };
  const before = (gap2) => ({ start: next.start, end: next.start, text: lead + gap2 });
  if (at === 0) return before(items.length > 1 ? blankGap(0) ?? "" : "");
  const gap = blankGap(at - 1);
  if (gap !== void 0) return before(gap);
  return insertAfter(text, lines[entryEnd(lines, items, at - 1)], entry);
}
function sameValue(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  const ra = a;
  const rb = b;
  return ka.every((k) => sameValue(ra[k], rb[k]));
}
var sameKeys = (a, b) => a.length === b.length && a.every((k, i) => k === b[i]);
function isBeforePlusPaper(before, after, sections, paper) {
  if (!sameKeys(Object.keys(before), Object.keys(after))) return false;
  return Object.keys(before).every((k) => {
    if (!sections.has(k)) return sameValue(before[k], after[k]);
    const b = before[k];
    if (!isMapping(b)) return false;
    const list = b.list ?? [];
    if (!Array.isArray(list)) return false;
    const at = sections.get(k) ?? list.length;
    return sameValue({ ...b, list: [...list.slice(0, at), paper, ...list.slice(at)] }, after[k]);
  });
}
function parse(text, file) {
  try {
    return { value: load(text, { schema: CORE_SCHEMA, filename: file }) };
  } catch (e) {
    const mark = e.mark;
    const reason = e.reason ?? String(e);
    return {
      problem: {
        file,
        ...mark ? { line: mark.line + 1, column: mark.column + 1 } : {},
        message: `the data file is not valid YAML: ${reason}`,
        hint: "fix the data file first; nothing was added"
      }
    };
  }
}
var ANCHOR = /(?:^|[\s[{,])&\S/m;
function prove(before, after, keys, regions, paper, file) {
  const failed = {
    file,
    message: "adding the paper by text would not give the old data plus the new entry, so nothing was changed",
    hint: "add the entry by hand, and please report the data file that caused this"
  };
  const sections = new Map(regions.map((r) => [r.name, r.at]));
  const next = parse(after, file);
  if ("problem" in next) {
    const old2 = parse(before, file);
    return "problem" in old2 ? old2.problem : failed;
  }
  if (!isMapping(next.value)) return failed;
  if (sameKeys(Object.keys(next.value), keys) && regions.every((r) => !ANCHOR.test(r.text))) {
    const oldPart = {};
    const newPart = {};
    const fast = regions.every((r) => {
      const old2 = parse(r.text, file);
      if (!("value" in old2) || !isMapping(old2.value) || !sameKeys(Object.keys(old2.value), [r.name])) {
        return false;
      }
      oldPart[r.name] = old2.value[r.name];
      newPart[r.name] = next.value[r.name];
      return true;
    });
    if (fast) return isBeforePlusPaper(oldPart, newPart, sections, paper) ? void 0 : failed;
  }
  const old = parse(before, file);
  if ("problem" in old) return old.problem;
  if (!isMapping(old.value)) return failed;
  return isBeforePlusPaper(old.value, next.value, sections, paper) ? void 0 : failed;
}
function insertPaper(dataText, sections, paper, file) {
  const targets = [...new Set(sections)].map((section) => ({ section, at: void 0 }));
  return insertInto(dataText, targets, paper, file);
}
function insertPaperAt(dataText, section, paper, at, file) {
  return insertInto(dataText, [{ section, at }], paper, file);
}
function insertInto(dataText, targets, paper, file) {
  const tops = topLevelKeys(dataText);
  const edits = [];
  const regions = [];
  const problems = [];
  for (const target of targets) {
    const { section } = target;
    const at = tops.findIndex((t) => t.name === section);
    const top = tops[at];
    if (top === void 0) {
      problems.push({
        file,
        field: section,
        message: `the section "${section}" is not in the data file`,
        hint: `use one of: ${tops.map((t) => t.name).join(", ")}`
      });
      continue;
    }
    const end = tops[at + 1]?.start ?? dataText.length;
    const valueStart = splitLines(dataText, top.start, end)[0]?.next ?? end;
    const lines = splitLines(dataText, valueStart, end);
    const plan = planSection(dataText, lines, top.start, target, paper, file);
    if ("problem" in plan) problems.push(plan.problem);
    else edits.push(...plan.edits);
    regions.push({ name: section, at: target.at, text: dataText.slice(top.start, end) });
  }
  if (problems.length > 0) return { ok: false, problems };
  let out = dataText;
  for (const e of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  const unproven = prove(
    dataText,
    out,
    tops.map((t) => t.name),
    regions,
    rawPaper(paper),
    file
  );
  return unproven ? { ok: false, problems: [unproven] } : { ok: true, value: out };
}

export {
  insertPaper,
  insertPaperAt
};
