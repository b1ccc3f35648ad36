// The rows the data renders, per section, each with the paper it shows and that paper's index in
// the data file: what the main zone holds when nobody has edited it by hand.
import { renderRow } from '../render/table.js';
import { sortPapers } from '../render/sort.js';
import type { Settings } from '../settings/types.js';
import { titleKey } from '../suggest/normalize.js';
import type { Paper, PaperList } from '../types.js';

export interface RenderedRow {
  text: string;
  paper: Paper;
  /** 0-based index of the paper in its section, in file order. */
  index: number;
}

export type RenderedRows = Map<string, RenderedRow[]>;

export function renderedRows(list: PaperList, settings: Settings): RenderedRows {
  const rows: RenderedRows = new Map();
  for (const section of list.sections) {
    const indexOf = new Map(section.papers.map((p, i) => [p, i]));
    const out = rows.get(section.name) ?? [];
    for (const paper of sortPapers(section.papers, settings.sort)) {
      out.push({ text: renderRow(paper, settings), paper, index: indexOf.get(paper) ?? 0 });
    }
    rows.set(section.name, out);
  }
  return rows;
}

/**
 * Whether two papers are the same paper: the same title once case, punctuation and spacing are
 * ignored, or a link to the same address (so a row whose title was corrected is still found).
 */
export function samePaper(a: Paper, b: Paper): boolean {
  if (titleKey(a.title) !== '' && titleKey(a.title) === titleKey(b.title)) return true;
  const urls = new Set(a.links.map((l) => l.url));
  return b.links.some((l) => urls.has(l.url));
}
