import { expect, test } from 'vitest';
import { sortPapers } from '../../../src/core/render/sort.js';
import { paper } from './papers.js';

const titles = (papers: { title: string }[]) => papers.map((p) => p.title);

test('year descending as strings; a missing year sorts last; ties keep file order', () => {
  const papers = [
    paper({ title: 'a', year: '2020' }),
    paper({ title: 'b' }),
    paper({ title: 'c', year: '2024' }),
    paper({ title: 'd', year: '2020' }),
    paper({ title: 'e', year: '999' }),
  ];
  // '999' > '2024' as strings, exactly as the real list's script orders them.
  expect(titles(sortPapers(papers, [{ field: 'year', order: 'desc' }]))).toEqual([
    'e',
    'c',
    'a',
    'd',
    'b',
  ]);
});

test('several keys, ascending and descending, on built-in and extra fields', () => {
  const papers = [
    paper({ title: 'x', venue: 'B', extra: { added: '2024-02-01' } }),
    paper({ title: 'y', venue: 'A', extra: { added: '2024-01-01' } }),
    paper({ title: 'z', venue: 'B', extra: { added: '2024-03-01' } }),
  ];
  const sorted = sortPapers(papers, [
    { field: 'venue', order: 'asc' },
    { field: 'added', order: 'desc' },
  ]);
  expect(titles(sorted)).toEqual(['y', 'z', 'x']);
});

test('no keys keeps file order and returns a copy', () => {
  const papers = [paper({ title: 'b' }), paper({ title: 'a' })];
  const sorted = sortPapers(papers, []);
  expect(titles(sorted)).toEqual(['b', 'a']);
  expect(sorted).not.toBe(papers);
});
