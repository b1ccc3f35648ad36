// What a list's own text calls the things it shows: a table has rows, a bullet list, a numbered
// list or paragraphs have entries. Messages about a list (hand edits, previews, counts, problems)
// take their words from here, so the maintainer of a bullet list is never told about rows.
import type { Settings } from './types.js';

export interface ListWords {
  /** One of what the list shows: `row` in tables (the default, `table`, `html`), else `entry`. */
  entry: 'row' | 'entry';
  entries: 'rows' | 'entries';
  /** What the main zone holds, after "the": `tables` or `list`. */
  zone: 'tables' | 'list';
}

export const TABLE_WORDS: ListWords = { entry: 'row', entries: 'rows', zone: 'tables' };
export const ENTRY_WORDS: ListWords = { entry: 'entry', entries: 'entries', zone: 'list' };

/** The words of the list that `settings` render. */
export function listWords(settings: Pick<Settings, 'layout'>): ListWords {
  const kind = settings.layout?.kind;
  return kind === 'list' || kind === 'paragraph' ? ENTRY_WORDS : TABLE_WORDS;
}

/** `1 row`, `3 entries`: a count in the list's words. */
export function countOf(n: number, words: ListWords): string {
  return `${n} ${n === 1 ? words.entry : words.entries}`;
}
