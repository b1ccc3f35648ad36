// How deeply a YAML text nests its collections, found in one pass over its characters before any
// parser sees it: both YAML parsers recurse once per level, so 20,000 nested `- ` or 100,000 `[`
// exhaust the stack. Block collections are tracked by the columns they start at, flow collections
// by their brackets (outside quotes and comments); block scalars' contents are skipped. The count
// matches the parsers' on ordinary files and errs on the deep side on odd ones, never by much.

import type { Problem } from '../problem.js';
import { BOUNDS, type Bound } from './bounds.js';
import { grouped, refusal } from './refusal.js';
import { checkTextBounds } from './text.js';

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const HASH = 0x23;
const DQ = 0x22;
const SQ = 0x27;
const DASH = 0x2d;
const QMARK = 0x3f;
const COLON = 0x3a;
const COMMA = 0x2c;
const PIPE = 0x7c;
const GT = 0x3e;
const AMP = 0x26;
const BANG = 0x21;
const isOpener = (c: number) => c === 0x5b || c === 0x7b; // [ {
const isCloser = (c: number) => c === 0x5d || c === 0x7d; // ] }

interface Open {
  col: number;
  seq: boolean;
}

interface Scan {
  text: string;
  /** Open block collections, outermost first. */
  stack: Open[];
  /** Open flow collections. */
  flow: number;
  /** The quote character of a quoted scalar still open at the end of the line, or 0. */
  quote: number;
  /** In a block scalar: its lines are those indented more than this; -1 outside one. */
  scalarIndent: number;
  line: number;
  lineStart: number;
  end: number;
  depth: number;
  depthLine: number;
  work: number;
}

export interface Depth {
  depth: number;
  /** 1-based line where that depth is first reached (0 when the text holds no collection). */
  line: number;
  /** Steps the scan took (characters looked at, collections opened and closed): for tests. */
  work: number;
}

/** The deepest nesting of collections in `text` and where it is. Linear in the text's length. */
export function yamlDepth(text: string): Depth {
  const s: Scan = {
    text,
    stack: [],
    flow: 0,
    quote: 0,
    scalarIndent: -1,
    line: 0,
    lineStart: 0,
    end: 0,
    depth: 0,
    depthLine: 0,
    work: 0,
  };
  for (let start = 0; start <= text.length; start = s.end + 1) {
    const nl = text.indexOf('\n', start);
    s.line++;
    s.lineStart = start;
    s.end = nl === -1 ? text.length : nl;
    scanLine(s);
  }
  return { depth: s.depth, line: s.depthLine, work: s.work };
}

function note(s: Scan): void {
  const depth = s.stack.length + s.flow;
  if (depth > s.depth) {
    s.depth = depth;
    s.depthLine = s.line;
  }
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === CR;
}

/** True when position `i` is the end of the line or a blank. */
function blankOrEnd(s: Scan, i: number): boolean {
  return i >= s.end || isBlank(s.text.charCodeAt(i));
}

function scanLine(s: Scan): void {
  const { text } = s;
  if (s.quote !== 0) {
    const i = skipQuoted(s, s.lineStart);
    if (s.quote === 0) inline(s, i, -1, false);
    return;
  }
  let first = s.lineStart;
  while (first < s.end && text.charCodeAt(first) === SPACE) first++;
  s.work += first - s.lineStart + 1;
  const indent = first - s.lineStart;
  const blank = first >= s.end || (text.charCodeAt(first) === CR && first + 1 >= s.end);
  if (s.scalarIndent >= 0) {
    if (blank || indent > s.scalarIndent) return;
    s.scalarIndent = -1;
  }
  if (blank || text.charCodeAt(first) === HASH) return;
  if (s.flow > 0) {
    inline(s, first, -1, false);
    return;
  }
  if (indent === 0 && (text.startsWith('---', first) || text.startsWith('...', first))) {
    s.stack = []; // a document marker: what follows starts afresh
    return;
  }
  while ((s.stack.at(-1)?.col ?? -1) > indent) {
    s.stack.pop();
    s.work++;
  }
  let pos = first;
  for (;;) {
    const c = text.charCodeAt(pos);
    if ((c !== DASH && c !== QMARK) || !blankOrEnd(s, pos + 1)) break;
    open(s, pos - s.lineStart, c === DASH);
    const from = pos++;
    while (pos < s.end && isBlank(text.charCodeAt(pos))) pos++;
    s.work += pos - from;
  }
  inline(s, pos, pos - s.lineStart, true, indent);
}

/** A block collection starting at `col`: the same as the innermost open one, or nested in it. */
function open(s: Scan, col: number, seq: boolean): void {
  let top = s.stack.at(-1);
  // A key at the column of a sequence that hangs under a key: that sequence has ended.
  if (top && top.col === col && top.seq && !seq) {
    s.stack.pop();
    top = s.stack.at(-1);
  }
  if (!top || top.col < col || (top.col === col && !top.seq && seq)) {
    s.work++;
    s.stack.push({ col, seq });
    note(s);
  }
}

/** Scans past a quoted scalar's text from `i`; clears `s.quote` when it closes on this line. */
function skipQuoted(s: Scan, i: number): number {
  const { text } = s;
  const quote = s.quote === DQ ? '"' : "'";
  for (;;) {
    // The native search jumps to the next quote character; escapes are checked there.
    const at = text.indexOf(quote, i);
    const stop = at === -1 || at >= s.end ? s.end : at;
    s.work += stop - i + 1;
    if (stop === s.end) return s.end;
    if (s.quote === SQ && text.charCodeAt(at + 1) === SQ) {
      i = at + 2; // '' is a quote inside single quotes
      continue;
    }
    let slashes = 0;
    while (s.quote === DQ && text.charCodeAt(at - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 1) {
      i = at + 1; // \" is a quote inside double quotes
      continue;
    }
    s.quote = 0;
    return at + 1;
  }
}

/**
 * The rest of a line from `i`: keys (`name:` opens a mapping at `col`), flow brackets, quoted
 * scalars, block scalar indicators and comments. `token` is true where a new node may begin.
 */
function inline(s: Scan, i: number, col: number, token: boolean, indent = 0): void {
  const { text } = s;
  let afterKey = false;
  while (i < s.end) {
    s.work++;
    const c = text.charCodeAt(i);
    if (isBlank(c)) {
      i++;
    } else if (c === HASH && isBlank(text.charCodeAt(i - 1))) {
      return;
    } else if (token && (c === DQ || c === SQ)) {
      s.quote = c;
      i = skipQuoted(s, i + 1);
      token = false;
    } else if (token && s.flow === 0 && (c === PIPE || c === GT)) {
      s.scalarIndent = indent;
      return;
    } else if (isOpener(c) && (token || s.flow > 0)) {
      s.flow++;
      note(s);
      i++;
      token = true;
    } else if (isCloser(c) && s.flow > 0) {
      s.flow--;
      i++;
      token = false;
    } else if ((c === COMMA && s.flow > 0) || (c === COLON && blankOrEnd(s, i + 1))) {
      if (c === COLON && s.flow === 0 && col >= 0) open(s, col, false);
      afterKey ||= c === COLON && s.flow === 0;
      i++;
      token = true;
    } else if (token && (c === AMP || c === BANG)) {
      const from = i;
      while (i < s.end && !isBlank(text.charCodeAt(i))) i++; // an anchor or a tag
      s.work += i - from;
    } else if (token && afterKey && s.flow === 0) {
      // A plain value after a key: nothing further on this block line can open a collection.
      return;
    } else {
      i++;
      token = false;
    }
  }
}

export interface YamlBounds {
  chars: Bound;
  depth: Bound;
}

/**
 * One problem when a YAML text is too long or nests too deeply, else undefined. Call it before
 * handing the text to any YAML parser. `what` names the text: "the data file".
 */
export function checkYamlBounds(
  text: string,
  file: string,
  bounds: YamlBounds = { chars: BOUNDS.dataFileChars, depth: BOUNDS.yamlDepth },
  what = 'the file',
): Problem | undefined {
  const size = checkTextBounds(text, file, bounds.chars, what);
  if (size) return size;
  const { depth, line } = yamlDepth(text);
  if (depth <= bounds.depth.max) return undefined;
  return refusal({
    file,
    line,
    found: `YAML collections nested ${grouped(depth)} levels deep`,
    bound: bounds.depth,
  });
}
