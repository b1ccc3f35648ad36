// The zone's top-level blocks, read in order into headings and entries. Tables, lists and
// paragraphs are read by their own readers; an HTML block that wraps Markdown (`<details>` with a
// table inside and no blank line) has its Markdown read too, and an HTML `<table>` its rows.
import type { Heading, RootContent } from 'mdast';
import { parseMarkdown } from '../../markdown/parse.js';
import { inlineText } from './text.js';
import type { Entry } from './entry.js';
import { readHtmlTable } from './html.js';
import { readHtmlBlocks } from './html-block.js';
import { withSummary } from './summary.js';
import { endOf, startOf } from './inline.js';
import { readList } from './list.js';
import { isProse, lineAt, readParagraph } from './paragraph.js';
import { readTable } from './table.js';

export interface HeadingItem {
  type: 'heading';
  level: number;
  text: string;
  /** The heading's source, from its line's start to its end (without the line break). */
  start: number;
  end: number;
  line: number;
  /** The heading as written. */
  source: string;
}

export type Item = HeadingItem | { type: 'entry'; entry: Entry };

export interface Collected {
  items: Item[];
  /** Lines that are layout, not content: table headers and delimiter rows. */
  decoration: Set<number>;
  /** Lines of prose and quotes: kept as text, and never named as entries that could not be read. */
  prose: Set<number>;
  /** Each top-level block's [start, end), for placing markers between blocks. */
  blocks: [number, number][];
}

/** Reads `nodes`; an HTML block that runs past `until` (the end marker) is read up to it. */
export function collect(
  nodes: readonly RootContent[],
  source: string,
  lines: readonly number[],
  until = source.length,
): Collected {
  const out: Collected = { items: [], decoration: new Set(), prose: new Set(), blocks: [] };
  for (const node of nodes) {
    out.blocks.push([startOf(node), endOf(node)]);
    if (node.type === 'html' && endOf(node) > until) {
      readHtml(source.slice(startOf(node), until), startOf(node), source, lines, out);
    } else readBlock(node, source, lines, out);
  }
  return out;
}

function readBlock(node: RootContent, source: string, lines: readonly number[], out: Collected) {
  const block = out.blocks.length - 1;
  const entries = (list: Entry[]) =>
    list.forEach((entry) => {
      entry.block = block;
      out.items.push({ type: 'entry', entry });
    });
  switch (node.type) {
    case 'heading':
      out.items.push(headingItem(node, source, lines));
      break;
    case 'table': {
      const start = lineAt(lines, startOf(node));
      out.decoration.add(start);
      out.decoration.add(start + 1);
      entries(readTable(node, source, lines));
      break;
    }
    case 'list':
      entries(readList(node, source, lines));
      break;
    case 'paragraph': {
      const entry = readParagraph(node, source, lines);
      if (entry) entries([entry]);
      else if (isProse(node, source)) addLines(node, lines, out.prose);
      break;
    }
    case 'html':
      // A comment is the maintainer's note, hidden on the page: never an entry.
      if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) addLines(node, lines, out.prose);
      else readHtml(node.value, startOf(node), source, lines, out);
      break;
    case 'blockquote': {
      const last = out.items[out.items.length - 1];
      const entry =
        last?.type === 'entry' && last.entry.kind === 'paragraph' ? last.entry : undefined;
      const summed = entry && withSummary(entry, node, source);
      if (summed) out.items[out.items.length - 1] = { type: 'entry', entry: summed };
      else addLines(node, lines, out.prose);
      break;
    }
    default:
      break;
  }
}

function addLines(node: RootContent, lines: readonly number[], into: Set<number>) {
  const last = lineAt(lines, Math.max(startOf(node), endOf(node) - 1));
  for (let l = lineAt(lines, startOf(node)); l <= last; l++) into.add(l);
}

function headingItem(node: Heading, source: string, lines: readonly number[]): HeadingItem {
  const start = startOf(node);
  const end = endOf(node);
  const text = inlineText(node.children).trim();
  const fallback = source.slice(start, end).replace(/^#+\s*|\s*#*\s*$/g, '');
  return {
    type: 'heading',
    level: node.depth,
    text: text !== '' ? text : fallback,
    start,
    end,
    line: lineAt(lines, start),
    source: source.slice(start, end),
  };
}

/** An HTML block: its `<table>` rows, its `<p>` paper blocks, or the Markdown between its leading and trailing tags. */
function readHtml(
  value: string,
  at: number,
  source: string,
  lines: readonly number[],
  out: Collected,
) {
  if (/<table[\s>]/i.test(value)) {
    const table = readHtmlTable(value, at, source, lines);
    if (table.length > 0) {
      table.forEach((entry) => out.items.push({ type: 'entry', entry }));
      return;
    }
  }
  if (/<p\b/i.test(value)) {
    const blocks = readHtmlBlocks(value, at, source, lines);
    if (blocks.length > 0) {
      blocks.forEach((entry) => out.items.push({ type: 'entry', entry }));
      return;
    }
  }
  // `<details><summary>..</summary>` then Markdown without a blank line: GFM keeps it all as HTML.
  const tagLine = /^[ \t]*<\/?[A-Za-z][^\n]*(?:\n|$)/;
  let from = 0;
  for (let m = tagLine.exec(value); m && from < value.length; m = tagLine.exec(value.slice(from))) {
    from += m[0].length;
  }
  if (from === 0 || from >= value.length) return;
  const inner = value.slice(from);
  const tree = parseMarkdown(inner);
  // Positions of the inner parse are relative to it: shift them to the README's.
  const base = at + from;
  shift(tree, base, lineAt(lines, base) - 1);
  if (source.slice(base, base + inner.length) !== inner) return;
  for (const node of tree.children) {
    if (node.type === 'html') continue;
    readBlock(node, source, lines, out);
  }
}

function shift(
  node: { position?: { start: Point; end: Point }; children?: unknown[] },
  offset: number,
  lines: number,
) {
  if (node.position) {
    node.position.start.offset = (node.position.start.offset ?? 0) + offset;
    node.position.end.offset = (node.position.end.offset ?? 0) + offset;
    node.position.start.line += lines;
    node.position.end.line += lines;
  }
  for (const child of node.children ?? []) shift(child as typeof node, offset, lines);
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}
