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
  'subtitle',
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
  if (prose(paragraph, source, reading, paper.title)) return undefined;
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

/**
 * Prose read as no paper: a call to follow a link, or sentences with links in them. Its lines are
 * kept as text and not named as entries that could not be read.
 */
export function isProse(paragraph: Paragraph, source: string): boolean {
  const reading = readInline(paragraph.children, { source, want: ALL_FIELDS, taken: new Set() });
  const paper = paperOf([reading]);
  if (paper.links.length === 0) return false;
  return prose(paragraph, source, reading, paper.title);
}

function prose(paragraph: Paragraph, source: string, reading: Reading, title: string): boolean {
  return (
    lone(paragraph, reading) ||
    runningText(paragraph, title) ||
    sentence(paragraph, source, reading, title)
  );
}

/**
 * One link and nothing else a paper has (`[Follow us](url)`, `Join our [chat](url).`): no bold or
 * emphasised title, no year, venue or authors, no second link. A call to follow, not a paper.
 */
function lone(paragraph: Paragraph, reading: Reading): boolean {
  if (paragraph.children.some((c) => c.type === 'strong' || c.type === 'emphasis')) return false;
  const fields = ['year', 'venue', 'authors', 'date'].some((f) => reading.fields.has(f));
  return !fields && reading.links.length < 2;
}

/**
 * Prose, not a title: the paragraph opens with plain text (no link, bold or quote sets a title
 * off) that runs on past a line break, as sentences do (`We would love your help ... feel free\nto
 * open an [issue](url)`).
 */
function runningText(paragraph: Paragraph, title: string): boolean {
  const first = paragraph.children[0];
  return first?.type === 'text' && !/^\s*["“]/.test(first.value) && /\n/.test(title);
}

/**
 * Prose with links in it: no bold text sets a title off, and the words the entry does not read
 * (outside its title, fields and links) outnumber the title's and make a sentence of their own
 * (`[JetMoE](url), based on the [ModuleFormer](url) conception, shows that ...`).
 */
function sentence(paragraph: Paragraph, source: string, reading: Reading, title: string): boolean {
  if (paragraph.children.some((c) => c.type === 'strong')) return false;
  const start = startOf(paragraph);
  const end = endOf(paragraph);
  let rest = '';
  let at = start;
  for (const r of [...reading.replacements].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > end) continue;
    rest += `${source.slice(at, r.start)} `;
    at = r.end;
  }
  rest += source.slice(at, end);
  const unread = countWords(rest.replace(/!?\[[^\]]*\]\([^)]*\)/g, ' '));
  return unread > 8 && unread > countWords(title);
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
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
