// Hand edits of the list's structure pushed to the default branch, adopted by the refresh after the
// push: a deleted row leaves the data file, a row moved to another section changes section once,
// a new heading becomes a section under its category, a renamed heading renames its section, and a
// note typed between entries is kept where it stands. In the default tables (the example list) and
// in lists with their own layout (a bullet list, an HTML table with rowspan cells). After each push,
// main's README is the one pushed (but for the count line) and main's data file holds every entry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffLines } from 'diff';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { SeededRepo } from '../../emulator/index.js';
import { PROJECT_ROOT } from '../../harness/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { exampleFile, runPush, seedList, tableRows } from './setup.js';

const emulator = useEmulator();

type Data = Record<string, { category: string; list: { title: string }[] }>;
const dataOn = (repo: SeededRepo): Data =>
  parse(emulator.readFile(repo, 'main', 'data.yaml') as string) as Data;
const titlesOn = (repo: SeededRepo) =>
  Object.entries(dataOn(repo)).flatMap(([name, s]) => s.list.map((p) => `${name}: ${p.title}`));
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;
/** The README's main zone with its count line's number left out: it follows the list. */
const uncounted = (text: string) =>
  text
    .slice(text.indexOf('<!-- main-start -->'), text.indexOf('<!-- main-end -->'))
    .replace(/\d+ papers/g, 'N papers');

async function push(repo: SeededRepo, readme: string) {
  const before = emulator.branchSha(repo, 'main') as string;
  emulator.commitFiles(repo, 'main', { 'README.md': readme }, 'Edit the list by hand', {
    time: '2024-11-02T03:04:05Z',
  });
  emulator.clearRequests();
  const run = await runPush(emulator, repo, before);
  const head = emulator.branchSha(repo, 'main') as string;
  return { run, message: emulator.commit(repo, head).message };
}

describe('structural hand edits of the default tables', () => {
  const README = exampleFile('README.md');
  const [, RANET] = tableRows(README, 'EEN Design') as [string, string, string];

  it('a row deleted by hand leaves the data file (only its lines go), and it is said', async () => {
    const repo = seedList(emulator);
    const readme = README.replace(`${RANET}\n`, '');
    const { run, message } = await push(repo, readme);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    const line = README.split('\n').indexOf(RANET) + 1;
    expect(message).toContain(
      `was deleted by hand (README line ${line} before the change): removed from data.yaml`,
    );
    expect(run.summary).toContain('was deleted by hand');
    expect(titlesOn(repo).some((t) => t.includes('RANet'))).toBe(false);
    const data = emulator.readFile(repo, 'main', 'data.yaml') as string;
    const DATA = exampleFile('data.yaml');
    // Only the entry's lines are gone, in one block: every other line is as it was.
    const parts = diffLines(DATA, data).filter((p) => p.added || p.removed);
    expect(parts.map((p) => (p.removed ? 'removed' : 'added'))).toEqual(['removed']);
    expect(parts[0]!.value).toContain('RANet');
    expect(uncounted(emulator.readFile(repo, 'main', 'README.md') as string)).toBe(
      uncounted(readme),
    );
  });

  it('a row moved to another section changes section once', async () => {
    const repo = seedList(emulator);
    const survey = tableRows(README, 'Survey')!;
    const readme = README.replace(`${RANET}\n`, '').replace(
      `${survey.at(-1)}\n`,
      `${survey.at(-1)}\n${RANET}\n`,
    );
    const { run, message } = await push(repo, readme);
    expect(run.code).toBe(0);
    expect(message).toContain(
      `"Resolution Adaptive Networks for Efficient Inference" was moved from "EEN Design" to "Survey" (README line ${lineOf(readme, 'RANet')})`,
    );
    expect(message).not.toContain('deleted by hand');
    const ranet = titlesOn(repo).filter(
      (t) => t.includes('RANet') || t.includes('Resolution Adaptive'),
    );
    expect(ranet).toHaveLength(1);
    expect(ranet[0]).toMatch(/^Survey: /);
  });
});

describe('structural hand edits of a bullet list (examples/layouts/list)', () => {
  const EXAMPLE = join(PROJECT_ROOT, 'examples/layouts/list');
  const FILES = ['data.yaml', 'README.md', '.github/paperlist.yml'];
  const file = (path: string) => readFileSync(join(EXAMPLE, path), 'utf8');
  const README = file('README.md');
  let counter = 0;
  const seed = () =>
    emulator.createRepo({
      owner: 'octo',
      name: `structure-list-${++counter}`,
      files: Object.fromEntries(FILES.map((f) => [f, file(f)])),
      time: '2024-10-14T12:47:37Z',
    });
  const SKIP =
    '- **[SkipNet]** Skipping Layers for Speed (_CVPR_) [[PDF]](https://example.org/skip.pdf)';
  const NEW =
    '- **[SpeechExit]** Early Exits for Speech (_ICASSP_) [[PDF]](https://example.org/speech.pdf)';

  it('a new heading, a note, a deletion and a rename in one push: all adopted, all said', async () => {
    const repo = seed();
    const readme = README.replace(`${SKIP}\n`, '')
      .replace('## Language', '## Text')
      .replace(
        '<!-- main-end -->',
        `## Speech\n\nA note kept by hand.\n\n${NEW}\n\n<!-- main-end -->`,
      );
    const { run, message } = await push(repo, readme);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    expect(emulator.readFile(repo, 'main', 'README.md')).toBe(readme);
    const data = dataOn(repo);
    expect(Object.keys(data)).toEqual(['Vision', 'Text', 'Speech']);
    expect(data.Speech!.list.map((p) => p.title)).toEqual(['Early Exits for Speech']);
    expect(titlesOn(repo).some((t) => t.includes('Skipping Layers'))).toBe(false);
    expect(message).toContain(`new section "Speech"`);
    expect(message).toContain('section "Language" renamed "Text"');
    expect(message).toContain('"Skipping Layers for Speed" in "Vision" was deleted by hand');
    expect(run.summary).toContain(`README line ${lineOf(readme, 'A note kept')}`);
    // The next push of the same README is accepted and changes nothing.
    const again = await push(repo, `${readme}`);
    expect(again.run.code).toBe(0);
  });

  it('a heading written at another level rewrites the layout, and that is said', async () => {
    const repo = seed();
    const readme = README.replace('\n## Language\n', '\n### Language\n');
    expect(readme).not.toBe(README);
    const { run, message } = await push(repo, readme);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    expect(emulator.readFile(repo, 'main', 'README.md')).toBe(readme);
    const said = 'the layout in .github/paperlist.yml is rewritten';
    expect(message).toContain(said);
    expect(run.summary).toContain(said);
    expect(emulator.readFile(repo, 'main', '.github/paperlist.yml')).not.toBe(
      file('.github/paperlist.yml'),
    );
    // The sections and their papers are as they were.
    expect(Object.keys(dataOn(repo))).toEqual(['Vision', 'Language']);
  });
});

describe('structural hand edits of an HTML table with rowspan cells (examples/layouts/html)', () => {
  const EXAMPLE = join(PROJECT_ROOT, 'examples/layouts/html');
  const file = (path: string) => readFileSync(join(EXAMPLE, path), 'utf8');
  const README = file('README.md');
  let counter = 0;

  it('a row deleted by hand leaves the data file and the table is written back as pushed', async () => {
    const repo = emulator.createRepo({
      owner: 'octo',
      name: `structure-html-${++counter}`,
      files: Object.fromEntries(
        ['data.yaml', 'README.md', '.github/paperlist.yml'].map((f) => [f, file(f)]),
      ),
      time: '2024-10-14T12:47:37Z',
    });
    const row = README.split('\n').find((l) => l.includes('Early Exits Everywhere'))!;
    const readme = README.replace(`${row}\n`, '');
    const { run, message } = await push(repo, readme);
    expect(run.code).toBe(0);
    expect(message).toContain('"Early Exits Everywhere"');
    expect(message).toContain('deleted by hand');
    expect(titlesOn(repo).some((t) => t.includes('Early Exits Everywhere'))).toBe(false);
    expect(emulator.readFile(repo, 'main', 'README.md')).toBe(readme);
  });
});
