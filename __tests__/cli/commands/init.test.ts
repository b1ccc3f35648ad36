// `paperlist init` in a folder holding only a README (no git repository): the files it writes, the
// markers it adds, what it refuses, and that `render --check` and `suggest` work right after.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { workspace, type Workspace } from '../harness.js';

const root = join(import.meta.dirname, '..', '..', '..');
let ws: Workspace;
beforeEach(() => (ws = workspace()));
afterEach(() => ws.remove());

const README = `# Halting papers

Some prose that is not part of the list.

## Vision

- [Learning When to Halt](https://example.org/halt) - ICLR 2024
- [Skipping Layers for Speed](https://example.org/skip) - CVPR 2023

## Audio

- [Early Exits for Speech](https://example.org/speech) - Interspeech 2022

## License

MIT
`;

const SUGGESTION = `### Title

A Brand New Paper

### Venue

ICML

### Year

2025

### Sections

Audio

### Paper page

https://example.org/new
`;

describe('paperlist init', () => {
  test('writes the data, settings, form and workflow, and only adds the markers to the README', async () => {
    ws.write('README.md', README);
    const run = await ws.run(['init']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'README.md: 3 entries in 2 sections (list layout) between the markers on lines 5 and 15 (added)',
    );
    for (const file of [
      'data.yaml',
      '.github/paperlist.yml',
      '.github/ISSUE_TEMPLATE/suggest-paper.yml',
      '.github/workflows/paperlist.yml',
    ]) {
      expect(existsSync(join(ws.dir, file)), file).toBe(true);
      expect(run.stdout).toContain(`wrote ${file}\n`);
    }
    const readme = ws.read('README.md');
    expect(readme.replace('<!-- main-start -->\n', '').replace('<!-- main-end -->\n', '')).toBe(
      README,
    );
    expect(readme).toContain('<!-- main-start -->\n## Vision');
    expect(readme).toContain('Interspeech 2022\n\n<!-- main-end -->\n## License');
    expect(readme).not.toContain('update-time');
    expect(ws.read('.github/ISSUE_TEMPLATE/suggest-paper.yml')).toContain('- "Audio"');
    // Editors with the YAML language server read the settings' JSON Schema from the first line,
    // the committed schema file as published in the repository.
    const [first] = ws.read('.github/paperlist.yml').split('\n');
    expect(first).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/paperlist/paperlist/v1/schema/paperlist.schema.json',
    );
    expect(existsSync(join(root, first?.split('/v1/')[1] ?? ''))).toBe(true);
    expect(await ws.run(['render', '--check'])).toEqual({
      code: 0,
      stdout: 'README.md: up to date\n',
      stderr: '',
    });
    expect((await ws.run(['validate'])).code).toBe(0);
  });

  test('a suggested paper is written in the list style', async () => {
    ws.write('README.md', README);
    expect((await ws.run(['init'])).code).toBe(0);
    ws.write('issue.md', SUGGESTION);
    const run = await ws.run(['suggest', '--issue', 'issue.md']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(ws.read('README.md')).toContain(
      '- [Early Exits for Speech](https://example.org/speech) - Interspeech 2022\n' +
        '- [A Brand New Paper](https://example.org/new) - ICML 2025\n',
    );
    expect((await ws.run(['render', '--check'])).code).toBe(0);
  });

  test('keeps prose between sections as text, and exits 0', async () => {
    ws.write('README.md', README.replace('## Audio\n', '## Audio\n\nA line of prose.\n'));
    const run = await ws.run(['init']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(ws.read('README.md')).toContain('## Audio\n\nA line of prose.\n');
    expect((await ws.run(['render', '--check'])).code).toBe(0);
  });

  test('lists every line that may be an entry it could not read, exits 1, and still adopts the list', async () => {
    ws.write('README.md', README.replace('## Audio\n', '## Audio\n\n- A line that is no paper\n'));
    const run = await ws.run(['init']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'README.md:13: not read as a paper: "- A line that is no paper"; it is kept as written (write it like the other entries (a title and a link), or move it outside the list)\n',
    );
    expect(run.stdout).toContain('1 line was not read as papers (kept as written)');
    expect((await ws.run(['render', '--check'])).code).toBe(0);
  });

  test('a paper the README lists twice in a section is a warning naming both entries; the list is adopted', async () => {
    const twice = '- [Learning When to Halt](https://example.org/halt) - ICLR 2024\n';
    ws.write('README.md', README.replace('## Audio\n', `${twice}\n## Audio\n`));
    const run = await ws.run(['init']);
    expect(run.code).toBe(0);
    const data = ws.read('data.yaml').split('\n');
    const lines = data.flatMap((l, i) => (l.includes('Learning When to Halt') ? [i + 1] : []));
    expect(lines).toHaveLength(2);
    expect(run.stderr).toBe(
      `warning: data.yaml:${lines[1]}:7: Vision[2]: the same paper as the entry at line ${lines[0]} of this section (same title): it is listed twice (remove one of the two entries, keeping the values of both)\n`,
    );
    expect((await ws.run(['render', '--check'])).code).toBe(0);
    expect((await ws.run(['validate'])).code).toBe(1);
  });

  test('refuses to overwrite files unless --force, and writes where --data and --config say', async () => {
    ws.write('README.md', README);
    ws.write('data.yaml', 'kept: {}\n');
    const refused = await ws.run(['init']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('data.yaml: already exists; nothing was written');
    expect(ws.read('data.yaml')).toBe('kept: {}\n');
    expect(ws.read('README.md')).toBe(README);
    const elsewhere = await ws.run(['init', '--data', 'papers.yaml', '--config', 'settings.yml']);
    expect(elsewhere.code).toBe(0);
    expect(ws.read('data.yaml')).toBe('kept: {}\n');
    expect(
      (await ws.run(['render', '--check', '--data', 'papers.yaml', '--config', 'settings.yml']))
        .code,
    ).toBe(0);
    const forced = await ws.run(['init', '--force', '--readme', 'README.md']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('between the markers on lines 5 and 15\n');
    expect(ws.read('data.yaml')).toContain('Learning When to Halt');
  });

  test('--stamp adds a "Last Update" zone that render fills', async () => {
    ws.write('README.md', README);
    const run = await ws.run(['init', '--stamp'], new Date('2026-03-04T05:06:07Z'));
    expect(run.code).toBe(0);
    expect(ws.read('README.md')).toContain(
      '<!-- main-end -->\n\n<!-- update-time-start -->\n\n**Last Update: Mar 04, 2026 05:06:07**\n\n<!-- update-time-end -->\n',
    );
    expect((await ws.run(['render', '--check'])).code).toBe(0);
  });

  test('a README with no list is refused and nothing is written', async () => {
    ws.write('README.md', '# Just prose\n\nNothing to see.\n');
    const run = await ws.run(['init']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no paper entries were found');
    expect(existsSync(join(ws.dir, 'data.yaml'))).toBe(false);
  });

  test('a README kept by paperlist before: its mindmap and stamp are read, not refused', async () => {
    const readme = readFileSync(join(root, 'examples', 'ednn', 'README.md'), 'utf8');
    ws.write('README.md', readme);
    const run = await ws.run(['init'], new Date('2026-03-04T05:06:07Z'));
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain(
      'README.md: the mindmap zone is kept: name "Early Exiting", with counts',
    );
    expect(run.stdout).toContain('the "Last Update" zone is kept up to date');
    expect(ws.read('README.md')).toBe(readme);
    const settings = ws.read('.github/paperlist.yml');
    expect(settings).toContain('name: Early Exiting\n');
    expect(settings).toContain('mindmap:\n  counts: true\n');
    expect(settings).not.toContain('stamp: false');
    expect(await ws.run(['render', '--check'])).toMatchObject({ code: 0 });
    // A suggestion changes the mindmap's count; a render at a time moves the stamp (it is live).
    ws.write('suggestion.md', SUGGESTION.replace('Audio', 'Survey'));
    const when = new Date('2026-03-05T00:00:00Z');
    const suggested = await ws.run(['suggest', '--issue', 'suggestion.md'], when);
    expect([suggested.code, suggested.stderr]).toEqual([0, '']);
    expect((await ws.run(['render', '--time', when.toISOString()])).code).toBe(0);
    const after = ws.read('README.md');
    expect(after).toContain('c1s1["Survey (5)"]');
    expect(after).toContain('**Last Update: Mar 05, 2026 00:00:00**');
  });

  test('a stamp in another format is left as written', async () => {
    const readme = `${README}\n<!-- update-time-start -->\nUpdated on 1 May\n<!-- update-time-end -->\n`;
    ws.write('README.md', readme);
    const run = await ws.run(['init']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("is not in paperlist's format, so it is left as written");
    expect(ws.read('.github/paperlist.yml')).toContain('stamp: false');
    expect(ws.read('README.md')).toContain('Updated on 1 May');
    expect((await ws.run(['render', '--check'])).code).toBe(0);
  });
});

describe('paperlist init: the workflow branch and the list name', () => {
  const workflow = () => ws.read('.github/workflows/paperlist.yml');

  test("runs on the branch origin/HEAD points at, else the checked-out branch, else --branch's", async () => {
    ws.write('README.md', README);
    ws.write('.git/HEAD', 'ref: refs/heads/trunk\n');
    expect((await ws.run(['init'])).code).toBe(0);
    expect(workflow()).toContain('branches: [trunk]');
    ws.write('.git/refs/remotes/origin/HEAD', 'ref: refs/remotes/origin/master\n');
    expect((await ws.run(['init', '--force'])).code).toBe(0);
    expect(workflow()).toContain('branches: [master]');
    expect((await ws.run(['init', '--force', '--branch', 'release'])).code).toBe(0);
    expect(workflow()).toContain('branches: [release]');
  });

  test('reads the name through the badges, links and emoji of the heading', async () => {
    const heading =
      '# 🚀 [Halting Papers](https://example.org) [![Awesome](https://awesome.re/badge.svg)](https://awesome.re) <img src="x.png">\n';
    ws.write('README.md', README.replace('# Halting papers\n', heading));
    expect((await ws.run(['init'])).code).toBe(0);
    expect(ws.read('.github/paperlist.yml')).toContain('\nname: Halting Papers\n');
  });
});
