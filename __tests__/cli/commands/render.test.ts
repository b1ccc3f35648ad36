import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { formatProblem } from '../../../src/core/problem.js';
import { fixture, workspace, type Workspace } from '../harness.js';

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
    const problems = loadData(bad, 'data.yaml').problems;
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
      'paperlist render: --time: "14/10/2024" is not an ISO 8601 instant (write it like 2024-10-14T12:47:37Z) (see "paperlist render --help")',
    );
    expect(ws.read('README.md')).toBe(fixture('cli/small/README.input.md'));
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
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe(
      'README.md: not up to date; the diff shows what render would change (run "paperlist render" and commit the result)\n',
    );
    expect(ws.read('README.md')).toBe(stale);
  });
});
