// DBLP's publication search (`/search/publ/api?q=...&format=json`), used to find where a paper was
// published: an arXiv preprint is a `CoRR` hit, its published version a separate hit under the same
// title. The shape is DBLP's documented one (no byte-exact recording exists): every number is a
// string, `hit` is absent when nothing matched, and one author or one `ee` is an object, not a list.
import {
  cleanFetched,
  cleanFetchedUrl,
  cleanNames,
  field,
  list,
  parseJson,
  yearOf,
} from './clean.js';
import { titleKey } from '../suggest/normalize.js';
import { LIMITS } from '../suggest/limits.js';
import { noRecord, notFound } from './answer.js';
import type { Answer, FetchedPaper, ParsedAnswer } from './types.js';

const DOI_URL = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/.+)$/i;

/** DBLP titles end with a full stop; the paper's title does not. */
const titleOf = (info: unknown): string | undefined =>
  cleanFetched(field(info, 'title'))?.replace(/\.$/, '');

function hitPaper(info: unknown): FetchedPaper {
  const title = titleOf(info);
  const venue = cleanFetched(list(info, 'venue')[0], LIMITS.venue * 3);
  const preprint = venue === undefined || /^corr$/i.test(venue);
  const authors = cleanNames(
    list(field(info, 'authors'), 'author').map((a) =>
      typeof a === 'string' ? a : field(a, 'text'),
    ),
  );
  const ees = list(info, 'ee')
    .map((e) => cleanFetchedUrl(e))
    .filter((e) => e !== undefined);
  const doi = ees.map((e) => DOI_URL.exec(e)?.[1]?.toLowerCase()).find((d) => d !== undefined);
  const year = yearOf(field(info, 'year'));
  const url = cleanFetchedUrl(field(info, 'url'));
  return {
    source: 'dblp',
    // DBLP writes a name with a homonym number (`Wei Li 0001`): not part of the name.
    ...(authors ? { authors: authors.map((a) => a.replace(/\s\d{4}$/, '')) } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(!preprint ? { venue } : {}),
    preprint,
    ...(url !== undefined ? { url } : {}),
    ids: doi !== undefined && !doi.startsWith('10.48550/') ? { doi } : {},
  };
}

/**
 * The hit of a title search that is the paper titled `title`: the published version when DBLP has one
 * (a non-CoRR hit with the same title), else its CoRR preprint; not found when no title matches.
 */
export function parseDblpSearch(answer: Answer, title: string): ParsedAnswer {
  const json = parseJson(answer.body);
  const result = field(json, 'result');
  if (answer.status !== 200 || result === undefined) {
    return noRecord('DBLP', answer.status, 'result');
  }
  const wanted = titleKey(title);
  const same = list(field(result, 'hits'), 'hit')
    .map((h) => field(h, 'info'))
    .filter((info) => wanted !== '' && titleKey(titleOf(info) ?? '') === wanted)
    .map(hitPaper);
  const best = same.find((p) => !p.preprint) ?? same[0];
  if (best === undefined) return notFound('DBLP has no paper with this title');
  return { ok: true, paper: best };
}
