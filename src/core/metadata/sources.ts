// How the sources of an entry's values are told to people: a plain listing for the CLI's dry run,
// and the names used in the status comment ("typed", "arXiv", "DBLP", "from the title").
import { serviceLabel } from './services.js';
import type { MergedPaper, MergedField, ValueSource } from './merge.js';

/** `typed`, `arXiv`, `DBLP`, `title` (an abbreviation read from the title). */
export function sourceName(source: ValueSource): string {
  if (source === 'typed') return 'typed';
  if (source === 'title') return 'from the title';
  return serviceLabel(source);
}

/** Field order of the listing, as the entry is written. */
export const SHOWN_FIELDS: readonly MergedField[] = [
  'title',
  'abbr',
  'venue',
  'year',
  'page',
  'pdf',
  'code',
  'arxiv',
  'doi',
  'openreview',
];

/** `  title: ... (arXiv)` lines for every value, authors included. */
export function describeSources(merged: MergedPaper): string {
  const lines: string[] = [];
  for (const f of SHOWN_FIELDS) {
    const v = merged.values[f];
    if (v !== undefined) lines.push(`  ${f}: ${v.value} (${sourceName(v.source)})`);
    if (f === 'title' && merged.authors) {
      lines.push(
        `  authors: ${merged.authors.value.join(', ')} (${sourceName(merged.authors.source)})`,
      );
    }
  }
  return lines.join('\n');
}
