// Every parser on the recorded answers of its service, including the not-found and error answers;
// OpenReview and DBLP search on answers constructed from their documented shapes (no recording exists).
import { describe, expect, test } from 'vitest';
import { parseAclPage } from '../../../src/core/metadata/acl.js';
import { parseArxiv, parseArxivFeed } from '../../../src/core/metadata/arxiv.js';
import { parseCrossref } from '../../../src/core/metadata/crossref.js';
import { parseDatacite } from '../../../src/core/metadata/datacite.js';
import { parseDblpSearch } from '../../../src/core/metadata/dblp.js';
import { parseGithubRepo } from '../../../src/core/metadata/github.js';
import { parseOpenReview } from '../../../src/core/metadata/openreview.js';
import { parseSemanticScholar } from '../../../src/core/metadata/semanticscholar.js';
import type { FetchedPaper, ParsedAnswer } from '../../../src/core/metadata/types.js';
import { recording } from './recordings.js';

const ok = (r: ParsedAnswer): FetchedPaper => {
  if (!r.ok) throw new Error(`expected a paper, got ${r.kind}: ${r.message}`);
  return r.paper;
};

describe('arXiv', () => {
  test('old-style id with journal_ref: title, authors, first-version year, unversioned links', () => {
    const body = recording('arxiv/query-id_list-astro-ph_0601001-journal_ref.xml');
    const p = ok(parseArxiv({ status: 200, body }, 'astro-ph/0601001'));
    expect(p).toMatchObject({
      source: 'arxiv',
      title:
        'Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit Surveys Toward the Galactic Bulge and Carina',
      authors: ['Andrew Gould', 'Susan Dorsher', 'B. Scott Gaudi', 'Andrzej Udalski'],
      year: '2006',
      preprint: true,
      page: 'https://arxiv.org/abs/astro-ph/0601001',
      pdf: 'https://arxiv.org/pdf/astro-ph/0601001',
      ids: { arxiv: 'astro-ph/0601001' },
    });
    expect(p.codeCandidates).toBeUndefined();
  });

  test('a title that is literally 0 is kept; the version is not part of the id', () => {
    const body = recording('arxiv/query-id_list-2104.12255v1-versioned.xml');
    const p = ok(parseArxiv({ status: 200, body }, '2104.12255'));
    expect(p.title).toBe('0');
    expect(p.year).toBe('2021');
    expect(p.authors).toEqual(['Quan Thoi Minh Nguyen']);
  });

  test('a search answer of 10 entries: each paper with its published DOI', () => {
    const body = recording('arxiv/query-search-testing-10-entries-doi-journal_ref.xml');
    const feed = parseArxivFeed({ status: 200, body });
    if (!Array.isArray(feed)) throw new Error(feed.message);
    expect(feed).toHaveLength(10);
    const issta = feed.find((p) => p.ids.doi === '10.1145/3395363.3397376');
    expect(issta?.ids.arxiv).toMatch(/^\d{4}\.\d{5}$/);
    const first = ok(parseArxiv({ status: 200, body }, '2202.12139'));
    expect(first.title).toBe(
      'Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques',
    );
    expect(first.ids.doi).toBe('10.1109/icstw55395.2022.00035');
    // Whitespace in summaries and titles is collapsed: no entry keeps a line break.
    expect(feed.every((p) => !/\s{2}|\n/.test(p.title ?? ''))).toBe(true);
  });

  test('not found is HTTP 200 with zero results', () => {
    const body = recording('arxiv/query-id_list-0000.0000-not-found.xml');
    expect(parseArxiv({ status: 200, body }, '0000.0000')).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
  });

  test('a malformed id is HTTP 400 with an Error entry, never a paper titled "Error"', () => {
    const body = recording('arxiv/query-id_list-abc-error-400.xml');
    const r = parseArxiv({ status: 400, body }, 'abc');
    expect(r).toEqual({
      ok: false,
      kind: 'error',
      message: 'arXiv refused the request (HTTP 400: incorrect id format for abc)',
    });
    // Even if the status were lost, the errors# id gives it away.
    expect(parseArxiv({ status: 200, body }, 'abc').ok).toBe(false);
  });

  test('an answer that is not XML is an error, and an entry for another id is not this paper', () => {
    expect(parseArxiv({ status: 503, body: 'Service Unavailable' }, '2104.12255')).toMatchObject({
      ok: false,
    });
    const body = recording('arxiv/query-id_list-2104.12255v1-versioned.xml');
    expect(parseArxiv({ status: 200, body }, '2104.12256')).toMatchObject({ kind: 'not-found' });
  });

  test('a repository named in the comment or abstract becomes a code candidate', () => {
    const body = recording('arxiv/query-id_list-2104.12255v1-versioned.xml').replace(
      '</summary>',
      ' Code is available at https://github.com/quan/zero-bugs.</summary>',
    );
    expect(ok(parseArxiv({ status: 200, body }, '2104.12255')).codeCandidates).toEqual([
      'https://github.com/quan/zero-bugs',
    ]);
  });

  test('hostile markup in a title is stripped and invisible characters removed', () => {
    const body = recording('arxiv/query-id_list-2104.12255v1-versioned.xml').replace(
      '<title>0</title>',
      '<title>Zero &lt;img src=x onerror=alert(1)&gt; |\u202e bug\u200b</title>',
    );
    const title = ok(parseArxiv({ status: 200, body }, '2104.12255')).title;
    expect(title).toBe('Zero | bug');
  });
});

describe('Crossref', () => {
  test('journal article: container title, short title, year, authors, PDF link', () => {
    const body = recording('crossref/works-10.1038_s42256-024-00832-8-journal-article.json');
    const p = ok(parseCrossref({ status: 200, body }));
    expect(p).toMatchObject({
      source: 'crossref',
      title: 'Augmenting large language models with chemistry tools',
      year: '2024',
      venue: 'Nature Machine Intelligence',
      venueNames: ['Nat Mach Intell'],
      preprint: false,
      page: 'https://doi.org/10.1038/s42256-024-00832-8',
      pdf: 'https://www.nature.com/articles/s42256-024-00832-8.pdf',
      ids: { doi: '10.1038/s42256-024-00832-8' },
    });
    expect(p.authors?.slice(0, 2)).toEqual(['Andres M. Bran', 'Sam Cox']);
    expect(p.authors).toHaveLength(6);
  });

  test('proceedings paper without any date: the year comes from the event name', () => {
    const body = recording('crossref/works-10.1109_icdcsw.2003.1203662-proceedings-article.json');
    const p = ok(parseCrossref({ status: 200, body }));
    expect(p.year).toBe('2003');
    expect(p.venue).toBe(
      '23rd International Conference on Distributed Computing Systems Workshops, 2003. Proceedings.',
    );
    expect(p.venueNames).toEqual([
      '23rd International Conference on Distributed Computing Systems Workshops, 2003.',
    ]);
    expect(p.authors).toEqual(['V. Arya', 'T. Turletti']);
    expect(p.pdf).toBeUndefined();
  });

  test('tags, newlines and runs of spaces inside a title are cleaned', () => {
    const body = recording('crossref/works-10.1073_pnas.1205508109-html-in-title.json');
    expect(ok(parseCrossref({ status: 200, body })).title).toBe(
      'Oncogenic mutations mimic and enhance dynamic events in the natural activation of phosphoinositide 3-kinase p110α ( PIK3CA )',
    );
  });

  test('not found is a plain-text 404, also for an arXiv DOI (a DataCite DOI)', () => {
    for (const f of [
      'crossref/works-10.1371_notarealdoi-404.txt',
      'crossref/works-10.48550_arxiv.2312.07559-arxiv-doi-404.txt',
    ]) {
      expect(parseCrossref({ status: 404, body: recording(f) })).toMatchObject({
        ok: false,
        kind: 'not-found',
      });
    }
  });

  test('an answer that is not a work is an error', () => {
    expect(parseCrossref({ status: 200, body: 'Resource not found.' })).toMatchObject({
      kind: 'error',
    });
    expect(parseCrossref({ status: 500, body: '{}' })).toMatchObject({ kind: 'error' });
  });
});

describe('DataCite', () => {
  test('arXiv DOI record: a preprint with its arXiv id; the comment is searched for code', () => {
    const body = recording('datacite/dois-10.48550_arxiv.1902.02534.json');
    const p = ok(parseDatacite({ status: 200, body }));
    expect(p).toMatchObject({
      source: 'datacite',
      title:
        'Crowdsourcing open citations with CROCI -- An analysis of the current status of open citations, and a proposal',
      year: '2019',
      preprint: true,
      page: 'https://arxiv.org/abs/1902.02534',
      pdf: 'https://arxiv.org/pdf/1902.02534',
      ids: { arxiv: '1902.02534' },
    });
    expect(p.venue).toBeUndefined();
    expect(p.authors?.[0]).toBe('Ivan Heibi');
  });

  test('a second record', () => {
    const body = recording('datacite/dois-10.48550_arxiv.2311.16162.json');
    const p = ok(parseDatacite({ status: 200, body }));
    expect(p.title).toBe(
      'Leveraging Artificial Intelligence Technology for Mapping Research to Sustainable Development Goals: A Case Study',
    );
    expect(p.authors?.slice(0, 3)).toEqual(['Hui Yin', 'Amir Aryani', 'Gavin Lambert']);
    expect(p.ids).toEqual({ arxiv: '2311.16162' });
    expect(p.year).toBe('2023');
  });

  test('not found (404, the documented body) and other answers', () => {
    const notFound =
      '{"errors":[{"status":"404","title":"The resource you are looking for doesn\'t exist."}]}';
    expect(parseDatacite({ status: 404, body: notFound })).toMatchObject({ kind: 'not-found' });
    // The registration-agency answer is JSON but no DOI record.
    const ra = recording('datacite/doi.org-ra-10.48550.json');
    expect(parseDatacite({ status: 200, body: ra })).toMatchObject({ kind: 'error' });
  });
});

describe('Semantic Scholar', () => {
  test('an arXiv preprint by its DOI: no venue, preprint, the arXiv id and no arXiv DOI as doi', () => {
    const body = recording('semanticscholar/paper-DOI-10.48550_arxiv.2312.07559.json');
    const p = ok(parseSemanticScholar({ status: 200, body }));
    expect(p).toMatchObject({
      source: 's2',
      title: 'PaperQA: Retrieval-Augmented Generative Agent for Scientific Research',
      year: '2023',
      preprint: true,
      ids: { arxiv: '2312.07559' },
      url: 'https://www.semanticscholar.org/paper/7e55d8701785818776323b4147cb13354c820469',
    });
    expect(p.venue).toBeUndefined();
    expect(p.pdf).toBeUndefined();
    expect(p.authors).toHaveLength(6);
  });

  test('each paper of a batch answer: an empty venue falls back to the journal name', () => {
    const papers = JSON.parse(
      recording('semanticscholar/paper-batch-all-fields-with-null.json'),
    ) as unknown[];
    expect(papers[0]).toBeNull();
    const p = ok(parseSemanticScholar({ status: 200, body: JSON.stringify(papers[1]) }));
    expect(p).toMatchObject({
      title: 'How Much Should We Trust Differences-in-Differences Estimates?',
      year: '2001',
      venue: 'Experimental & Empirical Studies eJournal',
      preprint: false,
      pdf: 'http://papers.nber.org/papers/w8841.pdf',
      ids: { doi: '10.2139/ssrn.288970' },
    });
  });

  test('a title match wraps the paper in data', () => {
    const paper = JSON.parse(
      recording('semanticscholar/paper-DOI-10.48550_arxiv.2312.07559.json'),
    ) as object;
    const body = JSON.stringify({ data: [{ ...paper, matchScore: 99 }] });
    expect(ok(parseSemanticScholar({ status: 200, body })).ids.arxiv).toBe('2312.07559');
  });

  test('not found by id, title match not found, bad fields, rate limited', () => {
    const nf = recording('semanticscholar/paper-DOI-not-found-404.json');
    expect(parseSemanticScholar({ status: 404, body: nf })).toEqual({
      ok: false,
      kind: 'not-found',
      message: 'Semantic Scholar: Paper with id DOI:10.1101/2024.04.01.587366 not found',
    });
    const match = recording('semanticscholar/paper-search-match-not-found-404.json');
    expect(parseSemanticScholar({ status: 404, body: match })).toMatchObject({ kind: 'not-found' });
    const bad = recording('semanticscholar/paper-bad-fields-400.json');
    expect(parseSemanticScholar({ status: 400, body: bad })).toEqual({
      ok: false,
      kind: 'error',
      message:
        'Semantic Scholar answered with HTTP 400: Unrecognized or unsupported fields: [unknown]',
    });
    const limited = '{"message": "Too Many Requests. Please wait and try again.", "code": "429"}';
    expect(parseSemanticScholar({ status: 429, body: limited })).toMatchObject({ kind: 'error' });
  });
});

describe('DBLP search (constructed from the documented shape)', () => {
  const body = recording('dblp/constructed-search-croci.json');
  const title =
    'Crowdsourcing open citations with CROCI -- An analysis of the current status of open citations, and a proposal';

  test('the published hit wins over the CoRR preprint of the same title', () => {
    const p = ok(parseDblpSearch({ status: 200, body }, title));
    expect(p).toMatchObject({
      source: 'dblp',
      venue: 'ISSI',
      year: '2019',
      preprint: false,
      url: 'https://dblp.org/rec/conf/issi/HeibiPS19',
      authors: ['Ivan Heibi', 'Silvio Peroni', 'David M. Shotton'],
    });
    expect(p.title).toBe(
      'Crowdsourcing open citations with CROCI - An analysis of the current status of open citations, and a proposal',
    );
  });

  test('only the CoRR hit: a preprint; another title: not found; no hits: not found', () => {
    const json = JSON.parse(body) as { result: { hits: { hit: unknown[] } } };
    json.result.hits.hit = json.result.hits.hit.slice(0, 1);
    const corr = ok(parseDblpSearch({ status: 200, body: JSON.stringify(json) }, title));
    expect(corr.preprint).toBe(true);
    expect(corr.venue).toBeUndefined();
    expect(parseDblpSearch({ status: 200, body }, 'A different paper')).toMatchObject({
      kind: 'not-found',
    });
    const none = recording('dblp/constructed-search-no-hits.json');
    expect(parseDblpSearch({ status: 200, body: none }, title)).toMatchObject({
      kind: 'not-found',
    });
    expect(parseDblpSearch({ status: 429, body: '' }, title)).toMatchObject({ kind: 'error' });
  });
});

describe('OpenReview (constructed from the documented shape)', () => {
  test('v2 note: wrapped values, venue and year from the venue string, stable links', () => {
    const body = recording('openreview/constructed-v2-note-BSKXsrwVYo.json');
    expect(ok(parseOpenReview({ status: 200, body }, 'BSKXsrwVYo'))).toEqual({
      source: 'openreview',
      title: 'An Example Title for a Constructed Note',
      authors: ['First Author', 'Second Author'],
      year: '2024',
      venue: 'ICLR',
      preprint: false,
      page: 'https://openreview.net/forum?id=BSKXsrwVYo',
      url: 'https://openreview.net/forum?id=BSKXsrwVYo',
      pdf: 'https://openreview.net/pdf?id=BSKXsrwVYo',
      ids: { openreview: 'BSKXsrwVYo' },
    });
  });

  test('v1 submission that was not accepted: no venue; the year from the venue id', () => {
    const body = recording('openreview/constructed-v1-submitted.json');
    const p = ok(parseOpenReview({ status: 200, body }, 'rJg8TeSFDH'));
    expect(p).toMatchObject({
      title: 'A Constructed Version 1 Submission',
      year: '2020',
      preprint: true,
    });
    expect(p.venue).toBeUndefined();
  });

  test('v1 accepted note (API v1, bare values): venue and year, stable links', () => {
    const body = recording('openreview/constructed-v1-note-Hk1v1Cnstr.json');
    expect(ok(parseOpenReview({ status: 200, body }, 'Hk1v1Cnstr'))).toEqual({
      source: 'openreview',
      title: 'An Example Title for a Constructed Version 1 Note',
      authors: ['Third Author', 'Fourth Author'],
      year: '2020',
      venue: 'ICLR',
      preprint: false,
      page: 'https://openreview.net/forum?id=Hk1v1Cnstr',
      url: 'https://openreview.net/forum?id=Hk1v1Cnstr',
      pdf: 'https://openreview.net/pdf?id=Hk1v1Cnstr',
      ids: { openreview: 'Hk1v1Cnstr' },
    });
    const missing = recording('openreview/constructed-v1-not-found-404.json');
    expect(parseOpenReview({ status: 404, body: missing }, 'Unknown1')).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
  });

  test('no notes, a 404, and an error answer', () => {
    const body = recording('openreview/constructed-no-notes.json');
    expect(parseOpenReview({ status: 200, body }, 'x')).toMatchObject({ kind: 'not-found' });
    expect(parseOpenReview({ status: 404, body: '' }, 'x')).toMatchObject({ kind: 'not-found' });
    expect(parseOpenReview({ status: 500, body: 'oops' }, 'x')).toMatchObject({ kind: 'error' });
  });
});

describe('ACL Anthology', () => {
  test('new-style id: meta tags in any attribute order, the short venue, the DOI', () => {
    const body = recording('acl/aclanthology.org-2021.naacl-main.208-landing.html');
    expect(ok(parseAclPage({ status: 200, body }, '2021.naacl-main.208'))).toEqual({
      source: 'acl',
      title: 'How many data points is a prompt worth?',
      authors: ['Teven Le Scao', 'Alexander M. Rush'],
      year: '2021',
      venue: 'NAACL',
      venueNames: [
        'Proceedings of the 2021 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies',
      ],
      preprint: false,
      page: 'https://aclanthology.org/2021.naacl-main.208/',
      url: 'https://aclanthology.org/2021.naacl-main.208/',
      pdf: 'https://aclanthology.org/2021.naacl-main.208.pdf',
      ids: { acl: '2021.naacl-main.208', doi: '10.18653/v1/2021.naacl-main.208' },
    });
  });

  test('old-style id without a DOI', () => {
    const body = recording('acl/aclanthology.org-N04-1001-landing.html');
    const p = ok(parseAclPage({ status: 200, body }, 'N04-1001'));
    expect(p.title).toBe('A Statistical Model for Multilingual Entity Detection and Tracking');
    expect(p.year).toBe('2004');
    expect(p.authors).toHaveLength(8);
    expect(p.ids).toEqual({ acl: 'N04-1001' });
    expect(p.venue).toBeDefined();
  });

  test('not found and a page without a paper', () => {
    expect(parseAclPage({ status: 404, body: '<html></html>' }, 'X')).toMatchObject({
      kind: 'not-found',
    });
    expect(parseAclPage({ status: 200, body: '<html><head></head></html>' }, 'X')).toMatchObject({
      kind: 'not-found',
    });
    expect(parseAclPage({ status: 503, body: '' }, 'X')).toMatchObject({ kind: 'error' });
  });
});

describe('GitHub /repos', () => {
  test('an existing repository gives its canonical address', () => {
    const body = recording('github/repos-PyGithub-PyGithub.json');
    expect(parseGithubRepo(200, body)).toEqual({
      ok: true,
      url: 'https://github.com/PyGithub/PyGithub',
      archived: false,
    });
  });

  test('not found and a secondary rate limit', () => {
    expect(
      parseGithubRepo(404, recording('github/not-found-repos-jacquev6-Xxx.json')),
    ).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    expect(parseGithubRepo(403, recording('github/rate-limit-403-search-code.json'))).toMatchObject(
      {
        ok: false,
        kind: 'error',
      },
    );
  });
});
