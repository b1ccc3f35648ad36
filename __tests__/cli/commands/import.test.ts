import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { workspace, type Workspace } from '../harness.js';
import type { Paper } from '../../../src/core/types.js';
import { valueOf } from '../../result.js';

let ws: Workspace;
beforeEach(() => (ws = workspace()));
afterEach(() => ws.remove());

describe('paperlist import', () => {
  test('prints a data file that loads back to the rows read, and reports the rest', async () => {
    ws.copy('cli/small/README.import.md', 'README.md');
    const run = await ws.run(['import', 'README.md']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'README.md:10:1: row has 5 cells but the header has 4; its last cell is kept as written, not as a field (give the row one cell per column, and write a "|" inside a cell as "\\|")\n',
    );
    const loaded = valueOf(loadData(run.stdout, 'out.yaml'));
    expect(loaded.sections.map((s) => [s.category, s.name])).toEqual([['Models', 'Small']]);
    // A row written unlike the others keeps its own template (`shape`): its fields are the rest.
    const fields = (paper: Paper) => ({
      ...paper,
      extra: Object.fromEntries(Object.entries(paper.extra).filter(([key]) => key !== 'shape')),
    });
    expect(loaded.sections[0]?.papers.map(fields)).toEqual([
      {
        title: 'Tiny model',
        abbr: 'TM',
        year: '2022',
        links: [{ label: 'PDF', url: 'https://example.org/tiny.pdf' }],
        extra: {},
      },
      // Its cells are read by their column; the one past the header stays as written.
      { title: 'Broken row', abbr: '2021', links: [], extra: {} },
      {
        title: 'Model with a | pipe',
        year: '2020',
        links: [{ label: 'CODE', url: 'https://example.org/pipe' }],
        extra: {},
      },
    ]);
    expect(loaded.sections[0]?.papers[1]?.extra.shape).toContain('https://example.org/b.pdf');
  });

  test('reports what validate would refuse, at its README cell, exits 1 and still prints', async () => {
    ws.write(
      'README.md',
      [
        '## Cat',
        '### Sec',
        '| Title | Year | Materials |',
        '|---|---|---|',
        '| Paper one | 2023 | [[Code](javascript:alert(1))] |',
        '| Paper two | 2024 | [[PDF](/rel/path)] [[X](https://u:p@x.org)] [[OK](https://x.org)] |',
        '',
      ].join('\n'),
    );
    const run = await ws.run(['import', 'README.md']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        'README.md:5:23: link "javascript:alert(1)" is no web address; it is kept as written, not as a link of the paper (write the full address starting with https://, as shown in the browser)',
        'README.md:6:23: link "/rel/path" is no web address; it is kept as written, not as a link of the paper (write the full address starting with https://, as shown in the browser)',
        'README.md:6:42: Sec[1].links.X: "https://u:p@x.org" contains a user name or password (remove the user name and password, the "name:password@" part in front of the address; links must be public)',
        '',
      ].join('\n'),
    );
    // The data file is printed as read, so it can be fixed by hand; validate refuses it the same way.
    const printed = valueOf(loadData(run.stdout.replace('u:p@', ''), 'out.yaml'));
    expect(printed.sections[0]?.papers.map((p) => [p.title, p.links.map((l) => l.label)])).toEqual([
      ['Paper one', []],
      ['Paper two', ['X', 'OK']],
    ]);
    ws.write('data.yaml', run.stdout);
    const validate = await ws.run(['validate']);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain('Sec[1].links.X: "https://u:p@x.org" contains a user name');
  });

  test('a README that is not UTF-8 is reported with the line of its first bad byte', async () => {
    writeFileSync(
      join(ws.dir, 'README.md'),
      Buffer.concat([
        Buffer.from('## Cat\n### Sec\n| Title |\n|---|\n| Caf'),
        Buffer.from([0xe9, 0x0a]),
      ]),
    );
    expect(await ws.run(['import', 'README.md'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'README.md: not valid UTF-8 text (line 5) (save the file with the UTF-8 encoding (most editors offer it under "Save with encoding"))\n',
    });
  });

  test('imports the generated upstream README without a problem', async () => {
    ws.copy('import/upstream-2024-10-14/README.md', 'README.md');
    const run = await ws.run(['import', 'README.md']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const list = valueOf(loadData(run.stdout, 'out.yaml'));
    expect(list.sections.reduce((n, s) => n + s.papers.length, 0)).toBe(44);
  });

  test('a missing README is bad input', async () => {
    expect(await ws.run(['import', 'OLD.md'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'OLD.md: file not found (give the path of the README to import)\n',
    });
  });

  test('prints nothing on stdout when no section could be read', async () => {
    ws.write('README.md', '# Just prose\n');
    expect(await ws.run(['import', 'README.md'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'README.md: no paper entries were found, so there is nothing to import (entries are table rows with a Title column, or list items and paragraphs with a title and a link)\n',
    });
  });

  test('needs exactly one README', async () => {
    const none = await ws.run(['import']);
    expect(none.code).toBe(2);
    expect(none.stderr.split('\n')[0]).toBe(
      'paperlist import: import needs the README to read (run "paperlist import --help" for its options)',
    );
    const two = await ws.run(['import', 'A.md', 'B.md']);
    expect(two.code).toBe(2);
    expect(two.stderr.split('\n')[0]).toBe(
      'paperlist import: import reads one README, got 2 (run "paperlist import --help" for its options)',
    );
  });
});

describe('paperlist import, other layouts', () => {
  const bullets = `# List

## Methods

### Vision

- [Learning When to Halt](https://example.org/halt) - ICLR 2024
- [Skipping Layers for Speed](https://example.org/skip) - CVPR 2023

### Audio

- [Early Exits for Speech](https://example.org/speech) - Interspeech 2022
`;

  test('reads every entry of bullet lists under "###" headings and exits 0', async () => {
    ws.write('README.md', bullets);
    const run = await ws.run(['import', 'README.md']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const loaded = loadData(run.stdout, 'out.yaml');
    if (!loaded.ok) throw new Error('the printed data file does not load');
    expect(
      loaded.value.sections.map((s) => [s.name, s.category, s.papers.map((p) => p.title)]),
    ).toEqual([
      ['Vision', 'Methods', ['Learning When to Halt', 'Skipping Layers for Speed']],
      ['Audio', 'Methods', ['Early Exits for Speech']],
    ]);
  });

  test('a line of the list that is no entry is reported with its line, and the command exits 1', async () => {
    ws.write('README.md', bullets.replace('### Audio\n', '### Audio\n\n- a note without a link\n'));
    const run = await ws.run(['import', 'README.md']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'README.md:12: not read as a paper: "- a note without a link"; it is kept as written (write it like the other entries (a title and a link), or move it outside the list)\n',
    );
    expect(run.stdout).toContain('Early Exits for Speech');
  });
});
