// `paperlist render` and `render --check` in a list with its own layout (the bullet list of
// `examples/layouts/list`, committed in a git work tree): the README as rendered is up to date, a
// bullet typed by hand is a difference for --check and an entry of the data file for render (where
// it was typed, and it stays there on the next render), and a line that is no entry stops both with
// its line, writing nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { workspace, type Workspace } from '../harness.js';

const EXAMPLE = new URL('../../../examples/layouts/list/', import.meta.url).pathname;
const example = (path: string) => readFileSync(join(EXAMPLE, path), 'utf8');
const README = example('README.md');
const DATA = example('data.yaml');
const LAST =
  '- **[SkipNet]** Skipping Layers for Speed (_CVPR_) [[PDF]](https://example.org/skip.pdf)';
const TYPED =
  '- **[HandNet]** Halting Typed by Hand (_ICML_) [[PDF]](https://example.org/hand.pdf)';
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

let ws: Workspace;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
    cwd: ws.dir,
    stdio: 'ignore',
  });
beforeEach(() => {
  ws = workspace();
  for (const f of ['README.md', 'data.yaml', '.github/paperlist.yml']) ws.write(f, example(f));
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'list');
});
afterEach(() => ws.remove());

describe('paperlist render in a bullet list', () => {
  test('the README as rendered is up to date', async () => {
    expect(await ws.run(['render', '--check'])).toEqual({
      code: 0,
      stdout: 'README.md: up to date\n',
      stderr: '',
    });
    expect(await ws.run(['render'])).toMatchObject({ code: 0, stdout: 'README.md: up to date\n' });
    expect(ws.read('README.md')).toBe(README);
  });

  test('--check counts a bullet typed by hand as a difference and writes nothing', async () => {
    expect(README).toContain(LAST);
    const typed = README.replace(LAST, `${LAST}\n${TYPED}`);
    ws.write('README.md', typed);
    const run = await ws.run(['render', '--check']);
    expect(run.code).toBe(1);
    // A bullet list is told about its entries and its list, not rows and tables.
    expect(run.stdout).toContain(
      `README.md: hand edits of the list:\n  - new entry "Halting Typed by Hand" in "Vision" (README line ${lineOf(typed, 'HandNet')}): adopted into data.yaml\n`,
    );
    expect(run.stderr).toContain(
      'README.md: holds hand edits of the list; the lines above say what render would do with them',
    );
    // What follows the diff (the hand edits said) names no rows or tables.
    const said = run.stdout.slice(run.stdout.indexOf('README.md: hand edits'));
    expect(said).not.toMatch(/\b(rows?|tables?|cells?)\b/i);
    expect(run.stderr).not.toMatch(/\b(rows?|tables?|cells?)\b/i);
    expect(ws.read('README.md')).toBe(typed);
    expect(ws.read('data.yaml')).toBe(DATA);
  });

  test('render adopts a bullet typed between two into the data file there; rendering again keeps it there', async () => {
    // SkipNet is the second of three entries of Vision: the bullet is typed in the middle.
    const typed = README.replace(LAST, `${LAST}\n${TYPED}`);
    expect(typed.indexOf(TYPED)).toBeLessThan(typed.indexOf('[ExitNet]'));
    ws.write('README.md', typed);
    const run = await ws.run(['render']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('data.yaml: updated with the hand edits of README.md');
    const data = ws.read('data.yaml');
    const entry = [
      '    - title: "Halting Typed by Hand"',
      '      abbr: "HandNet"',
      '      venue: "ICML"',
      '      links:',
      '        PDF: "https://example.org/hand.pdf"',
    ].join('\n');
    // The list keeps file order (`sort: []`): the entry goes right after SkipNet's, as in the README.
    const skip = '        PDF: "https://example.org/skip.pdf"\n';
    expect(data).toBe(DATA.replace(skip, `${skip}${entry}\n`));
    expect(ws.read('README.md')).toBe(typed);
    // Rendering again changes nothing: the bullet stays where the person typed it.
    git('commit', '-qam', 'adopted');
    expect(await ws.run(['render'])).toMatchObject({ code: 0, stdout: 'README.md: up to date\n' });
    expect(ws.read('README.md')).toBe(typed);
    expect(ws.read('data.yaml')).toBe(data);
    expect(await ws.run(['render', '--check'])).toMatchObject({
      code: 0,
      stdout: 'README.md: up to date\n',
    });
  });

  test('a line that is no entry is kept where it stands and said with its line; the rest goes on', async () => {
    const edited = README.replace(LAST, `${LAST}\n\nSee also our other list.`);
    ws.write('README.md', edited);
    const check = await ws.run(['render', '--check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`README line ${lineOf(edited, 'See also')}:`);
    const run = await ws.run(['render']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`README line ${lineOf(edited, 'See also')}:`);
    expect(run.stdout).toContain('kept where it stands');
    // The README keeps the line: the entry after it is now written with it (its own template).
    expect(ws.read('README.md')).toBe(edited);
    const data = ws.read('data.yaml');
    expect(data).toContain('See also our other list.');
    expect(data.replace(/\n +shape: .*See also our other list.*\n/, '\n')).toBe(DATA);
    expect((await ws.run(['render', '--check'])).code).toBe(0);
  });
});
