// Markdown text -> mdast, the same tree remark (with GFM) gives, in time linear in the text and with
// little memory. remark spends about a millisecond per list entry and holds its token stream for
// the whole text; a paper list is mostly headings, table rows and one-line list items, so those
// are read line by line (./blocks.ts) and everything else (prose, code, HTML, nested lists, any
// line the line reader is unsure of) by remark, in pieces that end at a blank line. A piece is
// parsed with a probe paragraph after it: when the probe comes back as a paragraph of its own,
// nothing in the piece (an unclosed fence, an open HTML comment) runs on into what follows, so the
// pieces' trees are the whole text's. A text with link reference definitions (which reach across
// the whole document), carriage returns or NUL characters is parsed by remark in one go.
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { emphasisRuns } from '../limits/markdown-lines.js';
import { isBlank, type Lines, readBlock, type Block } from './blocks.js';

/** remark with GFM: the parser this module's output is the same as. */
export function parseWithRemark(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(text);
}

const PROBE = 'probe';
/** Pieces re-read because a list in them continues into the next: past this, remark reads on. */
const MAX_REREADS = 8;

/** How a text was read: blocks read line by line, and pieces (or whole texts) given to remark. */
export interface ParseCounts {
  lineBlocks: number;
  remarkPieces: number;
}

/** Where the emphasis markers given to remark passed the most it may read. */
export interface Passed {
  /** 1-based line of the piece that passed it. */
  line: number;
  markers: number;
}

/** The tree; `Infinity` markers: no bound. */
export function parseMarkdown(text: string, counts?: ParseCounts): Root {
  return parseMarkdownWithin(text, Infinity, counts) as Root;
}

/**
 * The tree, or where remark would have read more than `maxMarkers` emphasis markers: remark's
 * cost grows with them, the line reader's does not, so only what remark reads counts.
 */
export function parseMarkdownWithin(
  text: string,
  maxMarkers: number,
  counts?: ParseCounts,
): Root | Passed {
  const budget = { max: maxMarkers, used: 0, counted: 0 };
  if (/[\r\0]|\]:/.test(text)) {
    if (counts) counts.remarkPieces++;
    const markers = maxMarkers === Infinity ? 0 : emphasisRuns(text, 0, text.length);
    return markers > maxMarkers ? { line: 1, markers } : parseWithRemark(text);
  }
  const lines: Lines = { src: text, starts: lineStarts(text) };
  const count = lines.starts.length - 1;
  const children: RootContent[] = [];
  let slow: number | undefined;
  let boundary = true;
  let rereads = 0;
  for (let i = 0; i < count;) {
    if (isBlank(lines, i)) {
      i++;
      boundary = true;
      continue;
    }
    const block: Block | undefined = boundary ? readBlock(lines, i) : undefined;
    if (block && slow !== undefined) {
      const passed = spend(budget, lines, slow, i);
      if (passed) return passed;
      const piece = readPiece(lines, slow, i, block);
      if (counts) counts.remarkPieces++;
      if (piece === 'rest' || (piece === 'continues' && ++rereads > MAX_REREADS)) {
        const passed = spend(budget, lines, slow, count);
        if (passed) return passed;
        children.push(...remarkNodes(lines, slow, count));
        if (counts) counts.remarkPieces++;
        return root(text, lines, children);
      }
      if (piece !== 'continues') {
        children.push(...piece);
        slow = undefined;
      }
    }
    if (block && slow === undefined) {
      if (counts) counts.lineBlocks++;
      children.push(block.node);
      i = block.next;
      boundary = block.closed;
      continue;
    }
    slow ??= i;
    i++;
    boundary = false;
  }
  if (slow !== undefined) {
    const passed = spend(budget, lines, slow, count);
    if (passed) return passed;
    children.push(...remarkNodes(lines, slow, count));
    if (counts) counts.remarkPieces++;
  }
  return root(text, lines, children);
}

/** Counts the emphasis markers of lines `[from, to)`, about to be read by remark. */
function spend(
  budget: { max: number; used: number; counted: number },
  lines: Lines,
  from: number,
  to: number,
): Passed | undefined {
  if (budget.max === Infinity) return undefined;
  // A piece read again (it ran on into the next block) is counted once: lines up to `counted` are.
  const start = Math.max(from, budget.counted);
  if (start >= to) return undefined;
  const end = Math.min(lines.src.length, lines.starts[to]!);
  budget.used += emphasisRuns(lines.src, lines.starts[start]!, end);
  budget.counted = to;
  return budget.used > budget.max ? { line: from + 1, markers: budget.used } : undefined;
}

/**
 * The nodes of lines `[from, to)` read by remark, or why they cannot be taken: `rest` when
 * something in them runs on past their end (remark must read on to the end of the text),
 * `continues` when their last list would take in the list that `next` starts.
 */
function readPiece(
  lines: Lines,
  from: number,
  to: number,
  next: Block,
): RootContent[] | 'rest' | 'continues' {
  const start = lines.starts[from]!;
  const chunk = lines.src.slice(start, lines.starts[to]!);
  const tree = parseWithRemark(chunk + PROBE);
  const probe = tree.children.pop();
  const text = probe?.type === 'paragraph' ? probe.children : [];
  const ok =
    probe?.position?.start.offset === chunk.length &&
    text.length === 1 &&
    text[0]!.type === 'text' &&
    text[0]!.value === PROBE;
  if (!ok) return 'rest';
  const last = tree.children[tree.children.length - 1];
  if (last?.type === 'list' && next.node.type === 'list') {
    const marker = (n: { position?: { start: { offset?: number } } }, base: number) =>
      lines.src[base + (n.position?.start.offset ?? 0)];
    const same =
      last.ordered === next.node.ordered &&
      (last.ordered === true || marker(last, start) === marker(next.node, 0));
    if (same) return 'continues';
  }
  for (const node of tree.children) shift(node, start, from);
  return tree.children;
}

function remarkNodes(lines: Lines, from: number, to: number): RootContent[] {
  const start = lines.starts[from]!;
  const end = Math.min(lines.src.length, lines.starts[to]!);
  const tree = parseWithRemark(lines.src.slice(start, end));
  for (const node of tree.children) shift(node, start, from);
  return tree.children;
}

interface Positioned {
  position?: { start: Point; end: Point };
  children?: unknown[];
}
interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** Moves a node read from a piece to where the piece is: `offset` characters, `lines` lines on. */
function shift(node: Positioned, offset: number, lines: number): void {
  if (node.position) {
    for (const p of [node.position.start, node.position.end]) {
      p.offset = (p.offset ?? 0) + offset;
      p.line += lines;
    }
  }
  for (const child of node.children ?? []) shift(child as Positioned, offset, lines);
}

/** Offsets where each line starts, and one past the text's end (as if it ended with a newline). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  starts.push(text.length + 1);
  return starts;
}

/** The root of the tree; `lines` are the text's line starts (its last line starts there). */
function root(text: string, lines: Lines, children: RootContent[]): Root {
  const line = lines.starts.length - 1;
  const lastLine = lines.starts[line - 1]!;
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line, column: text.length - lastLine + 1, offset: text.length },
    },
  };
}
