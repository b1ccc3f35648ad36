// Crossref's `/works/{doi}`: a JSON envelope around the work. Titles and abstracts may carry JATS or
// HTML tags; a proceedings record may have no date at all (its event name usually carries the year).
// "Not found" is a plain-text 404, so the status is checked before anything is parsed.
import {
  cleanFetched,
  cleanFetchedUrl,
  cleanNames,
  field,
  list,
  parseJson,
  yearOf,
} from './clean.js';
import { LIMITS } from '../suggest/limits.js';
import { noRecord, notFound } from './answer.js';
import type { Answer, FetchedPaper, ParsedAnswer } from './types.js';

const DATE_FIELDS = ['published', 'published-print', 'published-online', 'issued'];

function yearOfWork(work: unknown): string | undefined {
  for (const key of DATE_FIELDS) {
    const parts = list(field(work, key), 'date-parts')[0];
    const y = Array.isArray(parts) ? yearOf(parts[0]) : undefined;
    if (y !== undefined) return y;
  }
  // `issued: [[null]]`: the year in the event's or the proceedings' name, if one is there.
  const names = [field(field(work, 'event'), 'name'), list(work, 'container-title')[0]];
  for (const n of names) {
    const m = /\b((?:19|20)\d{2})\b/.exec(typeof n === 'string' ? n : '');
    if (m?.[1] !== undefined) return m[1];
  }
  return undefined;
}

function authorName(a: unknown): unknown {
  const name = field(a, 'name');
  if (typeof name === 'string') return name;
  const given = field(a, 'given');
  const family = field(a, 'family');
  return [given, family].filter((x) => typeof x === 'string').join(' ');
}

/** A Crossref answer as a paper, or why there is none. */
export function parseCrossref(answer: Answer): ParsedAnswer {
  if (answer.status === 404) return notFound('Crossref does not know this DOI');
  const json = parseJson(answer.body);
  const work = field(json, 'message');
  if (answer.status !== 200 || field(json, 'status') !== 'ok' || work === undefined) {
    return noRecord('Crossref', answer.status, 'work');
  }
  const doi = cleanFetched(field(work, 'DOI'), 200)?.toLowerCase();
  const title = cleanFetched(list(work, 'title')[0]);
  const authors = cleanNames(list(work, 'author').map(authorName));
  const year = yearOfWork(work);
  const type = field(work, 'type');
  const venue = cleanFetched(list(work, 'container-title')[0], LIMITS.venue * 3);
  const names = [list(work, 'short-container-title')[0], field(field(work, 'event'), 'name')]
    .map((n) => cleanFetched(n, LIMITS.venue * 3))
    .filter((n) => n !== undefined);
  const page =
    cleanFetchedUrl(field(work, 'URL')) ??
    (doi ? cleanFetchedUrl(`https://doi.org/${doi}`) : undefined);
  const pdf = list(work, 'link')
    .filter((l) => field(l, 'content-type') === 'application/pdf')
    .map((l) => cleanFetchedUrl(field(l, 'URL')))
    .find((u) => u !== undefined);
  const paper: FetchedPaper = {
    source: 'crossref',
    ...(title !== undefined ? { title } : {}),
    ...(authors ? { authors } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(venue !== undefined ? { venue } : {}),
    ...(names.length > 0 ? { venueNames: names } : {}),
    preprint: type === 'posted-content',
    ...(page !== undefined ? { page, url: page } : {}),
    ...(pdf !== undefined ? { pdf } : {}),
    ids: doi !== undefined ? { doi } : {},
  };
  return { ok: true, paper };
}
