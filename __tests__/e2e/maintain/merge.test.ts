// After a suggestion is merged, the push run sorts, counts and stamps the README in one bot commit,
// and rebuilds the other open suggestions on the new head so they still merge cleanly.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import {
  BRANCHYNET,
  CALM,
  PABEE,
  REFRESH_MESSAGE,
  countLine,
  exampleFile,
  runPush,
  seedList,
  stampLine,
  suggest,
  tableRows,
  writes,
} from './setup.js';

const emulator = useEmulator();

const EEN_DESIGN_BEFORE = tableRows(exampleFile('README.md'), 'EEN Design');
const [MEEDGE, RANET, MSDNET] = EEN_DESIGN_BEFORE as [string, string, string];
const row = (a: typeof BRANCHYNET): string =>
  `| ${a.title} | ${a.abbr} | ${a.venue} | ${a.year} | [[PAGE](${a.page})] |`;

/** The titles of a section in the data file on `main`, in file order. */
function dataTitles(repo: Parameters<Emulator['readFile']>[0], section: string): string[] {
  const data = parse(emulator.readFile(repo, 'main', 'data.yaml') as string) as Record<
    string,
    { list: { title: string }[] }
  >;
  return (data[section]?.list ?? []).map((p) => p.title);
}

describe('a merged suggestion', () => {
  it('is sorted in, counted and stamped with the merge time in one bot commit; re-runs write nothing', async () => {
    const repo = seedList(emulator);
    const { pull } = await suggest(emulator, repo, BRANCHYNET);
    const before = emulator.branchSha(repo, 'main') as string;
    const merge = emulator.mergePullRequest(repo, pull, { time: '2024-11-02T03:04:05Z' });
    // The merged PR leaves the stamp alone: the refresh after the merge sets it.
    expect(stampLine(emulator.readFile(repo, merge, 'README.md') as string)).toBe(
      '**Last Update: Oct 14, 2024 20:47:37**',
    );

    emulator.clearRequests();
    const run = await runPush(emulator, repo, before);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const head = emulator.branchSha(repo, 'main') as string;
    expect(run.outputs).toEqual({
      result: 'refreshed',
      'commit-sha': head,
      'up-to-date': 'false',
      'rebuilt-pull-requests': '',
    });
    expect(writes(emulator)).toEqual([
      `POST /repos/${repo.fullName}/git/trees`,
      `POST /repos/${repo.fullName}/git/commits`,
      `PATCH /repos/${repo.fullName}/git/refs/heads/main`,
    ]);
    const commit = emulator.commit(repo, head);
    expect(commit.parents.map((p) => p.sha)).toEqual([merge]);
    expect(commit.message.split('\n')[0]).toBe(REFRESH_MESSAGE);
    expect(commit.message).toContain('paperlist bot');

    const readme = emulator.readFile(repo, 'main', 'README.md') as string;
    // 03:04:05 UTC is 11:04:05 in Asia/Shanghai, the example's time zone.
    expect(stampLine(readme)).toBe('**Last Update: Nov 02, 2024 11:04:05**');
    expect(countLine(readme)).toBe('41 papers are included');
    expect(tableRows(readme, 'EEN Design')).toEqual([MEEDGE, RANET, MSDNET, row(BRANCHYNET)]);
    expect(readme).toContain('      c2s1["EEN Design (4)"]\n');
    // Only the stamp differs from what the suggestion PR wrote.
    const merged = emulator.readFile(repo, merge, 'README.md') as string;
    expect(readme.replace(stampLine(readme), '')).toBe(merged.replace(stampLine(merged), ''));
    // The data gains one line: the day the paper was merged (Nov 02 in Asia/Shanghai too).
    const data = emulator.readFile(repo, 'main', 'data.yaml') as string;
    expect(data.match(/added:/g)).toHaveLength(1);
    expect(data.replace(/^ +added: "2024-11-02"\n/m, '')).toBe(
      emulator.readFile(repo, merge, 'data.yaml'),
    );
    const stamped = parse(data) as Record<string, { list: { title: string; added?: string }[] }>;
    expect(stamped['EEN Design']?.list.find((p) => p.title === BRANCHYNET.title)?.added).toBe(
      '2024-11-02',
    );
    expect(run.summary).toBe(
      `### paperlist: refreshed\n\nCommitted \`data.yaml\` and \`README.md\` to \`main\` as ${head.slice(0, 7)}.\n\nNo open suggestion pull requests to rebuild.\n`,
    );

    // The same push again: the stamp is the pushed commit's time, so nothing changes.
    emulator.clearRequests();
    const again = await runPush(emulator, repo, before, { after: merge });
    expect(again.code).toBe(0);
    expect(again.outputs.result).toBe('unchanged');
    expect(writes(emulator)).toEqual([]);
    expect(emulator.branchSha(repo, 'main')).toBe(head);

    // The push of the bot's own commit (a personal token's pushes start workflows): nothing to do.
    emulator.clearRequests();
    const own = await runPush(emulator, repo, merge);
    expect(own.code).toBe(0);
    expect(own.outputs).toEqual({
      result: 'unchanged',
      'up-to-date': 'true',
      'rebuilt-pull-requests': '',
    });
    expect(writes(emulator)).toEqual([]);
    expect(emulator.branchSha(repo, 'main')).toBe(head);

    // One payload holding both the merge and the bot's commit: the stamp is the merge's still.
    emulator.clearRequests();
    const both = await runPush(emulator, repo, before);
    expect(both.outputs.result).toBe('unchanged');
    expect(writes(emulator)).toEqual([]);
  });

  it('three suggestions for one section merge one after another without a conflict', async () => {
    const repo = seedList(emulator);
    const a = await suggest(emulator, repo, BRANCHYNET);
    const b = await suggest(emulator, repo, PABEE);
    const c = await suggest(emulator, repo, CALM);

    // Merged in an order other than the one they were opened in.
    const order = [
      { s: b, time: '2024-11-01T00:00:00Z', rebuilt: `${a.issue},${c.issue}` },
      { s: c, time: '2024-11-02T00:00:00Z', rebuilt: `${a.issue}` },
      { s: a, time: '2024-11-03T09:30:00Z', rebuilt: '' },
    ];
    for (const step of order) {
      const before = emulator.branchSha(repo, 'main') as string;
      emulator.mergePullRequest(repo, step.s.pull, { time: step.time });
      const run = await runPush(emulator, repo, before);
      expect(run.code).toBe(0);
      expect(run.outputs.result).toBe('refreshed');
      expect(run.outputs['rebuilt-pull-requests']).toBe(step.rebuilt);
      // Every remaining suggestion branch now starts at the refreshed head.
      for (const open of emulator.getPulls(repo).filter((p) => p.state === 'open')) {
        expect(emulator.commit(repo, open.head.sha).parents.map((p) => p.sha)).toEqual([
          emulator.branchSha(repo, 'main'),
        ]);
      }
    }

    expect(emulator.getPulls(repo).map((p) => [p.number, p.state, p.merged_at !== null])).toEqual([
      [a.pull, 'closed', true],
      [b.pull, 'closed', true],
      [c.pull, 'closed', true],
    ]);
    expect(dataTitles(repo, 'EEN Design')).toEqual([
      'Multi-Scale Dense Networks for Resource Efficient Image Classification',
      'Unlocking the Non-deterministic Computing Power with Memory-Elastic Multi-Exit Neural Networks',
      'Resolution Adaptive Networks for Efficient Inference',
      PABEE.title,
      CALM.title,
      BRANCHYNET.title,
    ]);
    const readme = emulator.readFile(repo, 'main', 'README.md') as string;
    // Newest first; RANet and PABEE are both 2020 and keep their file order.
    expect(tableRows(readme, 'EEN Design')).toEqual([
      MEEDGE,
      row(CALM),
      RANET,
      row(PABEE),
      MSDNET,
      row(BRANCHYNET),
    ]);
    expect(countLine(readme)).toBe('43 papers are included');
    expect(stampLine(readme)).toBe('**Last Update: Nov 03, 2024 17:30:00**');
    expect(readme).toContain('      c2s1["EEN Design (6)"]\n');
  });

  it('would conflict without the rebuild (the control for the test above)', async () => {
    const repo = seedList(emulator);
    const a = await suggest(emulator, repo, BRANCHYNET);
    const b = await suggest(emulator, repo, PABEE);
    emulator.mergePullRequest(repo, a.pull);
    expect(() => emulator.mergePullRequest(repo, b.pull)).toThrow(`cannot merge #${b.pull}`);
  });

  it('a suggestion that became a duplicate gets its status comment updated and its PR closed', async () => {
    const repo = seedList(emulator);
    const { issue, pull } = await suggest(emulator, repo, BRANCHYNET);
    // A maintainer adds the same paper by hand.
    const before = emulator.branchSha(repo, 'main') as string;
    const data = exampleFile('data.yaml').replace(
      '\n\n\nEEN Configuration:',
      `\n  - title: "${BRANCHYNET.title}"\n    year: "2016"\n\n\nEEN Configuration:`,
    );
    emulator.commitFiles(repo, 'main', { 'data.yaml': data }, 'Add BranchyNet', {
      time: '2024-11-05T00:00:00Z',
    });

    const run = await runPush(emulator, repo, before);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    expect(run.outputs['rebuilt-pull-requests']).toBe('');
    expect(run.summary).toContain(`- #${issue}: now a duplicate; its pull request was closed`);
    expect(emulator.getPulls(repo).map((p) => [p.number, p.state])).toEqual([[pull, 'closed']]);
    const comments = emulator.getComments(repo, issue);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain(`already in the list as`);
    expect(emulator.getIssue(repo, issue)?.state).toBe('open');
  });
});
