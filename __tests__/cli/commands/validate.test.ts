import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { formatProblem } from '../../../src/core/problem.js';
import { parseSettings } from '../../../src/core/settings/parse.js';
import { workspace, type Workspace } from '../harness.js';
import { problemsOf } from '../../../src/core/result.js';

let ws: Workspace;
beforeEach(() => (ws = workspace()));
afterEach(() => ws.remove());

describe('paperlist validate', () => {
  test('summarises the real data file: rows, sections and distinct papers', async () => {
    ws.copy('import/upstream-2024-10-14/data.yaml', 'data.yaml');
    expect(await ws.run(['validate'])).toEqual({
      code: 0,
      stdout: 'data.yaml: 44 rows in 14 sections, 40 papers\n',
      stderr: '',
    });
  });

  test('uses singular words for one', async () => {
    ws.write('one.yaml', 'S:\n  category: "C"\n  list:\n    - title: "Only"\n');
    expect(await ws.run(['validate', '--data', 'one.yaml'])).toEqual({
      code: 0,
      stdout: 'one.yaml: 1 row in 1 section, 1 paper\n',
      stderr: '',
    });
  });

  test('counts the entries of a list of bullets, and the rows of a table layout', async () => {
    ws.write('one.yaml', 'S:\n  category: "C"\n  list:\n    - title: "Only"\n    - title: "Two"\n');
    ws.write('bullets.yml', 'sort: []\nlayout:\n  kind: list\n  item: "- {{title}}"\n');
    expect(
      await ws.run(['validate', '--data', 'one.yaml', '--config', 'bullets.yml']),
    ).toMatchObject({ code: 0, stdout: 'one.yaml: 2 entries in 1 section, 2 papers\n' });
    ws.write('table.yml', 'layout:\n  kind: table\n  item: "| {{title}} |"\n');
    expect(await ws.run(['validate', '--data', 'one.yaml', '--config', 'table.yml'])).toMatchObject(
      { code: 0, stdout: 'one.yaml: 2 rows in 1 section, 2 papers\n' },
    );
  });

  test('warns about a column or sort key no paper has, and still exits 0', async () => {
    ws.write('one.yaml', 'S:\n  category: "C"\n  list:\n    - title: "Only"\n');
    ws.write('.github/paperlist.yml', 'columns: [title, abbrv]\nsort: [-yr]\n');
    expect(await ws.run(['validate', '--data', 'one.yaml'])).toEqual({
      code: 0,
      stdout: 'one.yaml: 1 row in 1 section, 1 paper\n',
      stderr:
        'warning: .github/paperlist.yml: columns: no paper has a field "abbrv" (did you mean "abbr"?)\n' +
        'warning: .github/paperlist.yml: sort: no paper has a field "yr" (did you mean "year"?)\n',
    });
  });

  test('prints every problem of the data and settings files and exits 1', async () => {
    const data = 'S:\n  category: "C"\n  list:\n    - title: ""\n      year: "24"\n';
    const settings = 'time-zone: Mars/Olympus\n';
    ws.write('data.yaml', data);
    ws.write('.github/paperlist.yml', settings);
    const problems = [
      ...problemsOf(loadData(data, 'data.yaml')),
      ...problemsOf(parseSettings(settings, '.github/paperlist.yml')),
    ];
    expect(problems.length).toBeGreaterThan(2);
    expect(await ws.run(['validate'])).toEqual({
      code: 1,
      stdout: '',
      stderr: problems.map((p) => `${formatProblem(p)}\n`).join(''),
    });
  });

  test('a missing data file is bad input', async () => {
    expect(await ws.run(['validate'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'data.yaml: file not found (pass --data with the path of the data file)\n',
    });
  });
});
