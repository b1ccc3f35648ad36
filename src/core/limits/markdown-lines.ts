// Line-level pieces of the Markdown pre-scan: container markers at the start of a line, fences,
// table rows and emphasis markers, each read with plain character tests (no regular expressions
// that could backtrack) so the scan stays linear in the line's length.

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const GT = 0x3e;
const PIPE = 0x7c;
const BACKSLASH = 0x5c;

export function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === CR;
}

/** The end of the leading spaces and tabs from `i`, and the columns they span from `col`. */
export function skipIndent(
  text: string,
  i: number,
  end: number,
  col: number,
): { i: number; col: number } {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === SPACE) col++;
    else if (c === TAB) col += 4 - (col % 4);
    else break;
    i++;
  }
  return { i, col };
}

/** True when the text from `i` to `end` is only spaces and tabs. */
export function isBlankRest(text: string, i: number, end: number): boolean {
  for (; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The width of a list marker at `i` (`-`, `+`, `*`, or 1-9 digits and `.` or `)`), or 0. */
export function listMarkerWidth(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  let width = 0;
  if (c === 0x2d || c === 0x2b || c === 0x2a) width = 1;
  else {
    let j = i;
    while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
    const after = text.charCodeAt(j);
    if (j > i && (after === 0x2e || after === 0x29)) width = j - i + 1;
  }
  if (width === 0) return 0;
  const next = i + width;
  return next >= end || isSpace(text.charCodeAt(next)) ? width : 0;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A thematic break (`---`, `* * *`, `___`): three or more of one marker, spaces allowed. */
export function isThematicBreak(text: string, i: number, end: number): boolean {
  const marker = text.charCodeAt(i);
  if (marker !== 0x2d && marker !== 0x2a && marker !== 0x5f) return false;
  let count = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === marker) count++;
    else if (!isSpace(c)) return false;
  }
  return count >= 3;
}

export function isQuoteMarker(text: string, i: number): boolean {
  return text.charCodeAt(i) === GT;
}

/** A code fence's marker and length at `i` (three or more backticks or tildes), or undefined. */
export function fenceAt(
  text: string,
  i: number,
  end: number,
): { char: number; length: number } | undefined {
  const char = text.charCodeAt(i);
  if (char !== 0x60 && char !== 0x7e) return undefined;
  let j = i;
  while (j < end && text.charCodeAt(j) === char) j++;
  return j - i >= 3 ? { char, length: j - i } : undefined;
}

/** The cells a table row from `i` to `end` has: `|`-separated parts, outer pipes optional. */
export function tableCells(text: string, i: number, end: number): number {
  const start = skipIndent(text, i, end, 0).i;
  let last = end;
  while (last > start && isSpace(text.charCodeAt(last - 1))) last--;
  if (last <= start) return 0;
  let pipes = 0;
  for (let j = start; j < last; j++) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) j++;
    else if (c === PIPE) pipes++;
  }
  const leading = text.charCodeAt(start) === PIPE ? 1 : 0;
  const trailing = last - 1 > start && text.charCodeAt(last - 1) === PIPE ? 1 : 0;
  return Math.max(1, pipes + 1 - leading - trailing);
}

/** True for a table's delimiter row: only `|`, `:`, `-` and spaces, with at least one `-`. */
export function isDelimiterRow(text: string, i: number, end: number): boolean {
  let dash = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d) dash = true;
    else if (c !== PIPE && c !== 0x3a && !isSpace(c)) return false;
  }
  return dash;
}

export function hasPipe(text: string, i: number, end: number): boolean {
  // Not `indexOf` from `i`: in a text without pipes it would look to the end on every line.
  for (let k = i; k < end; k++) if (text.charCodeAt(k) === 0x7c) return true;
  return false;
}

/**
 * Runs of `*`, `_` and `~` from `i` to `end` that could open or close emphasis: what makes the
 * Markdown parser's cost grow faster than the text. An `_` between two letters or digits is part
 * of a word (`snake_case`, URLs) and is not counted.
 */
export function emphasisRuns(text: string, i: number, end: number): number {
  let runs = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 0x2a && c !== 0x5f && c !== 0x7e) {
      i += c === BACKSLASH ? 2 : 1;
      continue;
    }
    const from = i;
    while (i < end && text.charCodeAt(i) === c) i++;
    if (c === 0x5f && isWordChar(text.charCodeAt(from - 1)) && isWordChar(text.charCodeAt(i))) {
      continue;
    }
    runs++;
  }
  return runs;
}

function isWordChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c > 0x7f
  );
}
