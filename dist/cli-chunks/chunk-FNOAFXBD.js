import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  assemble,
  collect,
  lineAt,
  lineStarts,
  parseReadme,
  serializeData,
  startOf
} from "./chunk-EGO7RSA5.js";
import {
  loadData
} from "./chunk-N35TUQ5J.js";

// src/core/import/layouts/read.ts
function importLayout(markdown, file, options) {
  const parsed = options.tree ? { tree: options.tree } : parseReadme(markdown, file);
  const refused = parsed.refused;
  const tree = parsed.tree ?? { type: "root", children: [] };
  const lines = lineStarts(markdown);
  const marked = markedZone(tree.children, markdown, options.markers);
  const nodes = marked ? marked.nodes : tree.children;
  const { items, decoration, blocks } = collect(nodes, markdown, lines, marked?.end);
  const kept = dropTitleHeading(items);
  const name = options.fallbackName ?? "Papers";
  let zone = marked ? { start: marked.start, end: marked.end, marked: true } : { start: 0, end: markdown.length, marked: false };
  let result = assemble(kept, markdown, zone.start, zone.end, name);
  if (!marked && result.pieces.length > 0) {
    zone = { ...foundZone(result.pieces, blocks, markdown), marked: false };
    result = assemble(kept, markdown, zone.start, zone.end, name);
  }
  const list = { sections: result.sections };
  const entries = result.sections.reduce((n, s) => n + s.papers.length, 0);
  const problems = [];
  let data;
  if (refused) {
    problems.push(refused);
  } else if (entries === 0) {
    problems.push({
      file,
      message: "no paper entries were found, so there is nothing to import",
      hint: "entries are table rows with a Title column, or list items and paragraphs with a title and a link"
    });
  } else {
    problems.push(...unreadLines(markdown, lines, zone, result.pieces, decoration, file));
    const text = serializeData(list);
    const loaded = loadData(text, file);
    if (loaded.ok) data = { text, loaded };
    else problems.push(...dataProblems(loaded.problems, list, kept, file));
  }
  return { list, layout: result.layout, problems, zone, entries, ...data ? { data } : {} };
}
function markedZone(nodes, source, markers) {
  const s = source.indexOf(markers.start);
  const e = source.indexOf(markers.end);
  if (s === -1 || e === -1 || e < s) return void 0;
  const start = s + markers.start.length;
  const inside = nodes.filter((n) => startOf(n) >= start && startOf(n) < e);
  return { nodes: inside, start, end: e };
}
function dropTitleHeading(items) {
  const top = items.filter((i) => i.type === "heading" && i.level === 1);
  return top.length === 1 ? items.filter((i) => i !== top[0]) : [...items];
}
function foundZone(pieces, blocks, source) {
  const first = pieces[0][0];
  const last = pieces[pieces.length - 1][1];
  const startBlock = blocks.find(([s, e]) => s <= first && first <= e);
  const endBlock = blocks.find(([s, e]) => s <= last && last <= e);
  let start = startBlock ? startBlock[0] : first;
  start = source.lastIndexOf("\n", start - 1) + 1;
  let end = endBlock ? endBlock[1] : last;
  const lineEnd = source.indexOf("\n", end);
  end = lineEnd === -1 ? source.length : lineEnd + 1;
  const blank = /^[ \t]*(?:\n|$)/.exec(source.slice(end));
  if (blank && end < source.length) end += blank[0].length;
  return { start, end };
}
var DECORATION = [
  /^\s*$/,
  /^ {0,3}#{1,6}(?:\s|$)/,
  /^ {0,3}(?:=+|-+)\s*$/,
  /^\s*(?:[-*_]\s*){3,}$/,
  /^\s*<!--.*-->\s*$/,
  /^\s*(?:<\/?[A-Za-z][^>]*>\s*)+$/,
  /^\s*(?:<details[^>]*>\s*)?<summary[^>]*>.*<\/summary>\s*$/i,
  /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/,
  /^\s*(?:<thead>\s*)?<tr[^>]*>\s*<th\b/i,
  /back to top|⬆|🔝/i
];
function unreadLines(source, lines, zone, pieces, decoration, file) {
  const covered = /* @__PURE__ */ new Set();
  for (const [s, e] of pieces) {
    for (let l = lineAt(lines, s); l <= lineAt(lines, Math.max(s, e - 1)); l++) covered.add(l);
  }
  const problems = [];
  const first = lineAt(lines, zone.start);
  const last = lineAt(lines, Math.max(zone.start, zone.end - 1));
  for (let l = first; l <= last; l++) {
    if (covered.has(l) || decoration.has(l)) continue;
    const from = Math.max(lines[l - 1], zone.start);
    const to = Math.min(lines[l] !== void 0 ? lines[l] - 1 : source.length, zone.end);
    const text = source.slice(from, to).replace(/\r$/, "");
    if (DECORATION.some((re) => re.test(text)) || /\{count\}/.test(text)) continue;
    if (/^\s*\d+ (?:papers?|entries|items|works)\b/i.test(text)) continue;
    problems.push({
      file,
      line: l,
      message: `not read as a paper: ${JSON.stringify(text.trim().slice(0, 80))}; it is kept as written`,
      hint: "write it like the other entries (a title and a link), or move it outside the list"
    });
  }
  return problems;
}
function dataProblems(problems, list, items, file) {
  const lineOf = /* @__PURE__ */ new Map();
  const entries = items.filter((i) => i.type === "entry");
  let k = 0;
  for (const section of list.sections) {
    section.papers.forEach((_, i) => {
      const item = entries[k++];
      if (item?.type === "entry") lineOf.set(`${section.name}[${i}]`, item.entry.line);
    });
  }
  return problems.map((p) => {
    const key = [...lineOf.keys()].find((k2) => p.field?.startsWith(k2));
    const line = key === void 0 ? void 0 : lineOf.get(key);
    const out = { file, message: p.message };
    if (line !== void 0) out.line = line;
    if (p.field !== void 0) out.field = p.field;
    if (p.hint !== void 0) out.hint = p.hint;
    return out;
  });
}

export {
  importLayout
};
