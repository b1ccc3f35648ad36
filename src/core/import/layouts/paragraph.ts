// Entries written as paragraphs (`**Title** \` / `*Authors* \` / `ICLR 2024. [[Paper](url)]`), and
// what every kind of entry must have to count as a paper.
import type { Paragraph } from 'mdast';
import type { Paper } from '../../types.js';
import type { Entry } from './entry.js';
import { paperOf } from './entry.js';
import { endOf, readInline, startOf, type Reading } from './inline.js';

export const ALL_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'abbr',
  'venue',
  'year',
  'date',
  'authors',
  'links',
]);

/**
 * A paper needs a title and one more thing a paper has: a link, a year, authors or a venue (read
 * from any of the entry's lines).
 */
export function isPaper(paper: Paper, ...readings: Reading[]): boolean {
  if (paper.title.trim() === '') return false;
  return (
    paper.links.length > 0 ||
    readings.some((r) => r.fields.has('year') || r.fields.has('authors') || r.fields.has('venue'))
  );
}

export function readParagraph(
  paragraph: Paragraph,
  source: string,
  lines: readonly number[],
): Entry | undefined {
  const reading = readInline(paragraph.children, { source, want: ALL_FIELDS, taken: new Set() });
  const paper = paperOf([reading]);
  // A paragraph is prose unless it reads as a paper with a link of its own besides the title's.
  if (!isPaper(paper, reading) || paper.links.length === 0) return undefined;
  const start = startOf(paragraph);
  const end = endOf(paragraph);
  return {
    kind: 'paragraph',
    start,
    end,
    line: lineAt(lines, start),
    replacements: reading.replacements,
    paper,
  };
}

/** Offsets where each line starts; `lineAt` turns an offset into a 1-based line. */
export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
