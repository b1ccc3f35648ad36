// Reading arXiv's search answers: the recorded answer to a real search, a refused query, and an
// answer with no feed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArxivSearch } from '../../../src/core/digest/atom.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/metadata/arxiv/${name}`, import.meta.url), 'utf8');

describe('parseArxivSearch', () => {
  it('reads every entry of a recorded search answer and the total', () => {
    const page = parseArxivSearch({
      status: 200,
      body: fixture('query-search-testing-10-entries-doi-journal_ref.xml'),
    });
    if (!page.ok) throw new Error(page.message);
    expect(page.total).toBe(214881);
    expect(page.papers).toHaveLength(10);
    const first = page.papers[0];
    expect(first?.id).toBe('2202.12139');
    expect(first?.title).toBe(
      'Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques',
    );
    expect(first?.authors).toEqual(['Mohit Kumar Ahuja', 'Arnaud Gotlieb', 'Helge Spieker']);
    expect(first?.published).toBe('2022-02-24T15:05:19Z');
    expect(first?.doi).toBe('10.1109/icstw55395.2022.00035');
    expect(first?.abstract.startsWith('Deep Learning (DL) has revolutionized')).toBe(true);
    // Versions are cut from every id; entities are decoded.
    expect(page.papers.every((p) => !/v\d+$/.test(p.id))).toBe(true);
    expect(page.papers.some((p) => p.title.includes('&amp;'))).toBe(false);
  });

  it('takes a refused query for an error, not for no papers', () => {
    const page = parseArxivSearch({
      status: 400,
      body: fixture('query-id_list-abc-error-400.xml'),
    });
    expect(page.ok).toBe(false);
    if (!page.ok) expect(page.message).toMatch(/^arXiv refused the search \(HTTP 400: /);
  });

  it('takes an answer that is no feed for an error', () => {
    expect(parseArxivSearch({ status: 200, body: 'Rate exceeded.' }).ok).toBe(false);
    expect(parseArxivSearch({ status: 200, body: '<html><body>busy</body></html>' }).ok).toBe(
      false,
    );
  });

  it('reads an empty answer as no papers', () => {
    const page = parseArxivSearch({
      status: 200,
      body: fixture('query-id_list-0000.0000-not-found.xml'),
    });
    expect(page).toEqual({ ok: true, papers: [], total: 0, entries: 0 });
  });
});
