import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { formatProblem } from '../../../src/core/problem.js';
import { fixture, workspace, type Workspace } from '../harness.js';
import { problemsOf } from '../../../src/core/result.js';

const T = '2024-10-14T12:47:37Z';
const expected = fixture('cli/small/README.output.md');

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
  ws.copy('cli/small/data.yaml', 'data.yaml');
  ws.copy('cli/small/README.input.md', 'README.md');
});
afterEach(() => ws.remove());

describe('paperlist render', () => {
  test('renders the zones, keeps the prose, and says it updated the README', async () => {
    expect(await ws.run(['render', '--time', T])).toEqual({
      code: 0,
      stdout: 'README.md: updated\n',
      stderr: '',
    });
    expect(ws.read('README.md')).toBe(expected);
  });

  test('a second run with the same time changes nothing', async () => {
    await ws.run(['render', '--time', T]);
    expect(await ws.run(['render', '--time', T])).toEqual({
      code: 0,
      stdout: 'README.md: up to date\n',
      stderr: '',
    });
    expect(ws.read('README.md')).toBe(expected);
  });

  test('takes the time from the clock when --time is not given', async () => {
    await ws.run(['render'], new Date('2025-01-31T23:59:58Z'));
    expect(ws.read('README.md')).toContain('**Last Update: Jan 31, 2025 23:59:58**');
  });

  test('without --time, an up-to-date README keeps its stamp; a changed list gets the clock time', async () => {
    await ws.run(['render', '--time', T]);
    expect(await ws.run(['render'], new Date('2025-01-31T23:59:58Z'))).toEqual({
      code: 0,
      stdout: 'README.md: up to date\n',
      stderr: '',
    });
    expect(ws.read('README.md')).toBe(expected);

    ws.write('data.yaml', ws.read('data.yaml').replace(/year: "(\d{4})"/, 'year: "2001"'));
    await ws.run(['render'], new Date('2025-01-31T23:59:58Z'));
    expect(ws.read('README.md')).toContain('**Last Update: Jan 31, 2025 23:59:58**');
  });

  test('uses the default settings file and its time zone when it exists', async () => {
    ws.write('.github/paperlist.yml', 'time-zone: Asia/Shanghai\n');
    await ws.run(['render', '--time', T]);
    expect(ws.read('README.md')).toBe(
      expected.replace('Oct 14, 2024 12:47:37', 'Oct 14, 2024 20:47:37'),
    );
  });

  test('reads the files named by --data, --readme and --config', async () => {
    ws.copy('cli/small/data.yaml', 'lists/papers.yaml');
    ws.copy('cli/small/README.input.md', 'docs/LIST.md');
    ws.write('conf.yml', 'time-zone: UTC\n');
    const run = await ws.run([
      'render',
      '--data',
      'lists/papers.yaml',
      '--readme',
      'docs/LIST.md',
      '--config',
      'conf.yml',
      '--time',
      T,
    ]);
    expect(run).toEqual({ code: 0, stdout: 'docs/LIST.md: updated\n', stderr: '' });
    expect(ws.read('docs/LIST.md')).toBe(expected);
    expect(ws.read('README.md')).toBe(fixture('cli/small/README.input.md'));
  });

  test('a missing data file is bad input (exit 1) and nothing is written', async () => {
    expect(await ws.run(['render', '--data', 'nope.yaml', '--time', T])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'nope.yaml: file not found (pass --data with the path of the data file)\n',
    });
    expect(ws.read('README.md')).toBe(fixture('cli/small/README.input.md'));
  });

  test('reports every missing file at once', async () => {
    const run = await ws.run([
      'render',
      '--readme',
      'R.md',
      '--config',
      'c.yml',
      '--data',
      'd.yml',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'd.yml: file not found (pass --data with the path of the data file)\n' +
        'c.yml: file not found (pass --config with the path of the settings file)\n' +
        'R.md: file not found (pass --readme with the path of the README)\n',
    );
  });

  test('a data file with problems is reported in full and nothing is written', async () => {
    const bad = 'S:\n  category: "C"\n  list:\n    - title: ""\n      year: "24"\n';
    ws.write('data.yaml', bad);
    const problems = problemsOf(loadData(bad, 'data.yaml'));
    expect(problems.length).toBeGreaterThan(1);
    const run = await ws.run(['render', '--time', T]);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: problems.map((p) => `${formatProblem(p)}\n`).join(''),
    });
    expect(ws.read('README.md')).toBe(fixture('cli/small/README.input.md'));
  });

  test('a README without its markers is bad input and is left alone', async () => {
    ws.write('README.md', '# No zones here\n');
    const run = await ws.run(['render', '--time', T]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^README\.md(:\d+)?: .*<!-- main-start -->/);
    expect(ws.read('README.md')).toBe('# No zones here\n');
  });

  test('a --time that is not an ISO 8601 instant is a usage error', async () => {
    const run = await ws.run(['render', '--time', '14/10/2024']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'paperlist render: --time: "14/10/2024" is not an ISO 8601 instant (write it like 2024-10-14T12:47:37Z) (run "paperlist render --help" for its options)',
    );
    expect(ws.read('README.md')).toBe(fixture('cli/small/README.input.md'));
  });

  test('an impossible calendar date or time is a usage error, not rolled over', async () => {
    for (const [time, why] of [
      ['2023-02-30T10:00:00Z', 'February 2023 has 28 days, not 30'],
      ['2024-01-01T24:00:00Z', 'the hour is 24, past 23'],
      ['2024-06-31T08:00:00+08:00', 'June 2024 has 30 days, not 31'],
    ]) {
      const run = await ws.run(['render', '--time', time as string]);
      expect(run.code, time).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.split('\n')[0]).toBe(
        `paperlist render: --time: "${time}" is not a real date and time: ${why} (run "paperlist render --help" for its options)`,
      );
    }
    expect(ws.read('README.md')).toBe(fixture('cli/small/README.input.md'));
  });

  test('a date that is real at its offset is accepted even if the UTC day differs', async () => {
    expect((await ws.run(['render', '--time', '2024-02-29T23:30:00-08:00'])).code).toBe(0);
    expect(ws.read('README.md')).toContain('Last Update: Mar 01, 2024 07:30:00');
  });

  test('a file that is not UTF-8 is bad input, reported with its line, and nothing is written', async () => {
    // A Latin-1 "é" (the byte 0xE9) on line 2 of the README, and on the last line of the data file.
    const input = fixture('cli/small/README.input.md');
    const newline = input.indexOf('\n') + 1;
    const readme = Buffer.concat([
      Buffer.from(input.slice(0, newline) + 'Caf'),
      Buffer.from([0xe9]),
      Buffer.from(`\n${input.slice(newline)}`),
    ]);
    writeFileSync(join(ws.dir, 'README.md'), readme);
    const data = fixture('cli/small/data.yaml');
    writeFileSync(
      join(ws.dir, 'data.yaml'),
      Buffer.concat([Buffer.from(`${data}# caf`), Buffer.from([0xe9])]),
    );
    const hint =
      '(save the file with the UTF-8 encoding (most editors offer it under "Save with encoding"))';
    expect(await ws.run(['render', '--time', T])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `data.yaml: not valid UTF-8 text (line ${data.split('\n').length}) ${hint}\n` +
        `README.md: not valid UTF-8 text (line 2) ${hint}\n`,
    });
    expect(readFileSync(join(ws.dir, 'README.md'))).toEqual(readme);
  });

  test('a UTF-8 BOM is read and kept', async () => {
    ws.write('README.md', '\uFEFF' + fixture('cli/small/README.input.md'));
    ws.write('data.yaml', '\uFEFF' + fixture('cli/small/data.yaml'));
    expect((await ws.run(['render', '--time', T])).code).toBe(0);
    expect(ws.read('README.md')).toBe('\uFEFF' + expected);
    expect((await ws.run(['render', '--time', T])).stdout).toBe('README.md: up to date\n');
  });
});

describe('paperlist render --check', () => {
  beforeEach(() => ws.write('README.md', expected));

  test('passes an up-to-date README and writes nothing', async () => {
    expect(await ws.run(['render', '--check', '--time', T])).toEqual({
      code: 0,
      stdout: 'README.md: up to date\n',
      stderr: '',
    });
  });

  test('without --time, ignores the stamp (the clock would never match it)', async () => {
    expect(await ws.run(['render', '--check'], new Date('2031-05-06T07:08:09Z'))).toEqual({
      code: 0,
      stdout: 'README.md: up to date\n',
      stderr: '',
    });
  });

  test('with --time, a different stamp makes the README stale', async () => {
    const run = await ws.run(['render', '--check', '--time', '2024-10-15T00:00:00Z']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '-**Last Update: Oct 14, 2024 12:47:37**\n+**Last Update: Oct 15, 2024 00:00:00**\n',
    );
  });

  test('catches stale tables, prints a unified diff, and writes nothing', async () => {
    const stale = expected.replace('| OP | ICLR | 2019 |', '| OP | ICLR | 2018 |');
    ws.write('README.md', stale);
    const run = await ws.run(['render', '--check']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'Index: README.md',
        '===================================================================',
        '--- README.md\tcurrent',
        '+++ README.md\trendered',
        '@@ -8,9 +8,9 @@',
        ' ### Sorting',
        ' | Title | Abbreviation | Venue | Year | Materials |',
        ' |----------|----|----|----|----|',
        ' | Newer paper | N/A | CVPR | 2023 | [[PAGE](https://example.org/new)] [[CODE](https://example.org/new-code)] |',
        '-| Older paper | OP | ICLR | 2018 | [[PDF](https://example.org/old.pdf)] |',
        '+| Older paper | OP | ICLR | 2019 | [[PDF](https://example.org/old.pdf)] |',
        ' ',
        ' ## 2. More',
        ' ### Shared',
        ' | Title | Abbreviation | Venue | Year | Materials |',
        // Outside a git work tree and without --base, which side changed is unknown: the data wins.
        'README.md: hand edits of the tables:',
        '  - year of "Older paper" in "Sorting": the README says "2018", data.yaml says "2019" (README line 12): data.yaml wins',
        // ... and it says so.
        'README.md: no earlier state of data.yaml (not committed in git, no --base): where the README and data.yaml differ, data.yaml wins, and rows it lacks are adopted; commit data.yaml or pass --base to adopt deletions, moves and new headings',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe(
      'README.md: not up to date; the diff shows what render would change (run "paperlist render" and commit the result)\n',
    );
    expect(ws.read('README.md')).toBe(stale);
  });
});
