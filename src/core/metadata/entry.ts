// A merged paper as the suggestion check reads it: the form's answers (title, abbr, venue, year, page,
// pdf, code) and the extra fields the entry keeps (`authors`, and the identifiers `arxiv`, `doi`,
// `openreview` that the duplicate check uses). The suggestion then goes through the same checks as
// a typed one, so a fetched value can no more break the list than a typed one.
import { canonicalUrl, type PaperLink } from './link.js';
import type { MergedPaper } from './merge.js';

export interface EntryAnswers {
  /** By form field id. */
  fields: Record<string, string>;
  /** Extra fields of the entry, in the order they are written. */
  extra: Record<string, unknown>;
}

const ANSWER_FIELDS = ['title', 'abbr', 'venue', 'year', 'page', 'pdf', 'code'] as const;
const ID_FIELDS = ['arxiv', 'doi', 'openreview'] as const;

/**
 * The answers and extra fields of a merged paper. `link` is what the contributor gave: when no service
 * named a page or PDF, its page is the entry's page (a publisher's landing page, or the abstract page
 * of an arXiv id whose service did not answer).
 */
export function entryAnswers(merged: MergedPaper, link?: PaperLink): EntryAnswers {
  const fields: Record<string, string> = {};
  for (const f of ANSWER_FIELDS) {
    const v = merged.values[f]?.value;
    if (v !== undefined) fields[f] = v;
  }
  const page = link !== undefined ? canonicalUrl(link) : undefined;
  if (fields.page === undefined && fields.pdf === undefined && page !== undefined)
    fields.page = page;
  const extra: Record<string, unknown> = {};
  // One line of names, as lists with an authors column write it.
  if (merged.authors) extra.authors = merged.authors.value.join(', ');
  for (const f of ID_FIELDS) {
    const v = merged.values[f]?.value;
    if (v !== undefined) extra[f] = v;
  }
  return { fields, extra };
}
