// A section's table rows written with one padding: the spaces around each cell's content that most
// rows share go into the rows' templates, and a row typed otherwise keeps its own in `padding`
// (see render/layouts/padding.ts), so rows that differ only by spaces a reader cannot see share
// one template and a new row is padded as most rows are.
import { fillTemplate, type FillContext } from '../../render/layouts/fill.js';
import { PADDING_FIELD, rowPads, withPads } from '../../render/layouts/padding.js';
import type { Paper } from '../../types.js';
import { rowBody, type RowCell } from './cells.js';
import { templateTokens } from './optional.js';

/**
 * The spaces around each cell of a row's template, the last one's being the row's end (none when
 * a cell holds a learned part).
 */
function padsOf(cells: readonly RowCell[], end: string): string[] | undefined {
  const pads: string[] = [];
  cells.forEach((c, k) =>
    pads.push(c.lead.join(''), k === cells.length - 1 ? end : c.trail.join('')),
  );
  return pads.every((p, k) => (k === pads.length - 1 ? /^[ \t|]*$/ : /^[ \t]*$/).test(p))
    ? pads
    : undefined;
}

/**
 * `sections` (per section, one template per entry, spaces at line ends already taken out) with
 * the padding most table rows of the list share (among rows with as many cells); an entry whose
 * row is padded otherwise gets the field `padding`. A row stays as it is when no other row has as
 * many cells or when the shared padding would not give it back as written.
 */
export function sharePadding(
  sections: string[][],
  papers: readonly (readonly Paper[])[],
  ctx: (n: number) => FillContext,
): Map<Paper, string> {
  const was = new Map<Paper, string>();
  const rows = sections.map((templates) => templates.map(rowOf));
  // The padding most rows with as many cells write.
  const counts = new Map<string, number>();
  for (const r of rows.flat()) {
    const key = r && JSON.stringify(r.pads);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const shared = new Map<number, { pads: string[]; count: number }>();
  for (const [key, count] of counts) {
    const pads = JSON.parse(key) as string[];
    const best = shared.get(pads.length);
    // Among paddings as common (a table whose columns are aligned), the narrowest.
    const narrower = best && count === best.count && width(pads) < width(best.pads);
    if (!best || count > best.count || narrower) shared.set(pads.length, { pads, count });
  }
  rows.forEach((list, i) =>
    list.forEach((row, n) => {
      const want = row && shared.get(row.pads.length)?.pads;
      if (!row || !want || JSON.stringify(row.pads) === JSON.stringify(want)) return;
      const template =
        row.head +
        row.cells.map((c, k) => `${want[2 * k]}${c.content.join('')}${want[2 * k + 1]}`).join('|');
      const padding = ownPadding(
        sections[i]![n]!,
        template,
        row.cells.length,
        papers[i]![n]!,
        ctx(n),
      );
      if (padding === undefined) return;
      was.set(papers[i]![n]!, sections[i]![n]!);
      sections[i]![n] = template;
      if (padding.length > 0) papers[i]![n]!.extra[PADDING_FIELD] = padding;
    }),
  );
  return was;
}

/**
 * An entry that keeps its own template keeps it as written, padding and all: its padding is
 * nothing it shares.
 */
export function ownPaddingBack(was: ReadonlyMap<Paper, string>, shapeField: string): void {
  for (const [paper, template] of was) {
    if (!Object.hasOwn(paper.extra, shapeField)) continue;
    paper.extra[shapeField] = template;
    delete paper.extra[PADDING_FIELD];
  }
}

const width = (pads: readonly string[]) => pads.join('').length;

/** A row's template seen as its cells and their padding, after the blank lines before it. */
function rowOf(template: string) {
  // Blank lines before the row (the gap the entries of the section write) stay as they are.
  const head = template.slice(0, template.lastIndexOf('\n') + 1);
  if (!/^\s*$/.test(head)) return undefined;
  const body = rowBody(templateTokens(template.slice(head.length)));
  const pads = body && padsOf(body.cells, body.end.join(''));
  return body && pads ? { head, cells: body.cells, pads } : undefined;
}

/**
 * The padding that gives the entry back as written with `template` (empty: none needed), or
 * undefined when none does.
 */
function ownPadding(
  was: string,
  template: string,
  cells: number,
  paper: Paper,
  ctx: FillContext,
): string[] | undefined {
  try {
    const written = fillTemplate(was, paper, ctx);
    const shown = fillTemplate(template, paper, ctx);
    if (shown === written) return [];
    const at = shown.lastIndexOf('\n') + 1;
    const own = rowPads(written.slice(written.lastIndexOf('\n') + 1), cells);
    const now = rowPads(shown.slice(at), cells);
    if (!own || !now) return undefined;
    return shown.slice(0, at) + withPads(now, own.pads) === written ? own.pads : undefined;
  } catch {
    return undefined;
  }
}
