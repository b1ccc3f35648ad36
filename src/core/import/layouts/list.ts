// Bullet and numbered lists: each item that reads as a paper is an entry; its whole source (marker,
// continuation lines, nested notes) is its template. An item that is no paper but holds a nested
// list (a group label) has its nested items read instead.
import type { List, ListItem, Paragraph } from 'mdast';
import type { Entry } from './entry.js';
import { paperOf } from './entry.js';
import { endOf, readInline, startOf, type Reading } from './inline.js';
import { isPaper, lineAt, ALL_FIELDS } from './paragraph.js';

export function readList(list: List, source: string, lines: readonly number[]): Entry[] {
  const entries: Entry[] = [];
  let n = 0;
  for (const item of list.children) {
    n++;
    const entry = readItem(item, source, lines, list.ordered === true ? n : 0);
    if (entry) entries.push(entry);
    else {
      for (const child of item.children) {
        if (child.type === 'list') entries.push(...readList(child, source, lines));
      }
    }
  }
  return entries;
}

function readItem(
  item: ListItem,
  source: string,
  lines: readonly number[],
  n: number,
): Entry | undefined {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return undefined;
  const taken = new Set<string>();
  const reading = readInline(first.children, { source, want: ALL_FIELDS, taken });
  const readings = [reading, ...nestedLines(item, source, taken, reading)];
  const paper = paperOf(readings);
  if (!isPaper(paper, ...readings)) return undefined;
  const start = startOf(item);
  const end = endOf(item);
  const number = n > 0 ? /^(\d+)[.)]/.exec(source.slice(start, end)) : null;
  return {
    kind: 'list',
    start,
    end,
    line: lineAt(lines, start),
    replacements: readings.flatMap((r) => r.replacements),
    ...(number
      ? { number: { value: Number(number[1]), start, end: start + number[1]!.length } }
      : {}),
    paper,
  };
}

const NESTED_FIELDS: ReadonlySet<string> = new Set(['authors', 'venue', 'year', 'date']);

/**
 * An entry's own lines without a link, below its first paragraph: a nested line
 * (`  - A. Author, B. Author. *ICML 2019*`) or a paragraph of the item (`    *A. Author, B. Author.*`
 * after a blank line). They hold its authors, venue and year. Where the title's paragraph has no
 * link, the entry's links are on its next paragraph (`*A. Author*. [[pdf](url)]`): read too.
 */
function nestedLines(
  item: ListItem,
  source: string,
  taken: Set<string>,
  first: Reading,
): Reading[] {
  const paragraphs = item.children.slice(1).filter((c): c is Paragraph => c.type === 'paragraph');
  const titleLinked = item.children[0]?.type === 'paragraph' && hasLink(item.children[0]);
  const linked = titleLinked ? undefined : paragraphs.find(hasLink);
  const own = paragraphs.filter((c) => !hasLink(c) || c === linked);
  // A field the title's line gave (`**Title**, Venue 2024.`) is not read again below it.
  const want = new Set([...NESTED_FIELDS].filter((f) => !first.fields.has(f)));
  const readings = own.map((p) => readInline(p.children, { source, want, taken }));
  const nested = item.children.filter((c): c is List => c.type === 'list');
  if (nested.length !== 1 || nested[0]!.children.length !== 1) return readings;
  const para = nested[0]!.children[0]!.children[0];
  if (!para || para.type !== 'paragraph' || hasLink(para)) return readings;
  return [...readings, readInline(para.children, { source, want, taken })];
}

function hasLink(paragraph: Paragraph): boolean {
  return paragraph.children.some((n) => n.type === 'link');
}
