// The ACL Anthology's paper page (`aclanthology.org/<id>/`): its `citation_*` meta tags give title,
// authors, date, PDF and DOI; the short venue name (`NAACL`) is only in the page's "Venue:" entry. The
// HTML is minified (unquoted attributes, `content` before `name`), so it is read with an HTML parser.
// This is the Anthology's own record of the paper, not a scraped publisher page.
import { parse } from 'node-html-parser';
import { cleanFetched, cleanFetchedUrl, cleanNames, yearOf } from './clean.js';
import { LIMITS } from '../suggest/limits.js';
import { answerError, notFound } from './answer.js';
import type { Answer, FetchedPaper, ParsedAnswer } from './types.js';

/** An ACL Anthology page as the paper with Anthology id `id`, or why there is none. */
export function parseAclPage(answer: Answer, id: string): ParsedAnswer {
  if (answer.status === 404) return notFound('the ACL Anthology has no paper with this id');
  if (answer.status !== 200)
    return answerError(`the ACL Anthology answered with HTTP ${answer.status}`);
  const root = parse(answer.body);
  const meta = (name: string): string[] =>
    root
      .querySelectorAll('meta')
      .filter((m) => m.getAttribute('name') === name)
      .map((m) => m.getAttribute('content') ?? '');
  const title = cleanFetched(meta('citation_title')[0]);
  if (title === undefined) return notFound('the ACL Anthology page names no paper');
  const authors = cleanNames(meta('citation_author'));
  const year = yearOf(meta('citation_publication_date')[0]);
  const doi = cleanFetched(meta('citation_doi')[0], 200)?.toLowerCase();
  const pdf = cleanFetchedUrl(meta('citation_pdf_url')[0]);
  const full = cleanFetched(
    meta('citation_conference_title')[0] ?? meta('citation_journal_title')[0],
    LIMITS.venue * 3,
  );
  // <dt>Venue:</dt><dd><a href=/venues/naacl/>NAACL</a></dd>
  const dt = root.querySelectorAll('dt').find((d) => d.text.trim() === 'Venue:');
  const dd = dt?.nextElementSibling;
  const short =
    dd?.tagName === 'DD'
      ? cleanFetched(dd.querySelector('a')?.text ?? dd.text, LIMITS.venue)
      : undefined;
  const venue = short ?? full;
  const page = cleanFetchedUrl(`https://aclanthology.org/${id}/`);
  const paper: FetchedPaper = {
    source: 'acl',
    title,
    ...(authors ? { authors } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(venue !== undefined ? { venue } : {}),
    ...(full !== undefined && full !== venue ? { venueNames: [full] } : {}),
    preprint: false,
    ...(page !== undefined ? { page, url: page } : {}),
    ...(pdf !== undefined ? { pdf } : {}),
    ids: { acl: id, ...(doi !== undefined && doi.startsWith('10.') ? { doi } : {}) },
  };
  return { ok: true, paper };
}
