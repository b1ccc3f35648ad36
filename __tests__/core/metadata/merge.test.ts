// Merging typed and fetched values: typed wins, sources kept, the venue-year rule, disagreements.
import { describe, expect, test } from 'vitest';
import { abbreviationOf, mergePaper, type MergeInput } from '../../../src/core/metadata/merge.js';
import type { FetchedPaper } from '../../../src/core/metadata/types.js';
import { buildVocabulary } from '../../../src/core/metadata/venue.js';
import type { PaperList } from '../../../src/core/types.js';

const list: PaperList = {
  sections: [
    {
      name: 'S',
      category: 'C',
      papers: [{ title: 'A', venue: 'NIPS', abbr: 'A', links: [], extra: {} }],
    },
  ],
};
const vocabulary = buildVocabulary(list);

const arxiv: FetchedPaper = {
  source: 'arxiv',
  title: 'MSDNet: Multi-Scale Dense Networks for Resource Efficient Image Classification',
  authors: ['Gao Huang', 'Danlu Chen'],
  year: '2017',
  preprint: true,
  page: 'https://arxiv.org/abs/1703.09844',
  pdf: 'https://arxiv.org/pdf/1703.09844',
  url: 'https://arxiv.org/abs/1703.09844',
  ids: { arxiv: '1703.09844' },
};
const dblp: FetchedPaper = {
  source: 'dblp',
  title: 'Multi-Scale Dense Networks for Resource Efficient Image Classification',
  year: '2018',
  venue: 'ICLR',
  preprint: false,
  url: 'https://dblp.org/rec/conf/iclr/HuangCLWMW18',
  ids: {},
};
const base: MergeInput = {
  typed: {},
  linkIds: { arxiv: '1703.09844' },
  fetched: [dblp, arxiv],
  vocabulary,
  usesAbbreviations: true,
};

describe('mergePaper', () => {
  test('a link only: the record from arXiv, venue and year from DBLP (the venue year rule)', () => {
    const m = mergePaper(base);
    expect(m.values).toEqual({
      title: { value: arxiv.title, source: 'arxiv', url: arxiv.url },
      venue: { value: 'ICLR', source: 'dblp', url: dblp.url },
      year: { value: '2018', source: 'dblp', url: dblp.url },
      page: { value: 'https://arxiv.org/abs/1703.09844', source: 'arxiv', url: arxiv.url },
      pdf: { value: 'https://arxiv.org/pdf/1703.09844', source: 'arxiv', url: arxiv.url },
      abbr: { value: 'MSDNet', source: 'title' },
      arxiv: { value: '1703.09844', source: 'typed' },
    });
    expect(m.authors).toEqual({ value: ['Gao Huang', 'Danlu Chen'], source: 'arxiv' });
    expect(m.disagreements).toEqual([]);
  });

  test('typed values win; a contradicted one becomes a disagreement', () => {
    const m = mergePaper({
      ...base,
      typed: {
        year: '2023',
        venue: 'ICML',
        title: 'Another title',
        code: 'https://github.com/a/b',
      },
    });
    expect(m.values.year).toEqual({ value: '2023', source: 'typed' });
    expect(m.values.venue).toEqual({ value: 'ICML', source: 'typed' });
    expect(m.values.code).toEqual({ value: 'https://github.com/a/b', source: 'typed' });
    expect(m.disagreements).toEqual([
      { field: 'title', typed: 'Another title', fetched: arxiv.title, source: 'arxiv' },
      { field: 'year', typed: '2023', fetched: '2018', source: 'dblp' },
      { field: 'venue', typed: 'ICML', fetched: 'ICLR', source: 'dblp' },
    ]);
  });

  test('the same venue spelled otherwise, or the same title in other case, is no disagreement', () => {
    const m = mergePaper({
      ...base,
      fetched: [{ ...dblp, venue: 'NeurIPS' }, arxiv],
      typed: {
        venue: 'Neural Information Processing Systems',
        title: arxiv.title?.toUpperCase() ?? '',
      },
    });
    expect(m.disagreements).toEqual([]);
  });

  test("no published venue: the list's preprint word and the preprint's year", () => {
    const m = mergePaper({ ...base, fetched: [arxiv] });
    expect(m.values.venue).toEqual({ value: 'arXiv', source: 'arxiv', url: arxiv.url });
    expect(m.values.year).toEqual({ value: '2017', source: 'arxiv', url: arxiv.url });
  });

  test("the venue in the list's vocabulary: NeurIPS in a list that writes NIPS", () => {
    const m = mergePaper({
      ...base,
      fetched: [{ ...dblp, venue: 'NeurIPS', year: '2019' }, arxiv],
    });
    expect(m.values.venue?.value).toBe('NIPS');
  });

  test('a known venue wins over an unknown long name; a checked repository is the code', () => {
    const crossref: FetchedPaper = {
      source: 'crossref',
      venue: 'Some Proceedings Nobody Knows',
      year: '2019',
      ids: { doi: '10.1/x' },
      preprint: false,
    };
    const s2: FetchedPaper = {
      source: 's2',
      venue: 'International Conference on Machine Learning',
      year: '2019',
      ids: {},
      preprint: false,
    };
    const m = mergePaper({
      ...base,
      fetched: [crossref, s2, arxiv],
      code: { url: 'https://github.com/x/y', source: 'arxiv' },
    });
    expect(m.values.venue).toEqual({ value: 'ICML', source: 's2' });
    expect(m.values.doi).toEqual({ value: '10.1/x', source: 'crossref' });
    expect(m.values.code).toEqual({ value: 'https://github.com/x/y', source: 'arxiv' });
  });

  test('no abbreviation when the list uses none; many authors are cut with "others"', () => {
    const many = { ...arxiv, authors: Array.from({ length: 60 }, (_, i) => `Author ${i}`) };
    const m = mergePaper({ ...base, usesAbbreviations: false, fetched: [many], maxAuthors: 3 });
    expect(m.values.abbr).toBeUndefined();
    expect(m.authors?.value).toEqual(['Author 0', 'Author 1', 'Author 2', 'others']);
  });

  test('nothing fetched: only what was typed', () => {
    const m = mergePaper({ ...base, fetched: [], typed: { title: 'T', year: '2020' } });
    expect(m.values).toEqual({
      title: { value: 'T', source: 'typed' },
      year: { value: '2020', source: 'typed' },
      arxiv: { value: '1703.09844', source: 'typed' },
    });
    expect(m.authors).toBeUndefined();
  });
});

test.each([
  ['PaperQA: Retrieval-Augmented Generative Agent for Scientific Research', 'PaperQA'],
  ['BERT Loses Patience: Fast and Robust Inference with Early Exit', 'BERT Loses Patience'],
  ['Why should we add early exits to neural networks?', undefined],
  ['a lower case thing: no name', undefined],
  ['One Two Three Four: too many words', undefined],
])('abbreviationOf(%s)', (title, abbr) => {
  expect(abbreviationOf(title)).toBe(abbr);
});
