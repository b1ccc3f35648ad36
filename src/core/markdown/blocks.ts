// The blocks a paper list is mostly made of, read line by line into mdast: an ATX heading, an HTML
// comment on a line of its own, a GFM table whose rows each start with `|`, and a tight list whose
// items are one line each. Each reader checks that the block ends where remark would end it (a
// blank line, or for a heading and a comment the line itself) and that its inline text is plain
// (./inline.ts); otherwise it answers undefined and the lines are left to remark.
import type { AlignType, Heading, Html, List, ListItem, Table, TableCell, TableRow } from 'mdast';
import { isBlankRest, listMarkerWidth } from '../limits/markdown-lines.js';
import { parseInline } from './inline.js';
import { type Place, placeOf } from './place.js';

/** The text and where each line starts (the last entry is the text's length plus one). */
export interface Lines {
  src: string;
  starts: number[];
}

export interface Block {
  node: Heading | Html | Table | List;
  /** Index of the line after the block. */
  next: number;
  /** The line after it may start a block without a blank line between (heading, comment). */
  closed: boolean;
}

/** End of line `i` (before its line break). */
export function lineEnd(lines: Lines, i: number): number {
  return lines.starts[i + 1]! - 1;
}

export function isBlank(lines: Lines, i: number): boolean {
  // A CR would count as a space here, but a text with one is read by remark as a whole.
  return isBlankRest(lines.src, lines.starts[i]!, lineEnd(lines, i));
}

const placeAt = (lines: Lines, i: number): Place => ({ line: i + 1, lineStart: lines.starts[i]! });

/** The block starting at line `i`, when it is one of the shapes read here. */
export function readBlock(lines: Lines, i: number): Block | undefined {
  const c = lines.src[lines.starts[i]!];
  if (c === '#') return heading(lines, i);
  if (c === '<') return comment(lines, i);
  if (c === '|') return table(lines, i);
  return list(lines, i);
}

function heading(lines: Lines, i: number): Block | undefined {
  const s = lines.starts[i]!;
  const e = lineEnd(lines, i);
  const m = /^(#{1,6}) +/.exec(lines.src.slice(s, e));
  if (!m) return undefined;
  let to = e;
  while (to > s && lines.src[to - 1] === ' ') to--;
  const from = s + m[0].length;
  if (to <= from || lines.src[to - 1] === '#' || /[\t]/.test(lines.src.slice(s, e))) {
    return undefined;
  }
  const children = parseInline(lines.src, from, to, placeAt(lines, i));
  if (!children) return undefined;
  const depth = m[1]!.length as Heading['depth'];
  const node: Heading = {
    type: 'heading',
    depth,
    children,
    position: placeOf(placeAt(lines, i), s, e),
  };
  return { node, next: i + 1, closed: true };
}

function comment(lines: Lines, i: number): Block | undefined {
  const s = lines.starts[i]!;
  const e = lineEnd(lines, i);
  const value = lines.src.slice(s, e);
  // One comment alone on its line: the HTML block ends on the line holding `-->`.
  if (!/^<!--(?:(?!--)[^\t])*-->[ ]*$/.test(value) || /^<!--->|^<!-->/.test(value)) {
    return undefined;
  }
  const node: Html = { type: 'html', value, position: placeOf(placeAt(lines, i), s, e) };
  return { node, next: i + 1, closed: true };
}

interface Cell {
  /** The cell: from its `|` to the next one, the last to the line's end. */
  start: number;
  end: number;
  /** Its content, spaces around it trimmed. */
  from: number;
  to: number;
}

/** The cells of a row line (which starts with `|`); `\\|` and `\\\\` do not split. */
function splitRow(src: string, s: number, e: number): Cell[] {
  const pipes: number[] = [];
  for (let k = s; k < e; k++) {
    const c = src[k];
    if (c === '\\' && (src[k + 1] === '|' || src[k + 1] === '\\')) k++;
    else if (c === '|') pipes.push(k);
  }
  let last = e;
  while (last > s && src[last - 1] === ' ') last--;
  const trailing = pipes.length > 1 && pipes[pipes.length - 1] === last - 1;
  const count = trailing ? pipes.length - 1 : pipes.length;
  const cells: Cell[] = [];
  for (let j = 0; j < count; j++) {
    const end = j + 1 < count ? pipes[j + 1]! : e;
    let from = pipes[j]! + 1;
    let to = j + 1 < count ? end : trailing ? pipes[count]! : e;
    while (from < to && src[from] === ' ') from++;
    while (to > from && src[to - 1] === ' ') to--;
    cells.push({ start: pipes[j]!, end, from, to });
  }
  return cells;
}

const ALIGN = /^(:?)-+(:?)$/;

function table(lines: Lines, i: number): Block | undefined {
  const { src } = lines;
  if (i + 1 >= lines.starts.length - 1) return undefined;
  const headerEnd = lineEnd(lines, i);
  const delimStart = lines.starts[i + 1]!;
  const delimEnd = lineEnd(lines, i + 1);
  if (/\t/.test(src.slice(lines.starts[i]!, delimEnd))) return undefined;
  const delims = splitRow(src, delimStart, delimEnd);
  if (src[delimStart] !== '|') return undefined;
  const align: AlignType[] = [];
  for (const cell of delims) {
    const m = ALIGN.exec(src.slice(cell.from, cell.to));
    if (!m) return undefined;
    align.push(m[1] && m[2] ? 'center' : m[1] ? 'left' : m[2] ? 'right' : null);
  }
  const header = row(lines, i, headerEnd);
  if (!header || header.children.length !== align.length) return undefined;
  const rows: TableRow[] = [header];
  let n = i + 2;
  for (; n < lines.starts.length - 1 && !isBlank(lines, n); n++) {
    if (src[lines.starts[n]!] !== '|') return undefined;
    const r = row(lines, n, lineEnd(lines, n));
    if (!r) return undefined;
    rows.push(r);
  }
  // Without body rows the table ends with its delimiter row.
  const end =
    rows.length > 1
      ? rows[rows.length - 1]!.position!.end
      : placeOf(placeAt(lines, i + 1), delimStart, delimEnd).end;
  const position = { start: header.position!.start, end };
  return { node: { type: 'table', align, children: rows, position }, next: n, closed: false };
}

function row(lines: Lines, i: number, e: number): TableRow | undefined {
  const { src } = lines;
  const s = lines.starts[i]!;
  if (/\t/.test(src.slice(s, e))) return undefined;
  const place = placeAt(lines, i);
  const cells: TableCell[] = [];
  for (const cell of splitRow(src, s, e)) {
    const children = cell.from < cell.to ? parseInline(src, cell.from, cell.to, place) : [];
    if (!children) return undefined;
    cells.push({ type: 'tableCell', children, position: placeOf(place, cell.start, cell.end) });
  }
  return { type: 'tableRow', children: cells, position: placeOf(place, s, e) };
}

/** `- `, `* `, `+ `, `1. ` or `1) ` at the line's start, then text that starts no other block. */
const ITEM = /^(?:([-*+])|(\d{1,9})([.)])) (?=[^ \t])/;
const NOT_TEXT =
  /^(?:[-*+](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|\d{1,9}[.)](?:[ \t]|$)|`{3,}|~{3,}|<|\[[ xX]\](?:[ \t]|$)|(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$|=+[ \t]*$)/;

function itemKind(lines: Lines, i: number): { kind: string; width: number; n: number } | undefined {
  const s = lines.starts[i]!;
  const text = lines.src.slice(s, lineEnd(lines, i));
  const m = ITEM.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  if (NOT_TEXT.test(rest) || /\t/.test(text)) return undefined;
  return { kind: m[1] ?? m[3]!, width: m[0].length, n: m[2] === undefined ? -1 : Number(m[2]) };
}

function list(lines: Lines, i: number): Block | undefined {
  const first = itemKind(lines, i);
  if (!first) return undefined;
  const items: ListItem[] = [];
  const count = lines.starts.length - 1;
  let n = i;
  for (; n < count && !isBlank(lines, n); n++) {
    const kind = itemKind(lines, n);
    if (!kind || kind.kind !== first.kind) return undefined;
    const item = listItem(lines, n, kind.width);
    if (!item) return undefined;
    items.push(item);
  }
  // After blank lines, an indented line or an item of the same kind would continue the list.
  let after = n;
  while (after < count && isBlank(lines, after)) after++;
  if (after < count) {
    const start = lines.starts[after]!;
    const c = lines.src[start];
    if (c === ' ' || c === '\t') return undefined;
    if (listMarkerWidth(lines.src, start, lineEnd(lines, after)) > 0) return undefined;
  }
  const position = {
    start: items[0]!.position!.start,
    end: items[items.length - 1]!.position!.end,
  };
  const node: List = {
    type: 'list',
    ordered: first.n >= 0,
    start: first.n >= 0 ? first.n : null,
    spread: false,
    children: items,
    position,
  };
  return { node, next: n, closed: false };
}

function listItem(lines: Lines, i: number, width: number): ListItem | undefined {
  const s = lines.starts[i]!;
  const e = lineEnd(lines, i);
  // Where remark ends an item with spaces after it depends on what comes before them: not read here.
  if (lines.src[e - 1] === ' ') return undefined;
  const place = placeAt(lines, i);
  const children = parseInline(lines.src, s + width, e, place);
  if (!children) return undefined;
  const paragraph = {
    type: 'paragraph' as const,
    children,
    position: placeOf(place, s + width, e),
  };
  return {
    type: 'listItem',
    spread: false,
    checked: null,
    children: [paragraph],
    position: placeOf(place, s, e),
  };
}
