// Fetched strings are cleaned as strictly as issue text: markup, entities, invisible characters,
// whitespace, length limits, and only http(s) addresses.
import { expect, test } from 'vitest';
import { cleanFetched, cleanFetchedUrl, yearOf } from '../../../src/core/metadata/clean.js';
import { findRepositories } from '../../../src/core/metadata/code-links.js';

test('JATS and HTML tags are stripped: inline tags join, block tags separate', () => {
  expect(
    cleanFetched(
      '<jats:title>Abstract</jats:title><jats:p>Large <jats:italic>language</jats:italic> models</jats:p>',
    ),
  ).toBe('Abstract Large language models');
  expect(cleanFetched('p110α (\n   <i>PIK3CA</i>\n   )')).toBe('p110α ( PIK3CA )');
});

test('entities are decoded once, after the tags are gone (a decoded tag is text, never markup)', () => {
  expect(cleanFetched('Seminars in Cell &amp; Developmental Biology')).toBe(
    'Seminars in Cell & Developmental Biology',
  );
  expect(cleanFetched('a &lt;b&gt; c')).toBe('a <b> c');
});

test('invisible and direction-changing characters removed, whitespace collapsed, empty is undefined', () => {
  expect(cleanFetched('\u200bTi\u00adtle\u202e  with\n\tspace ')).toBe('Title with space');
  expect(cleanFetched('  \u200b ')).toBeUndefined();
  expect(cleanFetched(null)).toBeUndefined();
  expect(cleanFetched(2024)).toBe('2024');
});

test('a value over the length limit is not used', () => {
  expect(cleanFetched('x'.repeat(301))).toBeUndefined();
  expect(cleanFetched('x'.repeat(300))).toHaveLength(300);
  expect(cleanFetched('abc', 2)).toBeUndefined();
});

test('addresses: http(s) only, no spaces, no credentials', () => {
  expect(cleanFetchedUrl('https://arxiv.org/abs/1')).toBe('https://arxiv.org/abs/1');
  expect(cleanFetchedUrl('javascript:alert(1)')).toBeUndefined();
  expect(cleanFetchedUrl('https://user:pw@example.org/')).toBeUndefined();
  expect(cleanFetchedUrl('')).toBeUndefined();
});

test('years from numbers and date strings', () => {
  expect(yearOf(2019)).toBe('2019');
  expect(yearOf('2021/6')).toBe('2021');
  expect(yearOf('2023-12-08T00:00:00Z')).toBe('2023');
  expect(yearOf('June 2021')).toBeUndefined();
  expect(yearOf(null)).toBeUndefined();
});

test('repositories named in text: each once, sentence punctuation and .git left out', () => {
  expect(
    findRepositories(
      'Code: https://github.com/gaohuang/MSDNet. Also github.com/gaohuang/MSDNet.git and (https://github.com/orgs/x) www.github.com/a-b/c_d.',
    ),
  ).toEqual([
    { owner: 'gaohuang', repo: 'MSDNet' },
    { owner: 'a-b', repo: 'c_d' },
  ]);
});
