// arXiv's export API answers in Atom. A paper that does not exist is HTTP 200 with zero results; a
// malformed id is HTTP 400 with one `Error` entry (which counts as a result), so both the status and
// the entry's id are checked before an entry is taken for a paper.
import { XMLParser } from 'fast-xml-parser';
import { cleanFetched, cleanFetchedUrl, cleanNames, field, list, yearOf } from './clean.js';
import { findRepositories, repositoryUrl } from './code-links.js';
import type { Answer, FetchedPaper, ParsedAnswer } from './types.js';

/** The reader of arXiv's Atom answers (look-ups and the digest's searches). */
export const atomParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // A title such as `0` must stay text, and no value is turned into a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['entry', 'author', 'link', 'category'].includes(name),
});

const ABS_ID = /\/abs\/(.+?)(v\d+)?$/;

/** The text of an element that may carry attributes (`{'#text': ...}`) or be plain. */
function text(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? field(value, '#text') : value;
}

function entryPaper(entry: unknown): FetchedPaper | undefined {
  const rawId = cleanFetched(text(field(entry, 'id')), 200) ?? '';
  const id = ABS_ID.exec(rawId)?.[1];
  if (id === undefined) return undefined;
  const comment = cleanFetched(text(field(entry, 'arxiv:comment')), 2000) ?? '';
  const summary = cleanFetched(text(field(entry, 'summary')), 20000) ?? '';
  const doi = cleanFetched(text(field(entry, 'arxiv:doi')), 200)?.toLowerCase();
  const authors = cleanNames(list(entry, 'author').map((a) => text(field(a, 'name'))));
  const title = cleanFetched(text(field(entry, 'title')));
  const year = yearOf(text(field(entry, 'published')));
  const page = cleanFetchedUrl(`https://arxiv.org/abs/${id}`);
  const pdf = cleanFetchedUrl(`https://arxiv.org/pdf/${id}`);
  const code = findRepositories(`${comment} ${summary}`).map(repositoryUrl);
  return {
    source: 'arxiv',
    ...(title !== undefined ? { title } : {}),
    ...(authors ? { authors } : {}),
    ...(year !== undefined ? { year } : {}),
    preprint: true,
    ...(page !== undefined ? { page, url: page } : {}),
    ...(pdf !== undefined ? { pdf } : {}),
    ids: { arxiv: id, ...(doi !== undefined && doi.startsWith('10.') ? { doi } : {}) },
    ...(code.length > 0 ? { codeCandidates: code } : {}),
  };
}

/** Every paper of an arXiv answer (a batch `id_list=a,b` gives several), or why there is none. */
export function parseArxivFeed(
  answer: Answer,
): FetchedPaper[] | { kind: 'not-found' | 'error'; message: string } {
  let doc: unknown;
  try {
    doc = atomParser.parse(answer.body);
  } catch {
    return {
      kind: 'error',
      message: `arXiv answered with HTTP ${answer.status} and no readable feed`,
    };
  }
  const entries = list(field(doc, 'feed'), 'entry');
  const error = entries.find((e) => /\/api\/errors#/.test(String(text(field(e, 'id')) ?? '')));
  if (answer.status !== 200 || error !== undefined) {
    const why = cleanFetched(text(field(error, 'summary')), 200);
    return {
      kind: 'error',
      message: `arXiv refused the request (HTTP ${answer.status}${why ? `: ${why}` : ''})`,
    };
  }
  const papers = entries.map(entryPaper).filter((p) => p !== undefined);
  if (papers.length === 0) return { kind: 'not-found', message: 'arXiv has no paper with this id' };
  return papers;
}

/** The paper with arXiv id `id` (without version) in an answer. */
export function parseArxiv(answer: Answer, id: string): ParsedAnswer {
  const feed = parseArxivFeed(answer);
  if (!Array.isArray(feed)) return { ok: false, ...feed };
  const paper = feed.find((p) => p.ids.arxiv === id);
  return paper
    ? { ok: true, paper }
    : { ok: false, kind: 'not-found', message: `arXiv has no paper ${id}` };
}
