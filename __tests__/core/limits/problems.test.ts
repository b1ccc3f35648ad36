// Problem output stays readable whatever the input: the first problems and a count of the rest,
// long paths and messages cut in the middle.
import { afterEach, describe, expect, test } from 'vitest';
import { capProblems, cutMiddle, moreProblems } from '../../../src/core/limits/problems.js';
import { FIELD_SHOWN, MESSAGE_SHOWN, PROBLEMS_SHOWN } from '../../../src/core/limits/bounds.js';
import { formatProblem, InputError } from '../../../src/core/problem.js';
import { workspace, type Workspace } from '../../cli/harness.js';

const many = (n: number) => Array.from({ length: n }, (_, i) => ({ message: `problem ${i + 1}` }));

describe('capProblems', () => {
  test('just under the cap shows all; just over shows the cap and counts the rest', () => {
    expect(capProblems(many(PROBLEMS_SHOWN))).toEqual({ shown: many(PROBLEMS_SHOWN), more: 0 });
    const over = capProblems(many(PROBLEMS_SHOWN + 1));
    expect(over.shown).toEqual(many(PROBLEMS_SHOWN));
    expect(over.more).toBe(1);
    expect(moreProblems(1)).toBe('… and 1 more problem, shown once the ones above are fixed');
    expect(moreProblems(4950)).toBe(
      '… and 4,950 more problems, shown once the ones above are fixed',
    );
  });

  test('an InputError says how many it left out', () => {
    const lines = new InputError(many(5000)).message.split('\n');
    expect(lines).toHaveLength(PROBLEMS_SHOWN + 1);
    expect(lines.at(-1)).toBe(moreProblems(5000 - PROBLEMS_SHOWN));
  });
});

describe('cutMiddle', () => {
  test('keeps short text, cuts long text to the length with both ends visible', () => {
    expect(cutMiddle('abcdef', 6)).toBe('abcdef');
    expect(cutMiddle('abcdefg', 6)).toBe('abc…fg');
    expect(cutMiddle('abcdefg', 6)).toHaveLength(6);
  });

  test('never splits a surrogate pair', () => {
    const cut = cutMiddle('😀'.repeat(10), 7);
    expect(cut).not.toMatch(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u,
    );
  });

  test('a problem whose path is thousands of [0] long prints at a readable length', () => {
    const line = formatProblem({
      file: 'data.yaml',
      line: 3,
      field: `S${'[0]'.repeat(100_000)}`,
      message: `the value ${'"x"'.repeat(10_000)} is wrong`,
      hint: 'fix it',
    });
    expect(line.length).toBeLessThanOrEqual(FIELD_SHOWN + MESSAGE_SHOWN + 40);
    expect(line.startsWith('data.yaml:3: S[0][0][0]')).toBe(true);
    expect(line).toMatch(/\[0\]: the value "x"/u);
    expect(line.endsWith('"x" is wrong (fix it)')).toBe(true);
    expect(line.split('…')).toHaveLength(3);
  });
});

describe('the CLI', () => {
  let ws: Workspace | undefined;
  afterEach(() => ws?.remove());

  test('validate lists the first problems and how many more there are', async () => {
    ws = workspace();
    const papers = Array.from({ length: 200 }, (_, i) => `    - title: T${i}\n      year: 99\n`);
    ws.write('data.yaml', `S:\n  category: C\n  list:\n${papers.join('')}`);
    const run = await ws.run(['validate']);
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(PROBLEMS_SHOWN + 1);
    expect(lines[0]).toMatch(/^data\.yaml:5:13: S\[0\]\.year: /u);
    expect(lines.at(-1)).toBe(moreProblems(200 - PROBLEMS_SHOWN));
  });
});
