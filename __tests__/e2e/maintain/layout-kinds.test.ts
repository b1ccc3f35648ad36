// Lists in the other layouts `init` writes (numbered items, two-line bullets, paragraphs), end to
// end through the emulator as a push runs the bundled action: an entry typed by hand is adopted
// into the data file where it was typed, an entry deleted by hand leaves it (said with the line it
// stood on), and a line of text between entries is kept where it stands and said as a warning. In
// each case the README on the branch is the one the person pushed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { SeededRepo } from '../../emulator/index.js';
import { PROJECT_ROOT } from '../../harness/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { runPush } from './setup.js';

const emulator = useEmulator();
const FIXTURES = join(PROJECT_ROOT, '__tests__/fixtures/layouts');

interface Kind {
  /** Folder under fixtures/layouts. */
  list: string;
  /** What the list calls its entries in what it says. */
  zone: string;
  section: string;
  /** An entry of `section` (its last line, and its title) and the text to type right after it. */
  after: string;
  afterTitle: string;
  typed: string;
  typedTitle: string;
  /** The README with one entry deleted as a person would (renumbering a numbered list). */
  deleted: (readme: string) => string;
  deletedTitle: string;
  /** The first line of the deleted entry. */
  deletedLine: string;
}

const KINDS: Kind[] = [
  {
    list: 'list/numbered-authors',
    zone: 'list',
    section: 'Surveys',
    after:
      '3. [**Early Exits Everywhere.**](https://example.org/exit) *E. Author et al.* NeurIPS 2022.',
    afterTitle: 'Early Exits Everywhere',
    typed:
      '4. [**Halting Typed By Hand.**](https://example.org/typed) *J. Author, K. Author.* ICML 2025.',
    typedTitle: 'Halting Typed By Hand',
    deleted: (readme) =>
      readme
        .replace(
          '2. [**Skipping Layers for Speed.**](https://example.org/skip) *C. Author, D. Author.* CVPR 2023.\n',
          '',
        )
        .replace('3. [**Early Exits Everywhere.**]', '2. [**Early Exits Everywhere.**]'),
    deletedTitle: 'Skipping Layers for Speed',
    deletedLine: '2. [**Skipping Layers for Speed.**]',
  },
  {
    list: 'list/two-line',
    zone: 'list',
    section: '2024',
    after:
      '  *A. Author, B. Author.* [[pdf](https://arxiv.org/abs/2404.00001)], 2024.04. ![](https://img.shields.io/badge/ICLR-2024-blue)',
    afterTitle: 'Learning When to Halt',
    typed:
      '- **Halting Typed By Hand**\n  *J. Author, K. Author.* [[pdf](https://arxiv.org/abs/2405.00009)], 2024.05. ![](https://img.shields.io/badge/ICML-2024-blue)',
    typedTitle: 'Halting Typed By Hand',
    deleted: (readme) =>
      readme.replace(
        '- **Skipping Layers for Speed**\n  *C. Author, D. Author.* [[pdf](https://arxiv.org/abs/2403.00002)], 2024.03. ![](https://img.shields.io/badge/CVPR-2024-blue)\n',
        '',
      ),
    deletedTitle: 'Skipping Layers for Speed',
    deletedLine: '- **Skipping Layers for Speed**',
  },
  {
    list: 'paragraph/bold-title',
    zone: 'list',
    section: 'Halting',
    after: 'ICLR 2024. [[Paper](https://example.org/halt)] [[Code](https://github.com/a/halt)] \\',
    afterTitle: 'Learning When to Halt',
    typed:
      '\n**Halting Typed By Hand** \\\n*J. Author, K. Author* \\\nICML 2025. [[Paper](https://example.org/typed)] \\',
    typedTitle: 'Halting Typed By Hand',
    deleted: (readme) =>
      readme.replace(
        '**Skipping Layers for Speed** \\\n*C. Author, D. Author* \\\nCVPR 2023. [[Paper](https://example.org/skip)] \\\n\n',
        '',
      ),
    deletedTitle: 'Skipping Layers for Speed',
    deletedLine: '**Skipping Layers for Speed** \\',
  },
];

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

type Data = Record<string, { list: { title: string }[] }>;
const titlesOn = (repo: SeededRepo, section: string): string[] =>
  (parse(emulator.readFile(repo, 'main', 'data.yaml') as string) as Data)[section]!.list.map(
    (p) => p.title,
  );

let counter = 0;
async function push(kind: Kind, edit: (readme: string) => string) {
  const read = (f: string) => readFileSync(join(FIXTURES, kind.list, f), 'utf8');
  const readme = read('README.md');
  const repo = emulator.createRepo({
    owner: 'octo',
    name: `layout-kind-${++counter}`,
    files: {
      'README.md': readme,
      'data.yaml': read('data.yaml'),
      '.github/paperlist.yml': read('paperlist.yml'),
    },
    time: '2024-10-14T12:47:37Z',
  });
  const before = emulator.branchSha(repo, 'main') as string;
  const pushed = edit(readme);
  expect(pushed).not.toBe(readme);
  emulator.commitFiles(repo, 'main', { 'README.md': pushed }, 'Edit the list by hand', {
    time: '2024-11-02T03:04:05Z',
  });
  const run = await runPush(emulator, repo, before);
  const message = emulator.commit(repo, emulator.branchSha(repo, 'main') as string).message;
  return { repo, run, readme, pushed, message };
}

describe.each(KINDS)('a list in the layout of $list', (kind) => {
  it('an entry typed by hand is adopted where it was typed; the README stays as pushed', async () => {
    const { repo, run, pushed, message } = await push(kind, (r) =>
      r.replace(kind.after, `${kind.after}\n${kind.typed}`),
    );
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    const line = lineOf(pushed, kind.typedTitle);
    const said = `new entry "${kind.typedTitle}" in "${kind.section}" (README line ${line}): adopted into data.yaml`;
    expect(message).toContain(`Hand edits of README.md's ${kind.zone}:`);
    expect(message).toContain(said);
    expect(run.summary).toContain(said);
    // The list keeps file order: the entry goes right after the one it was typed after.
    const titles = titlesOn(repo, kind.section);
    expect(titles.indexOf(kind.typedTitle)).toBe(titles.indexOf(kind.afterTitle) + 1);
    expect(emulator.readFile(repo, 'main', 'README.md')).toBe(pushed);
  });

  it('an entry deleted by hand leaves the data file, said with the line it stood on', async () => {
    const { repo, run, readme, pushed, message } = await push(kind, kind.deleted);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    const line = lineOf(readme, kind.deletedLine);
    const said = `"${kind.deletedTitle}" in "${kind.section}" was deleted by hand (README line ${line} before the change): removed from data.yaml`;
    expect(message).toContain(said);
    expect(run.summary).toContain(said);
    expect(run.annotations.some((a) => a.level === 'warning' && a.message.includes(said))).toBe(
      true,
    );
    expect(titlesOn(repo, kind.section)).not.toContain(kind.deletedTitle);
    expect(emulator.readFile(repo, 'main', 'README.md')).toBe(pushed);
  });

  it('a line of text between entries is kept where it stands and said; the rest is adopted', async () => {
    const note = 'More papers on halting are coming soon.';
    const { repo, run, pushed } = await push(kind, (r) =>
      r.replace(kind.after, `${kind.after}\n\n${note}\n\n${kind.typed.replace(/^\n/, '')}`),
    );
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    const line = lineOf(pushed, note);
    const warning = run.annotations.find((a) => a.level === 'warning' && a.message.includes(note));
    expect(warning?.message).toContain('kept where it stands');
    expect(run.summary).toContain(`README line ${line}:`);
    // The note is held by the data file, as text of its section, and written back where it stands.
    expect(emulator.readFile(repo, 'main', 'data.yaml')).toContain(note);
    expect(titlesOn(repo, kind.section)).toContain(kind.typedTitle);
    expect(emulator.readFile(repo, 'main', 'README.md')).toBe(pushed);
  });
});
