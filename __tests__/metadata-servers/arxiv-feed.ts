// arXiv search answers built in the shape of the recorded one
// (fixtures/metadata/arxiv/query-search-testing-10-entries-doi-journal_ref.xml): the same feed head,
// opensearch counts and entry elements, with the papers a test needs. Text is XML-escaped as arXiv
// escapes it. Also a scripted search server handler: each request takes the next answer of a queue
// (the last one repeats), with its time logged for the pacing checks.
import type { Reply } from './replay.js';

export interface FeedPaper {
  id: string;
  version?: number;
  title: string;
  abstract?: string;
  authors?: string[];
  published?: string;
  doi?: string;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function entry(p: FeedPaper): string {
  const v = `${p.id}v${p.version ?? 1}`;
  const published = p.published ?? '2026-11-20T10:00:00Z';
  return [
    '  <entry>',
    `    <id>http://arxiv.org/abs/${v}</id>`,
    `    <title>${esc(p.title)}</title>`,
    `    <updated>${published}</updated>`,
    `    <link href="https://arxiv.org/abs/${v}" rel="alternate" type="text/html"/>`,
    `    <link href="https://arxiv.org/pdf/${v}" rel="related" type="application/pdf" title="pdf"/>`,
    `    <summary>${esc(p.abstract ?? 'We study early exits. More follows.')}</summary>`,
    '    <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>',
    `    <published>${published}</published>`,
    '    <arxiv:primary_category term="cs.LG"/>',
    ...(p.authors ?? ['Ada Lovelace']).map(
      (a) => `    <author>\n      <name>${esc(a)}</name>\n    </author>`,
    ),
    ...(p.doi ? [`    <arxiv:doi>${esc(p.doi)}</arxiv:doi>`] : []),
    '  </entry>',
  ].join('\n');
}

/** One page of a search answer holding `papers`, of `total` papers in all. */
export function arxivFeed(papers: readonly FeedPaper[], total = papers.length, start = 0): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    '<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">',
    '  <id>https://arxiv.org/api/constructed</id>',
    '  <title>arXiv Query: constructed</title>',
    '  <updated>2026-12-01T00:00:00Z</updated>',
    `  <opensearch:itemsPerPage>${papers.length}</opensearch:itemsPerPage>`,
    `  <opensearch:totalResults>${total}</opensearch:totalResults>`,
    `  <opensearch:startIndex>${start}</opensearch:startIndex>`,
    ...papers.map(entry),
    '</feed>',
    '',
  ].join('\n');
}

const XML = 'application/atom+xml; charset=utf-8';

export const feedReply = (body: string): Reply => ({ status: 200, type: XML, body });

/** A search answer that serves `papers` page by page, as arXiv does with start and max_results. */
export function pagedReply(papers: readonly FeedPaper[]): (url: URL) => Reply {
  return (url) => {
    const start = Number(url.searchParams.get('start') ?? 0);
    const max = Number(url.searchParams.get('max_results') ?? 10);
    return feedReply(arxivFeed(papers.slice(start, start + max), papers.length, start));
  };
}

export interface ScriptedSearch {
  handler: (url: URL) => Reply;
  /** The URLs asked, with the time each came. */
  asked: { url: URL; at: number }[];
  /** The answers still to give (the last one repeats). */
  queue: ((url: URL) => Reply)[];
}

export function scriptedSearch(...answers: ((url: URL) => Reply)[]): ScriptedSearch {
  const s: ScriptedSearch = {
    asked: [],
    queue: answers,
    handler: (url) => {
      s.asked.push({ url, at: Date.now() });
      const next = s.queue.length > 1 ? s.queue.shift() : s.queue[0];
      if (next === undefined) throw new Error('no answer scripted');
      return next(url);
    },
  };
  return s;
}
