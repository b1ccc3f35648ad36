// A list's history replayed through `paperlist init` and `paperlist render` in a git work tree, as a
// maintainer who keeps editing the README by hand: `fixtures/replay/halting/` holds the README's
// versions, oldest first (new sections, a rename, deletions, moves within and across sections, a
// note, a line that is no entry, a heading removed with its entry, a heading moved). After each
// push: render accepts it, every entry of the pushed zone is in the data file and in the README,
// nothing outside the zones changed, and `render --check` passes.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, expect, test } from 'vitest';
import { workspace, type Workspace } from './harness.js';

const DIR = new URL('../fixtures/replay/halting/', import.meta.url).pathname;
const versions = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readFileSync(join(DIR, f), 'utf8'));

let ws: Workspace;
afterEach(() => ws.remove());
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
    cwd: ws.dir,
    stdio: 'ignore',
  });

const START = '<!-- main-start -->';
const END = '<!-- main-end -->';
const zoneOf = (text: string) => text.slice(text.indexOf(START), text.indexOf(END));
const outside = (text: string) => text.replace(zoneOf(text), '');
/** The titles of the entries a version's zone lists: `- [Title](link)`. */
const entriesOf = (text: string) =>
  [...zoneOf(text).matchAll(/^- \[([^\]]+)\]\(/gm)].map((m) => m[1]!);
const dataTitles = (text: string) =>
  Object.values(parse(text) as Record<string, { list: { title: string }[] }>).flatMap((s) =>
    s.list.map((p) => p.title),
  );

test('every push of a hand-edited README is accepted and loses nothing', async () => {
  ws = workspace();
  ws.write('README.md', versions[0]!);
  expect((await ws.run(['init'])).code).toBe(0);
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'init');
  const said: string[] = [];
  for (const [i, version] of versions.entries()) {
    if (i === 0) continue;
    ws.write('README.md', version);
    const run = await ws.run(['render']);
    expect(run.code, `push ${i}: ${run.stderr}`).toBe(0);
    said.push(run.stdout);
    const data = dataTitles(ws.read('data.yaml'));
    const readme = ws.read('README.md');
    for (const title of entriesOf(version)) {
      expect(data, `push ${i}: "${title}" in data.yaml`).toContain(title);
      expect(entriesOf(readme), `push ${i}: "${title}" in the README`).toContain(title);
    }
    expect(entriesOf(readme)).toEqual(entriesOf(version));
    expect(outside(readme)).toBe(outside(version));
    expect((await ws.run(['render', '--check'])).code, `push ${i}: render --check`).toBe(0);
    git('add', '-A');
    git('commit', '-qm', `push ${i}`);
  }
  const all = said.join('\n');
  expect(all).toContain('new section "Speech" under "Language"');
  expect(all).toContain('section "Token Pruning" renamed "Token Dropping"');
  expect(all).toContain('"Early Exits Everywhere" in "Early Exits" was deleted by hand');
  expect(all).toContain('"Patience Based Early Exit" was moved from "Adaptive Depth" to "Speech"');
  expect(all).toContain('Papers below are preprints');
  expect(all).toContain('TODO: the exits paper from the workshop');
  expect(all).toContain('section "Token Dropping" is gone from the README');
  // Speech and Adaptive Depth swapped places: one move says it.
  expect(all).toMatch(/section "(Speech|Adaptive Depth)" was moved by hand/);
  // The line that is no entry stays where it was typed, through later pushes too.
  expect(ws.read('README.md')).toContain('- TODO: the exits paper from the workshop');
});
