// The digest's question to arXiv: the newest papers for a search query (`/query?search_query=...`
// sorted by submission date, newest first), at most SEARCH_PAGES pages of SEARCH_PAGE papers. It goes
// through the run's metadata client, so it shares arXiv's pacing with every look-up of the run (one
// request every three seconds on one connection), its timeout, and its backoff on 429 and 503 that
// honours Retry-After within a bound. A second page is asked only when the first was full; if that
// one fails, the first page's papers are the answer.
import { parseArxivSearch } from '../../core/digest/atom.js';
import type { SearchOutcome } from '../../core/digest/types.js';
import type { MetadataClient } from './client.js';

export const SEARCH_PAGE = 100;
export const SEARCH_PAGES = 2;

function searchPath(query: string, start: number): string {
  const q = encodeURIComponent(query);
  return `/query?search_query=${q}&sortBy=submittedDate&sortOrder=descending&start=${start}&max_results=${SEARCH_PAGE}`;
}

export async function searchArxiv(c: MetadataClient, query: string): Promise<SearchOutcome> {
  const papers: SearchOutcome & { ok: true } = { ok: true, papers: [], total: 0 };
  for (let page = 0; page < SEARCH_PAGES; page++) {
    const start = page * SEARCH_PAGE;
    const got = await c.ask('arxiv', `search:${start}:${query}`, searchPath(query, start), (a) => {
      const parsed = parseArxivSearch(a);
      return parsed.ok
        ? { ok: true, value: parsed }
        : { ok: false, kind: 'error', message: parsed.message };
    });
    if (!got.ok) return page === 0 ? { ok: false, message: got.message } : papers;
    papers.papers.push(...got.value.papers);
    papers.total = got.value.total;
    if (got.value.entries < SEARCH_PAGE || start + SEARCH_PAGE >= got.value.total) break;
  }
  return papers;
}
