// The settings of the readers' files: `intro`, `site-url` and `bibtex`, read and checked.
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/core/problem.js';
import { parseSettings } from '../../../src/core/settings/parse.js';

const read = (text: string) => parseSettings(text, '.github/paperlist.yml');

describe('readers’ settings', () => {
  test('are read as written; a leading ./ of the BibTeX path is dropped', () => {
    const result = read(
      'intro: "Papers on early exits."\nsite-url: https://me.github.io/list/\nbibtex: ./docs/papers.bib\n',
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toMatchObject({
      intro: 'Papers on early exits.',
      siteUrl: 'https://me.github.io/list/',
      bibtex: 'docs/papers.bib',
    });
  });

  test('are absent by default', () => {
    const result = read('');
    if (!result.ok) throw new Error('defaults must read');
    const settings = result.value;
    expect(settings.intro).toBeUndefined();
    expect(settings.siteUrl).toBeUndefined();
    expect(settings.bibtex).toBeUndefined();
  });

  test('refuse a non-http site address and a BibTeX path outside the repository, with their lines', () => {
    const result = read('site-url: "javascript:alert(1)"\nbibtex: ../papers.bib\nintro: "a\\nb"\n');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^\.github\/paperlist\.yml:1:\d+: site-url: must be an http\(s\) address/,
      ),
      expect.stringMatching(
        /^\.github\/paperlist\.yml:2:\d+: bibtex: must be a path inside the repository/,
      ),
      expect.stringMatching(/^\.github\/paperlist\.yml:3:\d+: intro: must be on one line/),
    ]);
  });
});
