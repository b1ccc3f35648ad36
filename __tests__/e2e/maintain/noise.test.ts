// Pushes that change nothing the bot renders get no commit and no stamp: other branches, unrelated
// files, and prose of the README.
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../../harness/use-emulator.js';
import { BRANCHYNET, exampleFile, runPush, seedList, stampLine, suggest, writes } from './setup.js';

const emulator = useEmulator();

/** The example's data with its first paper's year changed: a change the tables must show. */
const dataWithSurveyIn2023 = (): string =>
  exampleFile('data.yaml').replace(
    'venue: "TPAMI"\n      year: "2022"',
    'venue: "TPAMI"\n      year: "2023"',
  );

describe('pushes the refresh leaves alone', () => {
  it('ignores a push to another branch, even one that changes the data (zero writes)', async () => {
    const repo = seedList(emulator);
    const before = emulator.branchSha(repo, 'main') as string;
    emulator.createBranch(repo, 'draft');
    emulator.commitFiles(repo, 'draft', { 'data.yaml': dataWithSurveyIn2023() }, 'Draft');
    emulator.clearRequests();
    const run = await runPush(emulator, repo, before, { branch: 'draft' });
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ result: 'ignored' });
    expect(run.summary).toBe(
      '### paperlist: ignored\n\nNothing to do: push to refs/heads/draft, not to main.\n',
    );
    expect(emulator.requests).toEqual([]);
    expect(emulator.branchSha(repo, 'main')).toBe(before);
  });

  it('writes nothing for a push of an unrelated file, with a suggestion open', async () => {
    const repo = seedList(emulator);
    const { pull } = await suggest(emulator, repo, BRANCHYNET);
    const prHead = emulator.getPulls(repo)[0]?.head.sha;
    const before = emulator.branchSha(repo, 'main') as string;
    const pushed = emulator.commitFiles(repo, 'main', { 'CONTRIBUTING.md': 'Be kind.\n' }, 'Docs');
    emulator.clearRequests();
    const run = await runPush(emulator, repo, before);
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      result: 'unchanged',
      'up-to-date': 'true',
      'rebuilt-pull-requests': '',
    });
    expect(run.summary).toContain(`- #${pull - 1}: unchanged`);
    expect(writes(emulator)).toEqual([]);
    expect(emulator.branchSha(repo, 'main')).toBe(pushed);
    expect(emulator.getPulls(repo)[0]?.head.sha).toBe(prHead);
  });

  it('keeps the stamp when only the README prose changed', async () => {
    const repo = seedList(emulator);
    const before = emulator.branchSha(repo, 'main') as string;
    const readme = exampleFile('README.md').replace(
      'a paper list\n',
      'a paper list\n\nNew: a map of the list.\n',
    );
    const pushed = emulator.commitFiles(repo, 'main', { 'README.md': readme }, 'Prose', {
      time: '2024-12-01T00:00:00Z',
    });
    emulator.clearRequests();
    const run = await runPush(emulator, repo, before);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('unchanged');
    expect(writes(emulator)).toEqual([]);
    expect(emulator.branchSha(repo, 'main')).toBe(pushed);
    expect(stampLine(emulator.readFile(repo, 'main', 'README.md') as string)).toBe(
      '**Last Update: Oct 14, 2024 20:47:37**',
    );
  });

  it('stamps a push that leaves the data alone but edits the tables by hand, adopting the edit', async () => {
    const repo = seedList(emulator);
    const before = emulator.branchSha(repo, 'main') as string;
    // Someone fixed a row in the README instead of the data file: the fix is adopted into the data.
    const edited = exampleFile('README.md').replace(
      '| MSDNet | ICLR | 2018 |',
      '| MSDNet | ICLR | 2017 |',
    );
    emulator.commitFiles(repo, 'main', { 'README.md': edited }, 'Edit row', {
      time: '2024-12-01T00:00:00Z',
    });
    const run = await runPush(emulator, repo, before);
    expect(run.outputs.result).toBe('refreshed');
    const readme = emulator.readFile(repo, 'main', 'README.md') as string;
    expect(readme).toBe(
      edited.replace(
        '**Last Update: Oct 14, 2024 20:47:37**',
        '**Last Update: Dec 01, 2024 08:00:00**',
      ),
    );
    expect(emulator.readFile(repo, 'main', 'data.yaml')).toBe(
      exampleFile('data.yaml').replace('year: "2018"', 'year: "2017"'),
    );
  });
});
