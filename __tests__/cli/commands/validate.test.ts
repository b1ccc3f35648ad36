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
  const entry = (title: string, more = '') =>
    `    - title: "${title}"\n      year: "2024"\n${more}`;
  const link = (url: string) => `      links:\n        PDF: "${url}"\n`;

  test('the same paper twice in one section, by title or by arXiv id: a problem naming both lines', async () => {
    ws.write(
      'data.yaml',
      'Vision:\n  category: "V"\n  list:\n' +
        entry('Seeing Through Fog', link('https://arxiv.org/abs/2401.01234')) +
        entry('Another Paper') +
        entry('seeing through fog!') +
        entry('A Renamed Copy', link('https://arxiv.org/pdf/2401.01234v2')) +
        'Language:\n  category: "L"\n  list:\n' +
        entry('Seeing Through Fog'),
    );
    const r = await ws.run(['validate']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'data.yaml:10:7: Vision[2]: the same paper as the entry at line 4 of this section (same title): it is listed twice (remove one of the two entries, keeping the values of both)',
        'data.yaml:12:7: Vision[3]: the same paper as the entry at line 4 of this section (same arXiv id 2401.01234): it is listed twice (if they are two papers, the link of one is wrong: fix it; else remove one entry)',
        '',
      ].join('\n'),
    );
  });

  test('a field name close to a known one, used by no other entry: did you mean? (a warning)', async () => {
    ws.write(
      'data.yaml',
      'S:\n  category: "C"\n  list:\n' +
        entry('One', '      venu: "ICLR"\n') +
        entry('Two', '      sources: "x"\n') +
        entry('Three', '      source: "y"\n      titel: "z"\n') +
        entry('Four', '      source: "w"\n'),
    );
    const r = await ws.run(['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('data.yaml: 4 rows in 1 section, 4 papers\n');
    expect(r.stderr).toBe(
      [
        'warning: data.yaml:6:7: S[0].venu: "venu" is no field that paperlist or the other entries use: did you mean "venue"? (rename it to "venue:"; as written, it is a field of its own named "venu")',
        'warning: data.yaml:9:7: S[1].sources: "sources" is no field that paperlist or the other entries use: did you mean "source"? (rename it to "source:"; as written, it is a field of its own named "sources")',
        'warning: data.yaml:13:7: S[2].titel: "titel" is no field that paperlist or the other entries use: did you mean "title"? (rename it to "title:"; as written, it is a field of its own named "titel")',
        '',
      ].join('\n'),
    );
  });

  test("a field several entries share is the list's own, not a typo", async () => {
    ws.write(
      'data.yaml',
      'S:\n  category: "C"\n  list:\n' +
        entry('One', '      venu: "a"\n') +
        entry('Two', '      venu: "b"\n'),
    );
    expect(await ws.run(['validate'])).toMatchObject({ code: 0, stderr: '' });
  });

  test('a field the layout names, or a numbered one of a kind in use (note-2), is no typo; a near name still is', async () => {
    ws.write(
      'data.yaml',
      'S:\n  category: "C"\n  list:\n' +
        entry('One', '      note: "a"\n') +
        entry('Two', '      note: "b"\n      note-2: "Workshop"\n') +
        entry('Three', '      indent: " "\n') +
        entry('Four', '      indent-2: "  "\n      years: "1"\n      venu: "ICLR"\n'),
    );
    ws.write(
      '.github/paperlist.yml',
      'layout:\n  kind: list\n  item: "- {{title}} {{note}}{{#years}} ({{years}}){{/years}}"\n',
    );
    const r = await ws.run(['validate']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'warning: data.yaml:18:7: S[3].venu: "venu" is no field that paperlist or the other entries use: did you mean "venue"? (rename it to "venue:"; as written, it is a field of its own named "venu")\n',
    );
    // Without the layout, "years" is one entry's field close to "year": it is asked about.
    ws.write('.github/paperlist.yml', 'sort: []\n');
    expect((await ws.run(['validate'])).stderr).toContain('S[3].years: "years" is no field');
  });

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
