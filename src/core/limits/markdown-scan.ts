// The Markdown pre-scan: one pass over the lines, following block quotes and list items the way the
// parser opens and continues them (markers, indentation, lazy continuation lines), skipping fenced
// code, and counting table columns and cells and emphasis markers. It measures what makes the parser
// slow or deep (remark recurses once per container level and resolves emphasis in time that grows
// faster than the text), so the caller can refuse a text before the parser sees it.

import {
  emphasisRuns,
  fenceAt,
  hasPipe,
  isBlankRest,
  isDelimiterRow,
  isQuoteMarker,
  isThematicBreak,
  listMarkerWidth,
  skipIndent,
  tableCells,
} from './markdown-lines.js';

/** A largest value and the 1-based line where it is first reached. */
export interface Peak {
  max: number;
  line: number;
}

export interface MarkdownShape {
  /** Containers (block quotes and list items) nested in each other. */
  depth: Peak & { quotes: number };
  /** Cells in one table row. */
  columns: Peak;
  /** Table cells in the whole text; `line` is where the total first passed its threshold. */
  cells: Peak;
  /** Emphasis markers in one paragraph or table row. */
  blockMarkers: Peak;
  /** Emphasis markers in the whole text; `line` as for `cells`. */
  markers: Peak;
  /** Steps taken (characters looked at, containers opened and matched): for tests. */
  work: number;
}

interface Container {
  quote: boolean;
  /** Columns of indentation a list item's continuation lines need; 0 for a block quote. */
  width: number;
}

interface State {
  text: string;
  line: number;
  stack: Container[];
  /** Indexes in `stack` of the block quotes, in order: a blank line closes from the first. */
  quotes: number[];
  fence: { char: number; length: number } | undefined;
  paragraph: boolean;
  table: boolean;
  prevCells: number;
  prevPipe: boolean;
  runs: number;
  thresholds: Totals;
  shape: MarkdownShape;
}

/** Totals past which the scan notes the line (for cells and markers); none by default. */
export interface Totals {
  cells: number;
  markers: number;
}

const peak = (): Peak => ({ max: 0, line: 0 });

/** The shape of a Markdown text, in one pass linear in its length. */
export function markdownShape(
  text: string,
  thresholds: Totals = { cells: Infinity, markers: Infinity },
): MarkdownShape {
  const s: State = {
    text,
    line: 0,
    stack: [],
    quotes: [],
    fence: undefined,
    paragraph: false,
    table: false,
    prevCells: 0,
    prevPipe: false,
    runs: 0,
    thresholds,
    shape: {
      depth: { ...peak(), quotes: 0 },
      columns: peak(),
      cells: peak(),
      blockMarkers: peak(),
      markers: peak(),
      work: 0,
    },
  };
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    s.line++;
    s.shape.work += end - start + 1;
    scanLine(s, start, end);
    start = end + 1;
  }
  return s.shape;
}

function raise(p: Peak, value: number, line: number): void {
  if (value > p.max) {
    p.max = value;
    p.line = line;
  }
}

/** Adds to a running total, noting the line where it first passes `threshold`. */
function add(p: Peak, value: number, threshold: number, line: number): void {
  if (p.max <= threshold && p.max + value > threshold) p.line = line;
  p.max += value;
}

function truncate(s: State, length: number): void {
  s.stack.length = Math.min(s.stack.length, length);
  while ((s.quotes.at(-1) ?? -1) >= length) s.quotes.pop();
}

function push(s: State, container: Container): void {
  if (container.quote) s.quotes.push(s.stack.length);
  s.stack.push(container);
  s.shape.work++;
  const { depth } = s.shape;
  if (s.stack.length > depth.max) {
    depth.max = s.stack.length;
    depth.line = s.line;
    depth.quotes = s.quotes.length;
  }
}

/**
 * How many open containers the line continues, the column their content starts at, and where the
 * line's own text starts (`rest`, after any further indentation). Each character is looked at once.
 */
function matchContainers(s: State, start: number, end: number) {
  const { text } = s;
  let col = 0;
  let rest = skipIndent(text, start, end, 0);
  s.shape.work += rest.i - start;
  let matched = 0;
  for (; matched < s.stack.length; matched++) {
    const container = s.stack[matched]!;
    s.shape.work++;
    if (container.quote) {
      if (rest.col - col > 3 || !isQuoteMarker(text, rest.i)) break;
      let i = rest.i + 1;
      col = rest.col + 1;
      if (text.charCodeAt(i) === 0x20) {
        i++;
        col++;
      }
      rest = skipIndent(text, i, end, col);
      s.shape.work += rest.i - i;
    } else {
      // The indentation past the item's width belongs to what the item holds.
      if (rest.col - col < container.width) break;
      col += container.width;
    }
  }
  return { matched, col, rest };
}

function scanLine(s: State, start: number, end: number): void {
  const { text } = s;
  if (isBlankRest(text, start, end)) {
    // A blank line continues every list item and ends every block quote.
    truncate(s, s.quotes[0] ?? s.stack.length);
    if (s.fence === undefined) endBlock(s);
    return;
  }
  const { matched, col, rest } = matchContainers(s, start, end);
  if (s.fence !== undefined) {
    const close = fenceAt(text, rest.i, end);
    const fence = s.fence;
    if (close && close.char === fence.char && close.length >= fence.length) {
      if (isBlankRest(text, rest.i + close.length, end)) s.fence = undefined;
    }
    return;
  }
  const opens =
    rest.col - col <= 3 &&
    (isQuoteMarker(text, rest.i) ||
      (!isThematicBreak(text, rest.i, end) && listMarkerWidth(text, rest.i, end) > 0));
  // A lazy line continues the paragraph of containers it does not mark: they stay open.
  if (matched < s.stack.length && !(s.paragraph && !opens)) {
    truncate(s, matched);
    endBlock(s);
  }
  const content = openContainers(s, rest.i, rest.col, col, end);
  readContent(s, content, end);
}

/** Opens the block quotes and list items the line starts with; returns where its text starts. */
function openContainers(s: State, i: number, col: number, base: number, end: number): number {
  const { text } = s;
  while (col - base <= 3) {
    if (isQuoteMarker(text, i)) {
      push(s, { quote: true, width: 0 });
      i++;
      col++;
      if (text.charCodeAt(i) === 0x20) {
        i++;
        col++;
      }
    } else {
      const marker = isThematicBreak(text, i, end) ? 0 : listMarkerWidth(text, i, end);
      if (marker === 0) break;
      const after = skipIndent(text, i + marker, end, col + marker);
      s.shape.work += after.i - i;
      const spaces = after.col - col - marker;
      const plain = after.i < end && spaces <= 4;
      push(s, { quote: false, width: col - base + marker + (plain ? spaces : 1) });
      if (!plain) return after.i;
      i = after.i;
      col = after.col;
    }
    endBlock(s);
    base = col;
    const next = skipIndent(text, i, end, col);
    s.shape.work += next.i - i;
    i = next.i;
    col = next.col;
  }
  return i;
}

function endBlock(s: State): void {
  s.runs = 0;
  s.paragraph = false;
  s.table = false;
  s.prevPipe = false;
}

/** The line's own text: a fence, a heading, a table row or paragraph text. */
function readContent(s: State, i: number, end: number): void {
  const { text, shape } = s;
  const fence = fenceAt(text, i, end);
  if (fence) {
    endBlock(s);
    s.fence = fence;
    return;
  }
  const runs = emphasisRuns(text, i, end);
  shape.work += end - i;
  add(shape.markers, runs, s.thresholds.markers, s.line);
  const pipe = hasPipe(text, i, end);
  if (!s.table && s.paragraph && isDelimiterRow(text, i, end) && (pipe || s.prevPipe)) {
    s.table = true;
    row(s, s.prevCells, s.line - 1);
    row(s, tableCells(text, i, end), s.line);
    return;
  }
  if (s.table) {
    row(s, tableCells(text, i, end), s.line);
    raise(shape.blockMarkers, runs, s.line);
    return;
  }
  const heading = text.charCodeAt(i) === 0x23;
  if (heading) endBlock(s);
  s.runs += runs;
  raise(shape.blockMarkers, s.runs, s.line);
  s.paragraph = !heading;
  s.prevPipe = pipe;
  s.prevCells = pipe ? tableCells(text, i, end) : 1;
}

function row(s: State, cells: number, line: number): void {
  raise(s.shape.columns, cells, line);
  add(s.shape.cells, cells, s.thresholds.cells, line);
}
