// Each reader of a person's text refuses input past a bound before parsing it, with one problem
// that names the file, the line, the limit and what is normal; input just under a bound is read.
import { describe, expect, test } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { parseIssueBody } from '../../../src/core/form/body.js';
import { BUILTIN_FORM } from '../../../src/core/form/builtin.js';
import { BOUNDS } from '../../../src/core/limits/bounds.js';
import type { Result } from '../../../src/core/result.js';
import { parseSettings } from '../../../src/core/settings/parse.js';
import { nestedBlockSequences, nestedFlowSequences, yamlOfDepth } from './generate.js';

const max = BOUNDS.yamlDepth.max;

/** The problems of a reader's result; none for a success. */
const problemsOf = (result: Result<unknown>) => (result.ok ? [] : result.problems);

/** A text of exactly `size` characters that the YAML readers take as a comment. */
const comment = (size: number) => `#${'x'.repeat(size - 1)}`;

describe('the data file', () => {
  const paper = (links: string) =>
    `S:\n  category: C\n  list:\n    - title: T\n      links:\n${links}`;

  test('depth: just under the bound is read, just over is one problem at the deepest line', () => {
    // Five levels to the links mapping; its value nests the rest in flow sequences.
    const under = paper(`        a: ${'['.repeat(max - 5)}x${']'.repeat(max - 5)}\n`);
    expect(problemsOf(loadData(under, 'data.yaml'))[0]?.message).not.toMatch(/nested/u);
    const over = paper(`        a: ${'['.repeat(max - 4)}x${']'.repeat(max - 4)}\n`);
    expect(problemsOf(loadData(over, 'data.yaml'))).toEqual([
      {
        file: 'data.yaml',
        line: 6,
        message: `YAML collections nested ${max + 1} levels deep; paperlist reads at most ${max} levels`,
        hint: `${BOUNDS.yamlDepth.normal}; ${BOUNDS.yamlDepth.fix}`,
      },
    ]);
  });

  test.each([
    ['20,000 nested block sequences', nestedBlockSequences(20_000), 4],
    ['100,000 nested flow sequences', nestedFlowSequences(100_000), 3],
  ])('%s: one problem, no stack overflow', (_, text, line) => {
    const problems = problemsOf(loadData(text, 'data.yaml'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data.yaml', line });
    expect(problems[0]?.message).toMatch(/^YAML collections nested [\d,]+ levels deep;/u);
  });

  test('size: just under the bound is read, just over is refused unread', () => {
    const limit = BOUNDS.dataFileChars.max;
    expect(problemsOf(loadData(comment(limit), 'data.yaml'))[0]?.message).toBe(
      'the data file is empty',
    );
    expect(problemsOf(loadData(comment(limit + 1), 'data.yaml'))).toEqual([
      {
        file: 'data.yaml',
        line: 1,
        message: `the data file has 32,000,001 characters, past the limit at this line; paperlist reads at most 32,000,000 characters`,
        hint: `${BOUNDS.dataFileChars.normal}; ${BOUNDS.dataFileChars.fix}`,
      },
    ]);
  });
});

describe('the settings file', () => {
  test('depth: just under the bound is checked as settings, just over is refused', () => {
    const under = problemsOf(parseSettings(yamlOfDepth(max), 'paperlist.yml'));
    expect(under.length).toBeGreaterThan(0);
    expect(under.some((p) => /nested/u.test(p.message))).toBe(false);
    expect(problemsOf(parseSettings(yamlOfDepth(max + 1), 'paperlist.yml'))).toEqual([
      expect.objectContaining({
        file: 'paperlist.yml',
        line: max / 2 + 1,
        message: `YAML collections nested ${max + 1} levels deep; paperlist reads at most ${max} levels`,
      }),
    ]);
  });

  test('size: just under the bound is read, just over is refused', () => {
    const limit = BOUNDS.settingsFileChars.max;
    expect(problemsOf(parseSettings(comment(limit), 'p.yml'))).toEqual([]);
    expect(problemsOf(parseSettings(comment(limit + 1), 'p.yml'))).toEqual([
      expect.objectContaining({
        file: 'p.yml',
        message:
          'the settings file has 256,001 characters, past the limit at this line; paperlist reads at most 256,000 characters',
      }),
    ]);
  });
});

describe('the issue body', () => {
  const form = BUILTIN_FORM(['S']);
  const body = (size: number) => {
    const head = '### Title\n\n';
    return head + 'x'.repeat(size - head.length);
  };

  test('just under the size bound is read; just over is refused with the line and no answers', () => {
    const limit = BOUNDS.issueBodyChars.max;
    const read = parseIssueBody(body(limit), form);
    expect(read.refused).toBeUndefined();
    expect(String(read.fields.title)).toHaveLength(limit - 11);
    expect(parseIssueBody(body(limit + 1), form, 'issue.md')).toEqual({
      fields: {},
      unknownHeadings: [],
      refused: {
        file: 'issue.md',
        line: 3,
        message:
          'the issue body has 65,537 characters, past the limit at this line; paperlist reads at most 65,536 characters',
        hint: `${BOUNDS.issueBodyChars.normal}; ${BOUNDS.issueBodyChars.fix}`,
      },
    });
    expect(parseIssueBody(body(limit + 1), form).refused?.file).toBeUndefined();
  });
});
