// README -> data and layout, in any layout: the list zone (between the main markers, or found: from
// the first list heading to the last entry), its sections and entries, and the layout that renders
// the zone back byte for byte. Every line of the zone that is neither an entry nor a heading, blank
// or known decoration is reported with its line: it is kept as written, but it is not a paper, and a
// person should look at it.
import type { Root, RootContent } from 'mdast';
import { loadData } from '../../data/load.js';
import { serializeData } from '../../data/serialize.js';
import type { Problem } from '../../problem.js';
import type { LayoutSettings } from '../../settings/layout.js';
import type { MarkerPair } from '../../settings/types.js';
import type { Success } from '../../result.js';
import type { PaperList } from '../../types.js';
import { assemble } from './assemble.js';
import { parseReadme } from './parse.js';
import { collect, type Item } from './collect.js';
import { endOf, startOf } from './inline.js';
import { lineAt, lineStarts } from './paragraph.js';

export interface LayoutImport {
  list: PaperList;
  layout: LayoutSettings;
  problems: Problem[];
  /**
   * Every line of the zone kept as written that is neither an entry nor decoration, said with its
   * line (`problems` names only those that may be entries; a hand edit says them all).
   */
  texts: Problem[];
  /** The zone's content: between the markers, or where `init` puts them ([start, end) offsets). */
  zone: { start: number; end: number; marked: boolean };
  /** Number of entries read. */
  entries: number;
  /** The data file written from `list` and the list loaded back from it, when it loads. */
  data?: { text: string; loaded: Success<PaperList> };
}

export interface LayoutImportOptions {
  markers: MarkerPair;
  /** Name of a section whose entries stand under no heading. */
  fallbackName?: string;
  /** The README already parsed (by `parseReadme`, which holds it to the bounds), so a caller reading it twice parses it once. */
  tree?: Root;
}

export function importLayout(
  markdown: string,
  file: string,
  options: LayoutImportOptions,
): LayoutImport {
  // The parser's cost grows with nesting, width and emphasis: past a bound, nothing is parsed.
  const parsed = options.tree ? { tree: options.tree } : parseReadme(markdown, file);
  const refused = parsed.refused;
  const tree = parsed.tree ?? { type: 'root' as const, children: [] };
  const lines = lineStarts(markdown);
  const marked = markedZone(tree.children, markdown, options.markers);
  const nodes = marked ? marked.nodes : tree.children;
  const { items, decoration, prose, blocks } = collect(nodes, markdown, lines, marked?.end);
  const kept = marked
    ? dropTitleHeading(items)
    : withoutRepositories(afterContents(dropTitleHeading(items), nodes));
  const name = options.fallbackName ?? 'Papers';
  let zone = marked
    ? { start: marked.start, end: marked.end, marked: true }
    : { start: 0, end: markdown.length, marked: false };
  let result = assemble(kept, markdown, zone.start, zone.end, name);
  if (!marked && result.pieces.length > 0) {
    zone = { ...foundZone(result.pieces, blocks, markdown), marked: false };
    result = assemble(kept, markdown, zone.start, zone.end, name);
  }
  const list: PaperList = { sections: result.sections };
  const entries = result.sections.reduce((n, s) => n + s.papers.length, 0);
  const problems: Problem[] = [];
  let texts: { problem: Problem; text: string }[] = [];
  let data: LayoutImport['data'];
  if (refused) {
    problems.push(refused);
  } else if (entries === 0) {
    problems.push({
      file,
      message: 'no paper entries were found, so there is nothing to import',
      hint: 'entries are table rows with a Title column, or list items and paragraphs with a title and a link',
    });
  } else {
    texts = unreadLines(markdown, lines, zone, result.pieces, decoration, file);
    problems.push(
      ...texts
        .filter((t) => mayBeEntry(t.text, kept) && !prose.has(t.problem.line ?? 0))
        .map((t) => t.problem),
    );
    const text = serializeData(list);
    const loaded = loadData(text, file);
    if (loaded.ok) data = { text, loaded };
    else problems.push(...dataProblems(loaded.problems, list, kept, file));
  }
  return {
    list,
    layout: result.layout,
    problems,
    texts: texts.map((t) => t.problem),
    zone,
    entries,
    ...(data ? { data } : {}),
  };
}

/**
 * The zone between the markers, found as text (a marker may sit at the end of an HTML block): the
 * top-level blocks that start inside it.
 */
function markedZone(nodes: readonly RootContent[], source: string, markers: MarkerPair) {
  const s = source.indexOf(markers.start);
  const e = source.indexOf(markers.end);
  if (s === -1 || e === -1 || e < s) return undefined;
  const start = s + markers.start.length;
  const inside = nodes.filter((n) => startOf(n) >= start && startOf(n) < e);
  return { nodes: inside, start, end: e };
}

/**
 * A table of contents introduces the list: a list of three or more links (nested ones count) that
 * all go to anchors of this README (`[Models](#models)`). When most entries come after it, what
 * comes before it (intro, news, highlighted papers) is not part of the list.
 */
function afterContents(items: Item[], nodes: readonly RootContent[]): Item[] {
  let end = -1;
  for (const node of nodes) {
    if (node.type === 'list' && anchorsOnly(node) >= 3) end = endOf(node);
  }
  if (end === -1) return items;
  const entries = items.filter((i) => i.type === 'entry');
  const later = entries.filter((i) => i.type === 'entry' && i.entry.start > end).length;
  if (later * 2 < entries.length) return items;
  return items.filter((i) => (i.type === 'entry' ? i.entry.start : i.start) > end);
}

/** How many links `node` holds when all go to anchors of this README; 0 when one goes elsewhere. */
function anchorsOnly(node: RootContent): number {
  let links = 0;
  // Stops at the first link to anywhere else.
  const walk = (n: { type: string; url?: string; children?: unknown[] }): boolean => {
    if (n.type === 'link' && n.url !== undefined) {
      links++;
      if (!/^(?:\.\/)?#/.test(n.url)) return false;
    }
    return (n.children ?? []).every((c) => walk(c as typeof n));
  };
  return walk(node) ? links : 0;
}

/**
 * Sections at the end of the list whose every item is only a link to a code repository's front
 * page, named as the repository (`[Awesome X](https://github.com/owner/Awesome-X)`), name related
 * repositories, not papers: they stay outside the list.
 */
function withoutRepositories(items: Item[]): Item[] {
  // Headings after the last entry (contributors, license) have no entries to weigh.
  let last = items.findLastIndex((i) => i.type === 'entry');
  let end = items.length;
  for (;;) {
    const heading = items.findLastIndex((i, k) => k < last && i.type === 'heading');
    const group = items.slice(heading + 1, last + 1);
    if (heading === -1 || !group.every(repositoryOnly)) break;
    end = heading;
    // A heading left with nothing under it (the related lists' parent) goes with them.
    while (end > 0 && items[end - 1]!.type === 'heading') end--;
    last = end - 1;
  }
  return end === items.length ? items : items.slice(0, end);
}

const REPOSITORY = /^https?:\/\/(?:www\.)?(?:github|gitlab)\.com\/[^/\s]+\/([^/\s?#]+)\/?$/i;
const plainName = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function repositoryOnly(item: Item): boolean {
  if (item.type !== 'entry') return false;
  const { paper } = item.entry;
  const fields = Object.keys(paper.extra).length > 0 || paper.year || paper.venue || paper.abbr;
  const repository = paper.links.length === 1 ? REPOSITORY.exec(paper.links[0]!.url) : null;
  return !fields && repository !== null && plainName(repository[1]!) === plainName(paper.title);
}

/** A lone `# Title` is the document's name, not a category of the list. */
function dropTitleHeading(items: readonly Item[]): Item[] {
  const top = items.filter((i) => i.type === 'heading' && i.level === 1);
  return top.length === 1 ? items.filter((i) => i !== top[0]) : [...items];
}

/**
 * Where markers go: before the block holding the first piece, and after the block holding the last
 * one (and the blank line after it), so no marker splits a table, a list or a code block.
 */
function foundZone(pieces: [number, number][], blocks: [number, number][], source: string) {
  const first = pieces[0]![0];
  const last = pieces[pieces.length - 1]![1];
  const startBlock = blocks.find(([s, e]) => s <= first && first <= e);
  const endBlock = blocks.find(([s, e]) => s <= last && last <= e);
  let start = startBlock ? startBlock[0] : first;
  start = source.lastIndexOf('\n', start - 1) + 1;
  let end = endBlock ? endBlock[1] : last;
  const lineEnd = source.indexOf('\n', end);
  end = lineEnd === -1 ? source.length : lineEnd + 1;
  const blank = /^[ \t]*(?:\n|$)/.exec(source.slice(end));
  if (blank && end < source.length) end += blank[0].length;
  return { start, end };
}

const DECORATION = [
  /^\s*$/,
  /^ {0,3}#{1,6}(?:\s|$)/,
  /^ {0,3}(?:=+|-+)\s*$/,
  /^\s*(?:[-*_]\s*){3,}$/,
  /^\s*<!--.*-->\s*$/,
  /^\s*(?:<\/?[A-Za-z][^>]*>\s*)+$/,
  /^\s*(?:<details[^>]*>\s*)?<summary[^>]*>.*<\/summary>\s*$/i,
  /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/,
  /^\s*(?:<thead>\s*)?<tr[^>]*>\s*<th\b/i,
  /back to top|⬆|🔝/i,
];

function unreadLines(
  source: string,
  lines: readonly number[],
  zone: { start: number; end: number },
  pieces: [number, number][],
  decoration: Set<number>,
  file: string,
): { problem: Problem; text: string }[] {
  const covered = new Set<number>();
  for (const [s, e] of pieces) {
    for (let l = lineAt(lines, s); l <= lineAt(lines, Math.max(s, e - 1)); l++) covered.add(l);
  }
  const problems: { problem: Problem; text: string }[] = [];
  const first = lineAt(lines, zone.start);
  const last = lineAt(lines, Math.max(zone.start, zone.end - 1));
  for (let l = first; l <= last; l++) {
    if (covered.has(l) || decoration.has(l)) continue;
    const from = Math.max(lines[l - 1]!, zone.start);
    const to = Math.min(lines[l] !== undefined ? lines[l]! - 1 : source.length, zone.end);
    const text = source.slice(from, to).replace(/\r$/, '');
    if (DECORATION.some((re) => re.test(text)) || /\{count\}/.test(text)) continue;
    if (/^\s*\d+ (?:papers?|entries|items|works)\b/i.test(text)) continue;
    problems.push({
      text,
      problem: {
        file,
        line: l,
        message: `not read as a paper: ${JSON.stringify(text.trim().slice(0, 80))}; it is kept as written`,
        hint: 'write it like the other entries (a title and a link), or move it outside the list',
      },
    });
  }
  return problems;
}

/**
 * Text without a web link of its own (prose, a table of contents) is kept as the text of the
 * section it follows: only a line that could be an entry is named.
 */
function mayBeEntry(text: string, items: readonly Item[]): boolean {
  return webLink(text) || (listItemText(text) && writesItems(items));
}

/**
 * Whether the list writes its papers as list items: where its entries are table rows or HTML
 * blocks, an item that links nowhere (a point of an introduction) is text, not a paper.
 */
function writesItems(items: readonly Item[]): boolean {
  return items.some((i) => i.type === 'entry' && i.entry.kind === 'list');
}

/** A list item of three words or more that links nowhere in this README: it may be a paper. */
function listItemText(text: string): boolean {
  const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(text)?.[1];
  if (item === undefined || /\]\(#|href="#/.test(item)) return false;
  return (item.replace(/[*_`[\]]/g, '').match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 3;
}

/** A link to a web page (not an image, a badge or an anchor of this README). */
function webLink(text: string): boolean {
  const urls = [...text.matchAll(/\]\((https?:[^)\s]*)|href="(https?:[^"]*)"/g)].map(
    (m) => m[1] ?? m[2]!,
  );
  return urls.some((u) => !/img\.shields\.io|badge|\.(?:svg|png|jpe?g|gif)(?:\?|$)/i.test(u));
}

/** What `validate` would refuse in the data file, pointed at the entry's line. */
function dataProblems(
  problems: readonly Problem[],
  list: PaperList,
  items: readonly Item[],
  file: string,
): Problem[] {
  const lineOf = new Map<string, number>();
  // A section's own field (its category, an empty name) is said at the heading above its first entry.
  const headingOf = new Map<string, number>();
  const entries = items.filter((i) => i.type === 'entry');
  let k = 0;
  for (const section of list.sections) {
    section.papers.forEach((_, i) => {
      const item = entries[k++];
      if (item?.type !== 'entry') return;
      lineOf.set(`${section.name}[${i}]`, item.entry.line);
      if (i > 0) return;
      const heading = items.findLast((h) => h.type === 'heading' && h.start < item.entry.start);
      if (heading?.type === 'heading') headingOf.set(section.name, heading.line);
    });
  }
  const sectionLine = (field: string | undefined) => {
    if (field === undefined) return headingOf.get('');
    const name = [...headingOf.keys()].find((n) => field === n || field.startsWith(`${n}.`));
    return name === undefined ? undefined : headingOf.get(name);
  };
  return problems.map((p) => {
    const key = [...lineOf.keys()].find((k) => p.field?.startsWith(k));
    const heading = key === undefined ? sectionLine(p.field) : undefined;
    const line = heading ?? (key === undefined ? undefined : lineOf.get(key));
    const out: Problem = { file, message: p.message };
    if (line !== undefined) out.line = line;
    if (p.field !== undefined) out.field = p.field;
    // The data file's hint speaks of its own text; a section's value was read from a heading.
    if (heading !== undefined) out.hint = "write the heading's text after its # marks";
    else if (p.hint !== undefined) out.hint = p.hint;
    return out;
  });
}
