// Things that disappear do not break later runs: a deleted suggestion issue (GitHub answers 410), one
// transferred to another repository (301 to its new address), a suggestion branch deleted by hand,
// and a PR merged while the rebuild was writing it. The orphaned PRs are closed with a note and their
// branches kept; every other suggestion is rebuilt as usual.
import { expect, test } from 'vitest';
import { useEmulator } from '../../harness/use-emulator.js';
import { exampleFile, runEvent, runPush, seedList } from '../maintain/setup.js';
import { seedBacklog } from './backlog.js';

const emulator = useEmulator();
const UNPACED = { PAPERLIST_WRITE_INTERVAL_MS: '0' };

/** A prose change on the default branch: every suggestion's README is rebuilt. */
function moveMain(repo: Parameters<typeof emulator.commitFiles>[0], words: string): string {
  const before = emulator.branchSha(repo, 'main') as string;
  const readme = exampleFile('README.md').replace('Papers on neural networks', words);
  emulator.commitFiles(repo, 'main', { 'README.md': readme }, 'Reword the intro');
  return before;
}

test('deleted and transferred issues, a branch deleted by hand: the push works, orphans are closed with a note', async () => {
  const repo = seedList(emulator);
  const run = (payload: object) => runEvent(emulator, repo, 'issues', payload, { env: UNPACED });
  const [deleted, moved, unbranched, kept] = await seedBacklog(emulator, repo, 4, run);
  emulator.deleteIssue(repo, deleted!.issue);
  emulator.transferIssue(repo, moved!.issue, 'octo/elsewhere');
  const gone = await fetch(
    `${emulator.url}/repos/${repo.fullName}/git/refs/heads/paperlist/issue-${unbranched!.issue}`,
    { method: 'DELETE', headers: { authorization: `token ${emulator.token}` } },
  );
  expect(gone.status).toBe(204);

  const before = moveMain(repo, 'Research on networks');
  const push = await runPush(emulator, repo, before, { env: UNPACED });
  expect(push.code).toBe(0);
  expect(push.outputs.result).toBe('unchanged');
  expect(push.outputs['rebuilt-pull-requests']).toBe(String(kept!.issue));
  for (const orphan of [deleted!, moved!]) {
    expect(push.summary).toContain(
      `- #${orphan.issue}: its issue was deleted or moved; its pull request was closed with a note`,
    );
    const pull = emulator.getPulls(repo).find((p) => p.number === orphan.pull);
    expect(pull?.state).toBe('closed');
    const note = emulator.getComments(repo, orphan.pull).map((c) => c.body);
    expect(note).toHaveLength(1);
    expect(note[0]).toContain(
      `The suggestion issue #${orphan.issue} of this pull request was deleted or moved`,
    );
    // The branch is kept: a maintainer may still want the entry.
    expect(emulator.branches(repo)).toContain(`paperlist/issue-${orphan.issue}`);
  }
  // The PR whose branch was deleted (GitHub closed it) is left as it is.
  expect(emulator.getPulls(repo).find((p) => p.number === unbranched!.pull)?.state).toBe('closed');
  expect(emulator.readFile(repo, `paperlist/issue-${kept!.issue}`, 'README.md')).toContain(
    'Research on networks',
  );

  // Later runs keep working: another push, and an edit of the suggestion that is left.
  const again = await runPush(emulator, repo, moveMain(repo, 'Work on networks'), { env: UNPACED });
  expect(again.code).toBe(0);
  expect(again.outputs['rebuilt-pull-requests']).toBe(String(kept!.issue));
  expect(emulator.getComments(repo, deleted!.pull)).toHaveLength(1);
  const edit = await run(emulator.issuesEvent(repo, kept!.issue, 'edited'));
  expect(edit.code).toBe(0);
  // An edit event that arrives after its issue was deleted is ignored, not a failure.
  const payload = emulator.issuesEvent(repo, kept!.issue, 'edited');
  emulator.deleteIssue(repo, kept!.issue);
  const late = await run(payload);
  expect(late.code).toBe(0);
  expect(late.outputs.result).toBe('ignored');
});

test('a PR merged while the rebuild writes it: the run and the next ones work', async () => {
  const repo = seedList(emulator);
  const run = (payload: object) => runEvent(emulator, repo, 'issues', payload, { env: UNPACED });
  const [merged, other] = await seedBacklog(emulator, repo, 2, run);
  const before = moveMain(repo, 'Research on networks');
  const hold = emulator.holdNext({
    method: 'PATCH',
    path: `/repos/${repo.fullName}/git/refs/heads/paperlist/issue-${merged!.issue}`,
  });
  const pushing = runPush(emulator, repo, before, { env: UNPACED });
  await hold.arrived;
  const beforeMerge = emulator.branchSha(repo, 'main') as string;
  emulator.mergePullRequest(repo, merged!.pull);
  hold.release();
  const push = await pushing;
  expect(push.code).toBe(0);
  expect(emulator.getPulls(repo).find((p) => p.number === merged!.pull)?.merged).toBe(true);
  expect(emulator.readFile(repo, `paperlist/issue-${other!.issue}`, 'README.md')).toContain(
    'Research on networks',
  );
  // The merge's own push then refreshes the list and rebuilds the suggestion that is left.
  const after = await runPush(emulator, repo, beforeMerge, { env: UNPACED });
  expect(after.code).toBe(0);
  const main = emulator.branchSha(repo, 'main');
  expect(emulator.commit(repo, `paperlist/issue-${other!.issue}`).parents[0]?.sha).toBe(main);
  expect(
    emulator
      .getPulls(repo)
      .filter((p) => p.state === 'open')
      .map((p) => p.number),
  ).toEqual([other!.pull]);
});
