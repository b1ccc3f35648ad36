// A Markdown table row's template seen as cells: the text between `|` separators, each cell split
// into its padding (spaces before and after its content) and its content. Rows of one table are
// compared cell by cell, so padding a person typed differently in one cell is told apart from what
// the cell shows (a value, a link, a stand-in such as `-`).

export interface RowCell {
  /** Spaces (and learned spacing parts) before the content. */
  lead: string[];
  content: string[];
  trail: string[];
}

/** A spacing part learned before: `{{#spacing-2}}{{spacing-2}}{{/spacing-2}}`. */
const SPACING = /^\{\{#(spacing(?:-\d+)?)\}\}\{\{\1\}\}\{\{\/\1\}\}$/;

export function spacingName(token: string): string | undefined {
  return SPACING.exec(token)?.[1];
}

const isPad = (token: string) =>
  /^[ \t]+$/.test(token) || SPACING.test(token) || RAW_SPACING.test(token);

/** A row's end learned before, written as it is (it may hold the closing `|`). */
const RAW_SPACING = /^\{\{#(spacing(?:-\d+)?)\}\}\{\{\{\1\}\}\}\{\{\/\1\}\}$/;

function rawSpacingName(token: string): string | undefined {
  return RAW_SPACING.exec(token)?.[1];
}

/**
 * A row without its end: the cells up to the last one that shows something, and the tokens after
 * that content (padding, the closing `|` some rows write and others do not).
 */
export function rowBody(
  tokens: readonly string[],
): { cells: RowCell[]; end: string[] } | undefined {
  const cells = rowCells(tokens);
  if (!cells) return undefined;
  let last = cells.length - 1;
  while (last > 0 && cells[last]!.content.length === 0) last--;
  const end = [...cells[last]!.trail];
  for (let k = last + 1; k < cells.length; k++)
    end.push('|', ...cells[k]!.lead, ...cells[k]!.trail);
  const body = cells.slice(0, last + 1);
  body[last] = { ...body[last]!, trail: [] };
  return { cells: body, end };
}

/**
 * The cells of a one-line table row's tokens (`|` tokens separate them; the text before the first
 * and after the last `|` are cells too), or undefined when the template is no table row.
 */
export function rowCells(tokens: readonly string[]): RowCell[] | undefined {
  if (tokens.length === 0 || tokens.includes('\n')) return undefined;
  const first = tokens.findIndex((t) => !isPad(t));
  if (first === -1 || tokens[first] !== '|') return undefined;
  const cells: RowCell[] = [];
  let current: string[] = [];
  const close = () => {
    let s = 0;
    while (s < current.length && isPad(current[s]!)) s++;
    let e = current.length;
    while (e > s && isPad(current[e - 1]!)) e--;
    cells.push({
      lead: current.slice(0, s),
      content: current.slice(s, e),
      trail: current.slice(e),
    });
    current = [];
  };
  for (const token of tokens) {
    if (token === '|') close();
    else current.push(token);
  }
  close();
  return cells;
}

/** A padding's literal spaces and the spacing part after them, if any. */
function padParts(pad: readonly string[]): { text: string; slot?: string } | undefined {
  let text = '';
  let slot: string | undefined;
  for (const token of pad) {
    const name = spacingName(token) ?? rawSpacingName(token);
    if (name !== undefined) {
      if (slot !== undefined) return undefined;
      slot = name;
    } else if (slot !== undefined) return undefined;
    else text += token;
  }
  return slot === undefined ? { text } : { text, slot };
}

export interface PadSlot {
  name: string;
  a?: string;
  b?: string;
}

/**
 * One padding of the base template (`a`) and of another entry's (`b`, plain spaces or a learned
 * part): the padding's template, with the values each side gives a spacing field; undefined when
 * they cannot share one.
 */
export function mergePad(
  a: readonly string[],
  b: readonly string[],
  newName: () => string,
  slots: PadSlot[],
  end = false,
): string | undefined {
  // Rows that both close with `|`: the padding before it is a cell's, the pipe is the template's.
  const ca = end ? closed(a) : undefined;
  const cb = end ? closed(b) : undefined;
  if (ca && cb) {
    const pad = mergePad(ca, cb, newName, slots);
    return pad === undefined ? undefined : `${pad}|`;
  }
  const pa = padParts(end ? joinPipes(a) : a);
  const pb = padParts(end ? joinPipes(b) : b);
  if (!pa || !pb) return undefined;
  if (pa.slot === undefined && pb.slot === undefined) {
    if (pa.text === pb.text) return pa.text;
    let common = 0;
    while (common < Math.min(pa.text.length, pb.text.length) && pa.text[common] === pb.text[common])
      common++;
    // Cells padded to their column's width (an aligned table) pad each row differently: the
    // template writes one space, the rest is each row's, so rows padded less still share it.
    if (!end) common = Math.min(common, 1);
    const name = newName();
    const ra = pa.text.slice(common);
    const rb = pb.text.slice(common);
    slots.push({ name, ...(ra ? { a: ra } : {}), ...(rb ? { b: rb } : {}) });
    const tag = end && /\|/.test(ra + rb) ? `{{{${name}}}}` : `{{${name}}}`;
    return `${pa.text.slice(0, common)}{{#${name}}}${tag}{{/${name}}}`;
  }
  // The base has a spacing part: the other entries give it what they write past its spaces.
  if (pa.slot !== undefined && pb.slot === undefined && pb.text.startsWith(pa.text)) {
    const rest = pb.text.slice(pa.text.length);
    if (rest !== '') slots.push({ name: pa.slot, b: rest });
    return a.join('');
  }
  if (pa.slot !== undefined && pa.slot === pb.slot && pa.text === pb.text) return a.join('');
  return undefined;
}

/** A row's end that is padding then one closing `|`: the padding; else undefined. */
function closed(tokens: readonly string[]): string[] | undefined {
  const pipes = tokens.filter((t) => t.includes('|'));
  if (pipes.length !== 1 || tokens[tokens.length - 1] !== '|') return undefined;
  return tokens.slice(0, -1);
}

/** A row's end as one run of text: its spaces and `|` joined, a learned part kept apart. */
function joinPipes(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (/^[ \t|]+$/.test(t) && last !== undefined && /^[ \t|]+$/.test(last)) {
      out[out.length - 1] = last + t;
    } else out.push(t);
  }
  return out;
}
