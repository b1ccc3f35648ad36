// checkPull: the verdict on a pull request's files, from their text alone.
import { describe, expect, test } from 'vitest';
import { checkPull, type PullCheckInput } from '../../../src/core/check/verdict.js';
import { checkReport } from '../../../src/core/check/report.js';
import { loadData } from '../../../src/core/data/load.js';
import { renderReadme } from '../../../src/core/render/readme.js';
import { defaultSettings } from '../../../src/core/settings/defaults.js';
import { fixture } from '../../cli/harness.js';

const loaded = (text: string) => {
  const r = loadData(text, 'data.yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};

const data = fixture('cli/small/data.yaml');
const base = loaded(data);
const readmeFor = (text: string) => {
  const r = renderReadme(
    fixture('cli/small/README.input.md'),
    loaded(text),
    defaultSettings,
    new Date(0),
  );
  if (!r.ok) throw new Error('render');
  return r.value;
};
const ENTRY = (title: string, url: string) =>
  `    - title: "${title}"\n      year: "2024"\n      links:\n        PDF: "${url}"\n`;
const withEntry = (entry: string) => data.replace('\nShared:', `${entry}\nShared:`);
const input = (dataText: string | undefined, readme?: string): PullCheckInput => ({
  paths: { dataFile: 'data.yaml', readme: 'README.md', config: '.github/paperlist.yml' },
  head: {
    data: dataText,
    readme: readme ?? (dataText ? readmeFor(dataText) : undefined),
    config: undefined,
  },
  base,
  openSuggestions: [],
});

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('checkPull', () => {
  test('an added paper passes and its row is shown', () => {
    const text = withEntry(ENTRY('Brand New', 'https://example.org/new.pdf'));
    const verdict = checkPull(input(text));
    expect(verdict).toMatchObject({ passed: true, problems: [] });
    expect(verdict.rows).toEqual([
      expect.objectContaining({
        change: 'added',
        section: 'Sorting',
        row: '| Brand New | N/A |  | 2024 | [[PDF](https://example.org/new.pdf)] |',
      }),
    ]);
    const report = checkReport(verdict, 'data.yaml', 'abcdef1234');
    expect(report).toContain('### paperlist: check passed');
    // The default tables: their words are rows.
    expect(report).toContain('**Rows as they will look**');
  });

  test('a data file problem is an error at its file and line', () => {
    const text = withEntry(ENTRY('Bad Year', 'https://example.org/b.pdf').replace('2024', '24'));
    const verdict = checkPull(input(text, readmeFor(data)));
    expect(verdict.passed).toBe(false);
    expect(verdict.problems).toMatchObject([
      { file: 'data.yaml', line: 17, field: 'Sorting[2].year' },
    ]);
  });

  test('a paper already listed in its section is a duplicate naming the listed paper, at its line', () => {
    const text = withEntry(ENTRY('older PAPER', 'https://example.org/x.pdf'));
    const verdict = checkPull(input(text));
    expect(verdict.passed).toBe(false);
    expect(verdict.problems).toMatchObject([
      {
        file: 'data.yaml',
        line: 16,
        message: '"older PAPER" is already listed as "Older paper" (Sorting)',
      },
    ]);
  });

  test('a paper in an open suggestion is a duplicate naming the suggestion', () => {
    const text = withEntry(ENTRY('Suggested One', 'https://example.org/s.pdf'));
    const verdict = checkPull({
      ...input(text),
      openSuggestions: [
        {
          issue: 7,
          sections: ['Sorting'],
          paper: { title: 'Suggested one', links: [], extra: {} },
        },
      ],
    });
    expect(verdict.problems[0]?.message).toBe(
      '"Suggested One" is already listed as "Suggested one", suggested in #7',
    );
  });

  test('hand edits of the README are listed with what the refresh does with them', () => {
    const readme = readmeFor(data).replace('| OP | ICLR |', '| OP | ICLR Workshop |');
    const verdict = checkPull(input(data, readme));
    expect(verdict.passed).toBe(true);
    expect(verdict.handEdits?.adoptions).toMatchObject([{ field: 'venue', to: 'ICLR Workshop' }]);
    const report = checkReport(verdict, 'data.yaml', 'abc');
    expect(report).toContain(
      'venue of "Older paper" in "Sorting" changed from "ICLR" to "ICLR Workshop"',
    );
    expect(report).toContain('**Hand edits of the README tables, and what the refresh');
  });

  test('a row typed and a row deleted by hand are told in rows', () => {
    const readme = readmeFor(data);
    const older = readme.split('\n').find((l) => l.startsWith('| Older paper'))!;
    const typed = '| Typed Row | N/A | ICML | 2024 | [[PDF](https://example.org/typed.pdf)] |';
    const verdict = checkPull(input(data, readme.replace(older, typed)));
    const report = checkReport(verdict, 'data.yaml', 'abc');
    expect(report).toContain(
      `new row "Typed Row" in "Sorting" (README line ${lineOf(readme, 'Older paper')}): adopted as an entry of data.yaml`,
    );
    // The data file holds the removed row as the README showed it: the refresh deletes it.
    expect(verdict.notes).toContain(
      '1 row deleted from the README by hand will be deleted from the data file',
    );
    expect(report).toContain(
      `"Older paper" in "Sorting" was deleted by hand (README line ${lineOf(readme, 'Older paper')} before the change): removed from data.yaml`,
    );
  });

  test('an edited entry is a change, not an addition, and is no duplicate of itself', () => {
    const verdict = checkPull(input(data.replace('venue: "ICLR"', 'venue: "ICML"')));
    expect(verdict.passed).toBe(true);
    expect(verdict.rows).toMatchObject([{ change: 'changed', title: 'Older paper' }]);
  });

  test('a missing data file fails the check', () => {
    expect(checkPull(input(undefined, readmeFor(data)))).toMatchObject({
      passed: false,
      problems: [{ file: 'data.yaml', message: 'the file is not in the pull request' }],
    });
  });
});
