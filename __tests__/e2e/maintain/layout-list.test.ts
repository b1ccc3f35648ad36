// A list with its own layout (the bullet list of `examples/layouts/list`), end to end through the
// emulator: a bullet typed by hand into the README and pushed is adopted into the data file by the
// refresh on push (where it was typed, as the list keeps file order), an unreadable line stops the refresh with its line and writes nothing, and a
// suggested paper opens a pull request whose README gains one bullet in the list's own style.
import { readFileSync } from 'node:fs';
import { diffLines } from 'diff';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Emulator, SeededRepo } from '../../emulator/index.js';
import { PROJECT_ROOT } from '../../harness/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { openSuggestion, runIssueEvent } from '../suggestion/setup.js';
import { REFRESH_MESSAGE, runPush, writes } from './setup.js';

const emulator = useEmulator();

const EXAMPLE = join(PROJECT_ROOT, 'examples/layouts/list');
const FILES = [
  'data.yaml',
  'README.md',
  '.github/paperlist.yml',
  '.github/ISSUE_TEMPLATE/suggest-paper.yml',
  '.github/workflows/paperlist.yml',
];
const file = (path: string) => readFileSync(join(EXAMPLE, path), 'utf8');
const README = file('README.md');
const DATA = file('data.yaml');
const LAST_VISION =
  '- **[ExitNet]** Early Exits Everywhere (_NeurIPS_) [[PDF]](https://example.org/exit.pdf) [[CODE]](https://github.com/a/exit)';
const TYPED =
  '- **[StopNet]** Stopping at the Right Layer (_ICML Workshops_) [[PDF]](https://example.org/stop.pdf)';

let counter = 0;
function seed(overrides: Record<string, string> = {}): SeededRepo {
  return emulator.createRepo({
    owner: 'octo',
    name: `layout-list-${++counter}`,
    files: { ...Object.fromEntries(FILES.map((f) => [f, file(f)])), ...overrides },
    time: '2024-10-14T12:47:37Z',
  });
}

async function pushReadme(readme: string, seeded: Record<string, string> = {}) {
  const repo = seed(seeded);
  const before = emulator.branchSha(repo, 'main') as string;
  emulator.commitFiles(repo, 'main', { 'README.md': readme }, 'Add a paper to the list', {
    time: '2024-11-02T03:04:05Z',
  });
  emulator.clearRequests();
  const run = await runPush(emulator, repo, before);
  return { repo, run };
}

type Data = Record<string, { list: Record<string, unknown>[] }>;
const dataOn = (em: Emulator, repo: SeededRepo, branch = 'main'): Data =>
  parse(em.readFile(repo, branch, 'data.yaml') as string) as Data;
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('a bullet list with its own layout', () => {
  it('a bullet typed by hand and pushed is adopted into the data file by the refresh', async () => {
    expect(README).toContain(LAST_VISION);
    const readme = README.replace(LAST_VISION, `${LAST_VISION}\n${TYPED}`);
    const { repo, run } = await pushReadme(readme);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    const head = emulator.branchSha(repo, 'main') as string;
    const message = emulator.commit(repo, head).message;
    expect(message.split('\n')[0]).toBe(REFRESH_MESSAGE);
    // A bullet list is told about its entries, not rows of tables.
    expect(message).toContain(
      `Hand edits of README.md's list:\n- new entry "Stopping at the Right Layer" in "Vision" (README line ${lineOf(readme, 'StopNet')}): adopted into data.yaml`,
    );
    expect(message).not.toMatch(/\b(rows?|tables?)\b/);
    const vision = dataOn(emulator, repo).Vision!.list;
    expect(vision.at(-1)).toEqual({
      title: 'Stopping at the Right Layer',
      abbr: 'StopNet',
      venue: 'ICML Workshops',
      links: { PDF: 'https://example.org/stop.pdf' },
      added: '2024-11-02',
    });
    // The data file gains the entry's lines only; the README is the one the person pushed.
    const data = emulator.readFile(repo, 'main', 'data.yaml') as string;
    expect(data.startsWith(DATA.slice(0, DATA.indexOf('\nLanguage:')))).toBe(true);
    expect(data.split('\n').length - DATA.split('\n').length).toBe(6);
    expect(emulator.readFile(repo, 'main', 'README.md')).toBe(readme);
    expect(writes(emulator)).toEqual([
      `POST /repos/${repo.fullName}/git/trees`,
      `POST /repos/${repo.fullName}/git/commits`,
      `PATCH /repos/${repo.fullName}/git/refs/heads/main`,
    ]);
  });

  it('a bullet typed between two stays where it was typed, in the data file and the README', async () => {
    const FIRST_VISION =
      '- **[HaltNet]** Learning When to Halt (_ICLR_) [[PDF]](https://example.org/halt.pdf) [[CODE]](https://github.com/a/halt)';
    expect(README).toContain(FIRST_VISION);
    const readme = README.replace(FIRST_VISION, `${FIRST_VISION}\n${TYPED}`);
    const { repo, run } = await pushReadme(readme);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    // The list keeps file order (`sort: []`): the entry goes into the data right after HaltNet's.
    expect(dataOn(emulator, repo).Vision!.list.map((p) => p.title)).toEqual([
      'Learning When to Halt',
      'Stopping at the Right Layer',
      'Skipping Layers for Speed',
      'Early Exits Everywhere',
    ]);
    const head = emulator.branchSha(repo, 'main') as string;
    expect(emulator.readFile(repo, 'main', 'README.md')).toBe(readme);
    // The push of the refresh's own commit renders the same README again: nothing to write.
    const pushed = emulator.commit(repo, head).parents[0]!.sha;
    emulator.clearRequests();
    const again = await runPush(emulator, repo, pushed);
    expect(again.code).toBe(0);
    expect(again.outputs.result).toBe('unchanged');
    expect(writes(emulator)).toEqual([]);
    expect(emulator.readFile(repo, 'main', 'README.md')).toBe(readme);
  });

  it('a bullet moved by hand moves in the data file too (the list keeps file order)', async () => {
    const FIRST_VISION =
      '- **[HaltNet]** Learning When to Halt (_ICLR_) [[PDF]](https://example.org/halt.pdf) [[CODE]](https://github.com/a/halt)';
    const readme = README.replace(`${FIRST_VISION}\n`, '').replace(
      `${LAST_VISION}\n`,
      `${LAST_VISION}\n${FIRST_VISION}\n`,
    );
    expect(readme).not.toBe(README);
    const { repo, run } = await pushReadme(readme);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    const said = `"Learning When to Halt" in "Vision" was moved by hand (README line ${lineOf(readme, 'HaltNet')}): moved in data.yaml too`;
    expect(run.summary).toContain(said);
    expect(emulator.readFile(repo, 'main', 'README.md')).toBe(readme);
    const data = emulator.readFile(repo, 'main', 'data.yaml') as string;
    const vision = data.slice(0, data.indexOf('\nLanguage:'));
    expect(vision.indexOf('Learning When to Halt')).toBeGreaterThan(
      vision.indexOf('Early Exits Everywhere'),
    );
    expect(data.split('Learning When to Halt').length).toBe(2);
  });

  it('a line that is no entry is kept where it stands, said with its line; the rest is adopted', async () => {
    const typed =
      '- **[TypedNet]** Halting Typed By Hand (_ICML_) [[PDF]](https://example.org/typed.pdf)';
    const readme = README.replace(
      LAST_VISION,
      `${LAST_VISION}\n\nTODO: add the 2025 papers\n${typed}`,
    );
    const { repo, run } = await pushReadme(readme);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    const line = lineOf(readme, 'TODO');
    const warning = run.annotations.find(
      (a) => a.level === 'warning' && a.message.includes('TODO'),
    );
    expect(warning?.message).toContain('kept where it stands');
    expect(run.summary).toContain(`README line ${line}:`);
    expect(emulator.readFile(repo, 'main', 'README.md')).toBe(readme);
    const data = emulator.readFile(repo, 'main', 'data.yaml') as string;
    expect(data).toContain('title: "Halting Typed By Hand"');
    expect(data).toContain('TODO: add the 2025 papers');
  });

  it('a suggested paper appears as one more bullet in the list style', async () => {
    const repo = seed();
    const issue = openSuggestion(emulator, repo, {
      title: 'Halting Suggested Through the Form',
      abbr: 'FormNet',
      venue: 'ICLR',
      year: '2025',
      sections: ['Language'],
      page: 'https://example.org/form',
      pdf: 'https://example.org/form.pdf',
    });
    const run = await runIssueEvent(emulator, repo, issue.number, 'opened');
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('pull-request-created');
    const branch = `paperlist/issue-${issue.number}`;
    const readme = emulator.readFile(repo, branch, 'README.md') as string;
    const added = readme.split('\n').filter((l) => !README.split('\n').includes(l));
    expect(added).toEqual([
      // The list shows one paper link per entry (its PDF), so the suggestion shows its PDF alone.
      '- **[FormNet]** Halting Suggested Through the Form (_ICLR_) [[PDF]](https://example.org/form.pdf)',
    ]);
    expect(readme.replace(`${added[0]}\n`, '')).toBe(README);
    expect(dataOn(emulator, repo, branch).Language!.list.at(-1)).toMatchObject({
      title: 'Halting Suggested Through the Form',
      links: { PDF: 'https://example.org/form.pdf' },
    });
  });

  it('in a README and data file saved with CRLF, only the lines of the new entry are added', async () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const seeded = { 'README.md': crlf(README), 'data.yaml': crlf(DATA) };
    const readme = crlf(README.replace(LAST_VISION, `${LAST_VISION}\n${TYPED}`));
    const { repo, run } = await pushReadme(readme, seeded);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    // Nothing outside the zone changes, nor inside it: the README is the one pushed, CRLF and all.
    expect(emulator.readFile(repo, 'main', 'README.md')).toBe(readme);
    const data = emulator.readFile(repo, 'main', 'data.yaml') as string;
    const parts = diffLines(crlf(DATA), data);
    expect(parts.filter((p) => p.removed)).toEqual([]);
    const added = parts.filter((p) => p.added).flatMap((p) => p.value.split(/(?<=\n)/));
    expect(added[0]).toBe('    - title: "Stopping at the Right Layer"\r\n');
    expect(added.every((l) => l.endsWith('\r\n'))).toBe(true);
  });
});
