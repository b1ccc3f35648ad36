// arXiv's answer to a search (`/query?search_query=...`), read from its Atom feed: each entry's id
// (without version), title, authors, first submission time, abstract and DOI, and the feed's total
// (`opensearch:totalResults`). Every text is cleaned as any fetched text is; an entry whose id or
// title cannot be read is skipped. A refused query (HTTP 400 with one `Error` entry) or an answer
// that is no feed is an error, never "no papers".
import { atomParser } from '../metadata/arxiv.js';
import { cleanFetched, cleanNames, field, list } from '../metadata/clean.js';
import type { Answer } from '../metadata/types.js';
import type { ArxivPaper } from './types.js';

const ABS_ID = /\/abs\/(.+?)(?:v\d+)?$/;
/** New-style (`2412.01234`) and old-style (`cs/0601001`, `math.GT/0309136`) ids: nothing else is linked. */
export const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})$/;
/** The longest abstract kept (arXiv allows 1,920 characters; the first sentence is what is shown). */
const ABSTRACT_MAX = 5000;
const AUTHORS_MAX = 50;
/** A longer title is cut (with an ellipsis) rather than dropped. */
const TITLE_MAX = 300;

function shorten(value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  const chars = [...value];
  return chars.length <= max
    ? value
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

function text(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? field(value, '#text') : value;
}

function entryPaper(entry: unknown): ArxivPaper | undefined {
  const rawId = cleanFetched(text(field(entry, 'id')), 200) ?? '';
  const found = ABS_ID.exec(rawId)?.[1];
  const id = found !== undefined && ARXIV_ID.test(found) ? found : undefined;
  const title = shorten(cleanFetched(text(field(entry, 'title')), 5000), TITLE_MAX);
  if (id === undefined || title === undefined) return undefined;
  const names = list(entry, 'author')
    .slice(0, AUTHORS_MAX)
    .map((a) => text(field(a, 'name')));
  const published = cleanFetched(text(field(entry, 'published')), 40) ?? '';
  const abstract = cleanFetched(text(field(entry, 'summary')), 100_000) ?? '';
  const doi = cleanFetched(text(field(entry, 'arxiv:doi')), 200)?.toLowerCase();
  return {
    id,
    title,
    authors: cleanNames(names) ?? [],
    published: /^\d{4}-\d\d-\d\d/.test(published) ? published : '',
    abstract: abstract.slice(0, ABSTRACT_MAX),
    ...(doi !== undefined && doi.startsWith('10.') ? { doi } : {}),
  };
}

export type SearchPage =
  /** `entries`: how many entries the page held, readable or not (a full page asks for the next). */
  | { ok: true; papers: ArxivPaper[]; total: number; entries: number }
  | { ok: false; message: string };

/** The papers of one page of a search answer, or why the answer is not one. */
export function parseArxivSearch(answer: Answer): SearchPage {
  let doc: unknown;
  try {
    doc = atomParser.parse(answer.body);
  } catch {
    return { ok: false, message: `arXiv answered with HTTP ${answer.status} and no readable feed` };
  }
  const feed = field(doc, 'feed');
  const entries = list(feed, 'entry');
  const error = entries.find((e) => /\/api\/errors#/.test(String(text(field(e, 'id')) ?? '')));
  if (answer.status !== 200 || error !== undefined || feed === undefined) {
    const why = cleanFetched(text(field(error, 'summary')), 200);
    return {
      ok: false,
      message: `arXiv refused the search (HTTP ${answer.status}${why ? `: ${why}` : ''})`,
    };
  }
  const total = Number(text(field(feed, 'opensearch:totalResults')));
  const papers = entries.map(entryPaper).filter((p) => p !== undefined);
  return {
    ok: true,
    papers,
    total: Number.isFinite(total) ? total : papers.length,
    entries: entries.length,
  };
}
