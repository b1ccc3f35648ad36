// The duplicate index: exact titles, identifiers, near-identical titles, entries across sections.
import { describe, expect, test } from 'vitest';
import { buildDuplicateIndex, findDuplicates } from '../../../src/core/suggest/duplicates.js';
import { hashTitle } from '../../../src/core/suggest/title-hash.js';
import type { Paper, PaperList } from '../../../src/core/types.js';

const paper = (title: string, ...urls: string[]): Paper => ({
  title,
  links: urls.map((url, i) => ({ label: ['PAGE', 'PDF', 'CODE'][i] ?? 'PAGE', url })),
  extra: {},
});

const list: PaperList = {
  sections: [
    {
      name: 'Exit Policy',
      category: '4. Inference',
      papers: [
        paper('Early exit networks with learned exit policies', 'https://arxiv.org/abs/2101.00001'),
        paper('BoostNet', 'https://dl.acm.org/doi/abs/10.1145/1234567'),
      ],
    },
    {
      name: 'Inference Ensemble',
      category: '4. Inference',
      papers: [paper('Early-Exit Networks with Learned Exit Policies.')],
    },
  ],
};

describe('hashTitle', () => {
  test('the ASCII fast path and the Unicode path agree on the same words', () => {
    expect(hashTitle('Early exit networks')).toEqual(hashTitle('Early exit networks \u2014'));
    expect(hashTitle('Efficient video recognition')).toEqual(
      hashTitle('Ef\uFB01cient Video Recognition'),
    );
  });

  test('word order and word boundaries matter for the ends, not for the key', () => {
    const a = hashTitle('Multi-Exit Vision Transformers');
    const b = hashTitle('MultiExit Vision Transformers');
    expect(a.key).toBe(b.key);
    expect(a.count).toBe(4);
    expect(b.count).toBe(3);
    expect(a.first).not.toBe(b.first);
    expect(a.last).toBe(b.last);
  });
});

describe('findDuplicates', () => {
  const index = buildDuplicateIndex(list, []);
  const find = (p: Paper) => findDuplicates(index, p);

  test('a paper in two sections is one entry naming both', () => {
    const { duplicates } = find(paper('EARLY EXIT NETWORKS WITH LEARNED EXIT POLICIES'));
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]).toMatchObject({
      source: 'list',
      sections: ['Exit Policy', 'Inference Ensemble'],
      on: 'title',
      field: 'title',
    });
  });

  test('an identifier match points at the link field it came from', () => {
    const { duplicates } = find(
      paper('Something else', 'https://example.org', 'https://arxiv.org/pdf/2101.00001v2.pdf'),
    );
    expect(duplicates.map((d) => [d.on, d.field, d.paper.title])).toEqual([
      ['arXiv id 2101.00001', 'pdf', 'Early exit networks with learned exit policies'],
    ]);
  });

  test.each([
    ['substituted first word', 'Late exit networks with learned exit policies'],
    ['substituted last word', 'Early exit networks with learned exit rules'],
    ['word added at the start', 'Fast early exit networks with learned exit policies'],
    ['word added at the end', 'Early exit networks with learned exit policies revisited'],
    ['word dropped in the middle', 'Early exit networks with exit policies'],
  ])('near-identical: %s', (_, title) => {
    const { duplicates, similar } = find(paper(title));
    expect(duplicates).toEqual([]);
    expect(similar.map((s) => s.paper.title)).toEqual([
      'Early exit networks with learned exit policies',
    ]);
  });

  test.each([
    ['two words apart', 'Late exit networks with learned exit rules'],
    ['a different short title', 'BoostNet v2'],
    ['unrelated', 'Dynamic neural networks: a survey'],
  ])('not near-identical: %s', (_, title) => {
    expect(find(paper(title)).similar).toEqual([]);
  });

  test('of two suggestions of one paper, only the earlier issue counts against the later', () => {
    const open = [
      { issue: 5, sections: ['Exit Policy'], paper: paper('A new paper') },
      { issue: 9, sections: ['Exit Policy'], paper: paper('A NEW PAPER') },
    ];
    const forNine = buildDuplicateIndex(list, open, 9);
    expect(findDuplicates(forNine, paper('A NEW PAPER')).duplicates).toMatchObject([
      { source: 'suggestion', issue: 5 },
    ]);
    const forFive = buildDuplicateIndex(list, open, 5);
    expect(findDuplicates(forFive, paper('A new paper')).duplicates).toEqual([]);
  });

  test('open suggestions come after the list, and one already listed adds nothing', () => {
    const withOpen = buildDuplicateIndex(list, [
      { issue: 3, sections: ['Exit Policy'], paper: paper('BoostNet') },
      {
        issue: 4,
        sections: ['Exit Policy'],
        paper: paper('Another suggested paper', 'https://doi.org/10.1145/7654321'),
      },
    ]);
    expect(findDuplicates(withOpen, paper('boostnet')).duplicates.map((d) => d.source)).toEqual([
      'list',
    ]);
    const byDoi = findDuplicates(
      withOpen,
      paper('X', 'https://dl.acm.org/doi/pdf/10.1145/7654321'),
    );
    expect(byDoi.duplicates).toMatchObject([
      { source: 'suggestion', issue: 4, on: 'DOI 10.1145/7654321' },
    ]);
  });
});

describe('identifiers kept as fields', () => {
  test('an arxiv, doi or openreview field matches a link or a field of the other entry', () => {
    const listed: Paper = { ...paper('Listed by its DOI'), extra: { doi: '10.1145/3527155' } };
    const withIds: PaperList = {
      sections: [
        {
          name: 'S',
          category: 'C',
          papers: [listed, paper('By link', 'https://openreview.net/forum?id=abc')],
        },
      ],
    };
    const index = buildDuplicateIndex(withIds, []);
    const byDoi = { ...paper('A different wording'), extra: { doi: '10.1145/3527155' } };
    expect(findDuplicates(index, byDoi).duplicates.map((d) => [d.on, d.field])).toEqual([
      ['DOI 10.1145/3527155', 'link'],
    ]);
    const byLink = paper('Other words', 'https://dl.acm.org/doi/10.1145/3527155');
    expect(findDuplicates(index, byLink).duplicates.map((d) => d.paper.title)).toEqual([
      'Listed by its DOI',
    ]);
    const byOpenReview = { ...paper('Yet other words'), extra: { openreview: 'abc' } };
    expect(findDuplicates(index, byOpenReview).duplicates.map((d) => d.paper.title)).toEqual([
      'By link',
    ]);
    const arxivDoi = { ...paper('Words'), extra: { arxiv: '2101.00001v2' } };
    expect(
      findDuplicates(buildDuplicateIndex(list, []), arxivDoi).duplicates.map((d) => d.on),
    ).toEqual(['arXiv id 2101.00001']);
    expect(findDuplicates(index, { ...paper('Unrelated'), extra: { doi: 42 } }).duplicates).toEqual(
      [],
    );
  });
});
