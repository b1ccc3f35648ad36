// `paperlist render` adopts hand edits of the tables into the data file, and says what it did.
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { fixture, workspace, type Workspace } from '../harness.js';

const loaded = (text: string) => {
  const r = loadData(text, 'data.yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};

const T = '2024-10-14T12:47:37Z';
const OLDER = '| Older paper | OP | ICLR | 2019 | [[PDF](https://example.org/old.pdf)] |';
const HAND = '| Hand Paper | HP | NeurIPS | 2024 | [[PDF](https://example.org/hand.pdf)] |';

let ws: Workspace;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
    cwd: ws.dir,
    stdio: 'ignore',
  });
beforeEach(() => {
  ws = workspace();
  ws.copy('cli/small/data.yaml', 'data.yaml');
  ws.copy('cli/small/README.output.md', 'README.md');
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'list');
});
afterEach(() => ws.remove());

const papers = (section = 0) => loaded(ws.read('data.yaml')).sections[section]!.papers;

describe('paperlist render with hand edits', () => {
  test('a row added by hand becomes an entry of the data file; the README is rendered from it', async () => {
    ws.write('README.md', ws.read('README.md').replace(OLDER, `${OLDER}\n${HAND}`));
    const run = await ws.run(['render', '--time', T]);
    expect(run).toEqual({
      code: 0,
      stdout:
        'README.md: hand edits of the tables:\n' +
        '  - new row "Hand Paper" in "Sorting" (README line 13): adopted as an entry of data.yaml\n' +
        'data.yaml: updated with the hand edits of README.md\n' +
        'README.md: updated\n',
      stderr: '',
    });
    expect(papers().map((p) => p.title)).toEqual(['Older paper', 'Newer paper', 'Hand Paper']);
    // Sorted by year, newest first, and the count line counts it.
    expect(ws.read('README.md')).toContain(`|----|\n${HAND}\n| Newer paper`);
    expect(ws.read('README.md')).toContain('3 papers are included');
    expect(await ws.run(['render', '--time', T])).toMatchObject({
      stdout: 'README.md: up to date\n',
    });
  });

  test('an edited cell becomes the field value; the data file changes on that line only', async () => {
    const before = ws.read('data.yaml');
    ws.write('README.md', ws.read('README.md').replace('| OP | ICLR |', '| OP | ICLR Workshop |'));
    const run = await ws.run(['render', '--time', T]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'venue of "Older paper" in "Sorting" changed from "ICLR" to "ICLR Workshop" (README line 12): adopted into data.yaml',
    );
    expect(ws.read('data.yaml')).toBe(before.replace('venue: "ICLR"', 'venue: "ICLR Workshop"'));
  });

  test('an edit of the data file alone is rendered, not undone by the older README', async () => {
    ws.write('data.yaml', ws.read('data.yaml').replace('venue: "ICLR"', 'venue: "ICML"'));
    const run = await ws.run(['render', '--time', T]);
    expect(run).toEqual({ code: 0, stdout: 'README.md: updated\n', stderr: '' });
    expect(ws.read('README.md')).toContain('| Older paper | OP | ICML | 2019 |');
    expect(papers()[0]!.venue).toBe('ICML');
  });

  test('--base names the earlier data file when there is no git history', async () => {
    ws.remove();
    ws = workspace();
    ws.copy('cli/small/data.yaml', 'data.yaml');
    ws.copy('cli/small/data.yaml', 'base.yaml');
    ws.copy('cli/small/README.output.md', 'README.md');
    ws.write('README.md', ws.read('README.md').replace('| OP | ICLR |', '| OP | AAAI |'));
    const run = await ws.run(['render', '--base', 'base.yaml', '--time', T]);
    expect(run.code).toBe(0);
    expect(papers()[0]!.venue).toBe('AAAI');
  });

  test('a --base file that cannot be read is an error, also when the README is up to date', async () => {
    const up = await ws.run(['render', '--check']);
    expect(up.code).toBe(0);
    const run = await ws.run(['render', '--check', '--base', 'missing.yaml']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing.yaml');
    ws.write('broken.yaml', 'Survey: [\n');
    const broken = await ws.run(['render', '--base', 'broken.yaml']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('broken.yaml');
  });

  test('a row deleted by hand leaves the data file (the committed data file is the earlier state)', async () => {
    const before = ws.read('README.md');
    const line = before.split('\n').indexOf(OLDER) + 1;
    ws.write('README.md', before.replace(`${OLDER}\n`, ''));
    const run = await ws.run(['render', '--time', T]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `"Older paper" in "Sorting" was deleted by hand (README line ${line} before the change): removed from data.yaml`,
    );
    expect(ws.read('data.yaml')).not.toContain('Older paper');
    expect(ws.read('README.md')).not.toContain('Older paper');
    expect((await ws.run(['render', '--check', '--time', T])).code).toBe(0);
  });

  test('--check reports hand edits as a difference and writes nothing', async () => {
    const edited = ws.read('README.md').replace(OLDER, `${OLDER}\n${HAND}`);
    ws.write('README.md', edited);
    const run = await ws.run(['render', '--check', '--time', T]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('new row "Hand Paper" in "Sorting" (README line 13)');
    expect(run.stderr).toContain('README.md: holds hand edits of the tables');
    expect(ws.read('README.md')).toBe(edited);
    expect(ws.read('data.yaml')).toBe(fixture('cli/small/data.yaml'));
  });

  test('a row with more cells than its header is adopted as written: it keeps a template of its own', async () => {
    const row = '| Broken | a | b | c | d | e | f |';
    ws.write('README.md', ws.read('README.md').replace(OLDER, `${OLDER}\n${row}`));
    const run = await ws.run(['render', '--time', T]);
    expect(run.code).toBe(0);
    expect(ws.read('README.md').split('\n')).toContain(row);
    const added = papers().find((p) => p.title === 'Broken');
    expect(added?.extra.shape).toContain('| d | e | f |');
    // Rendered again, the README stays as it is: the row is written back as typed.
    const again = await ws.run(['render', '--check', '--time', T]);
    expect(again.code).toBe(0);
  });
});
