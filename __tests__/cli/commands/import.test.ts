import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { workspace, type Workspace } from '../harness.js';

let ws: Workspace;
beforeEach(() => (ws = workspace()));
afterEach(() => ws.remove());

describe('paperlist import', () => {
  test('prints a data file that loads back to the rows read, and reports the rest', async () => {
    ws.copy('cli/small/README.import.md', 'README.md');
    const run = await ws.run(['import', 'README.md']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'README.md:10:1: Small[1]: row has 3 cells but the header has 4; it was not imported (give the row one cell per column, and write a "|" inside a cell as "\\|")\n',
    );
    expect(loadData(run.stdout, 'out.yaml')).toEqual({
      problems: [],
      list: {
        sections: [
          {
            name: 'Small',
            category: 'Models',
            papers: [
              {
                title: 'Tiny model',
                abbr: 'TM',
                year: '2022',
                links: [{ label: 'PDF', url: 'https://example.org/tiny.pdf' }],
                extra: {},
              },
              {
                title: 'Model with a | pipe',
                year: '2020',
                links: [{ label: 'CODE', url: 'https://example.org/pipe' }],
                extra: {},
              },
            ],
          },
        ],
      },
    });
  });

  test('imports the generated upstream README without a problem', async () => {
    ws.copy('import/upstream-2024-10-14/README.md', 'README.md');
    const run = await ws.run(['import', 'README.md']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { list, problems } = loadData(run.stdout, 'out.yaml');
    expect(problems).toEqual([]);
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
        'README.md: no "### Section" heading was found, so there is nothing to import (write each section as a "### Section" heading followed by its table)\n',
    });
  });

  test('needs exactly one README', async () => {
    const none = await ws.run(['import']);
    expect(none.code).toBe(2);
    expect(none.stderr.split('\n')[0]).toBe(
      'paperlist import: import needs the README to read (see "paperlist import --help")',
    );
    const two = await ws.run(['import', 'A.md', 'B.md']);
    expect(two.code).toBe(2);
    expect(two.stderr.split('\n')[0]).toBe(
      'paperlist import: import reads one README, got 2 (see "paperlist import --help")',
    );
  });
});
