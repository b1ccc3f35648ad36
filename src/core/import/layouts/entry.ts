// One entry as the importer read it: where it is in the README, its paper, and its template (the
// entry's source with the parts read into fields replaced by their tags).
import { templateLiteral } from '../../render/layouts/template.js';
import type { LayoutKind } from '../../settings/layout.js';
import type { Paper } from '../../types.js';
import type { Reading, Replacement } from './inline.js';

export interface Entry {
  kind: LayoutKind;
  /** Offsets of the entry's source in the README: from its first character to its last line's end. */
  start: number;
  end: number;
  /** 1-based line of its start. */
  line: number;
  /** The parts read into fields, replaced by their tags when the template is built. */
  replacements: Replacement[];
  /** A numbered item's number, which becomes `{{n}}` when it is the entry's position. */
  number?: { value: number; start: number; end: number };
  paper: Paper;
  /** Written in a way that depends on its neighbours (an HTML row under a rowspan cell). */
  partial?: boolean;
  /** Index of the top-level block it was read from (rows of one table share it). */
  block?: number;
}

/** The source of `[start, end)` with the replacements made: literal text is kept as written. */
export function buildTemplate(
  source: string,
  start: number,
  end: number,
  replacements: readonly Replacement[],
): string {
  const sorted = [...replacements]
    .filter((r) => r.start >= start && r.end <= end)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = start;
  for (const r of sorted) {
    if (r.start < at) continue; // overlapping: keep the first
    out += templateLiteral(source.slice(at, r.start)) + r.tag;
    at = r.end;
  }
  return out + templateLiteral(source.slice(at, end));
}

/** The fields read into a paper: known ones as such, the rest as extra fields. */
export function paperOf(readings: readonly Reading[]): Paper {
  const paper: Paper = { title: '', links: [], extra: {} };
  for (const reading of readings) {
    for (const [key, value] of reading.fields) {
      if (key === 'title' || key === 'abbr' || key === 'venue' || key === 'year') {
        if (paper[key] === undefined || paper[key] === '') paper[key] = value.trim();
      } else if (!Object.hasOwn(paper.extra, key)) {
        Object.defineProperty(paper.extra, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
    for (const [key, value] of reading.lists ?? []) {
      if (!Object.hasOwn(paper.extra, key)) paper.extra[key] = value;
    }
    paper.links.push(...reading.links);
  }
  return paper;
}
