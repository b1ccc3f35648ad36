// One BibTeX entry from one paper: its type from what is known of the venue (`@article` for
// journals and transactions, `@misc` for preprints or no venue, `@inproceedings` otherwise), and
// the fields the entry has.
import type { ListedPaper } from '../listing.js';
import { mainLink } from '../listing.js';
import { escapeBibText, escapeBibVerbatim } from './escape.js';

export type EntryType = 'article' | 'inproceedings' | 'misc';

const JOURNALS =
  /\b(?:journal|transactions|letters|magazine|review|surveys?|CSUR|JMLR|TMLR|IJCV|PAMI|Nature|Science|Neurocomputing|Access|Sensors|Proceedings of the IEEE)\b|^(?:J|Trans)\./i;
const PREPRINTS = /^(?:arxiv|corr|preprint|biorxiv|medrxiv|ssrn|openreview)\b/i;

/** The entry type for a venue as the list writes it (TPAMI, ICLR, arXiv, ...). */
export function entryType(venue: string | undefined): EntryType {
  if (!venue || PREPRINTS.test(venue.trim())) return 'misc';
  // Uppercase abbreviations such as TPAMI or TNNLS are matched case-sensitively below.
  if (/^T[A-Z]{2,6}$/.test(venue.trim()) || JOURNALS.test(venue)) return 'article';
  return 'inproceedings';
}

/** A name for the author list; one that holds the word "and" is braced so it stays one name. */
function authorName(name: string): string {
  const text = escapeBibText(name);
  return /(^|\s)and(\s|$)/i.test(text) ? `{${text}}` : text;
}

function field(name: string, value: string): string {
  return `  ${name} = {${value}},`;
}

/** The entry's text, ending in a newline. */
export function renderEntry(paper: ListedPaper, key: string): string {
  const type = entryType(paper.venue);
  const lines = [`@${type}{${key},`];
  if (paper.authors.length > 0) {
    lines.push(field('author', paper.authors.map(authorName).join(' and ')));
  }
  // Double braces keep the title's capitals (acronyms, names) as written.
  lines.push(field('title', `{${escapeBibText(paper.title)}}`));
  if (paper.venue) {
    const venue = escapeBibText(paper.venue);
    if (type === 'article') lines.push(field('journal', venue));
    else if (type === 'inproceedings') lines.push(field('booktitle', venue));
    else if (!PREPRINTS.test(paper.venue.trim())) lines.push(field('howpublished', venue));
  }
  if (paper.year) lines.push(field('year', escapeBibText(paper.year)));
  const url = mainLink(paper);
  if (url) lines.push(field('url', escapeBibVerbatim(url)));
  if (paper.doi) lines.push(field('doi', escapeBibVerbatim(paper.doi)));
  if (paper.arxiv) {
    lines.push(field('eprint', escapeBibVerbatim(paper.arxiv)), field('archiveprefix', 'arXiv'));
  }
  if (paper.abbr) lines.push(field('shorttitle', escapeBibText(paper.abbr)));
  return `${lines.join('\n')}\n}\n`;
}
