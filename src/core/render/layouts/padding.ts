// Spaces a person typed around the content of a Markdown table row's cells (`|  Title|  2024 |`):
// invisible on the page, kept so the README comes back byte for byte. The importer writes a
// section's rows with the padding most of them share and keeps a row typed otherwise in one field,
// `padding`: per cell, the spaces before and after its content (a cell of spaces only: all of them
// before). Rows that differ only by their padding then share one template, and a new row is
// written as most rows are.
import type { Paper } from '../../types.js';

export const PADDING_FIELD = 'padding';

/**
 * A table row's cells up to the last one that shows something, each with the spaces around it (two
 * per cell), the last one's spaces after it being the row's end: the closing `|` some rows write
 * and others do not, and empty cells after it (a reader sees no difference).
 */
export interface RowPads {
  pads: string[];
  contents: string[];
}

/**
 * The cells of one line written as a Markdown table row (it starts with `|`), split at every `|`
 * not escaped (as GitHub splits them, also inside code spans): `count` of them (the cells its
 * template writes), else up to the last one that shows something; undefined for any other line.
 */
export function rowPads(line: string, count?: number): RowPads | undefined {
  if (!/^[ \t]*\|/.test(line) || line.includes('\n')) return undefined;
  const cells = line.split(/(?<!\\)\|/);
  let last = cells.length - 1;
  while (last > 0 && cells[last]!.trim() === '') last--;
  if (count !== undefined) {
    if (count < 1 || count > cells.length) return undefined;
    last = count - 1;
  }
  const pads: string[] = [];
  const contents: string[] = [];
  cells.slice(0, last + 1).forEach((cell, k) => {
    const m = /^([ \t]*)([\s\S]*?)([ \t]*)$/.exec(cell)!;
    const end = k === last ? [m[3]!, ...cells.slice(last + 1)].join('|') : m[3]!;
    pads.push(m[1]!, end);
    contents.push(m[2]!);
  });
  return { pads, contents };
}

/** The row written with `pads` around its cells' contents. */
export function withPads(row: RowPads, pads: readonly string[]): string {
  return row.contents.map((c, k) => `${pads[2 * k]}${c}${pads[2 * k + 1]}`).join('|');
}

/** The entry's padding, when it has one: a list of spaces (and the row's end: spaces and `|`). */
export function paddingOf(paper: Paper): string[] | undefined {
  const value = Object.hasOwn(paper.extra, PADDING_FIELD) ? paper.extra[PADDING_FIELD] : undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && /^[ \t|]*$/.test(v))) {
    return undefined;
  }
  return value as string[];
}

/**
 * `text` (an entry as its template writes it: a table row, after the blank lines before it) with
 * the entry's own padding; as it is when the row has another number of cells than the padding.
 */
export function withPadding(text: string, paper: Paper): string {
  const padding = paddingOf(paper);
  if (!padding) return text;
  const at = text.lastIndexOf('\n') + 1;
  const row = padding.length % 2 === 0 ? rowPads(text.slice(at), padding.length / 2) : undefined;
  if (!row) return text;
  return text.slice(0, at) + withPads(row, padding);
}
