// `/paperlist reject [reason]`: the suggestion is closed with the reason in its status comment, its
// pull request closed and its branch deleted, from a comment on the issue or on the pull request.
import { beforeAll, expect, test } from 'vitest';
import { reactionsOn } from '../../emulator/comments.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { repoWrites } from '../suggestion/setup.js';
import { commentAndRun, listWithSuggestion, repliesOn, runComment, tickingClock } from './setup.js';

const emulator = useEmulator();
beforeAll(() => tickingClock(emulator));

const status = (repo: Parameters<typeof emulator.getComments>[0]) =>
  emulator.getComments(repo, 1).find((c) => c.body?.includes('<!-- paperlist:status -->'))?.body;

test('on the issue: closed as not planned, the reason in the status comment, PR and branch gone', async () => {
  const repo = await listWithSuggestion(emulator);
  const { id, run } = await commentAndRun(
    emulator,
    repo,
    1,
    '/paperlist reject not about early exits (see @someone and #5)',
  );
  expect(run.code).toBe(0);
  expect(run.outputs.result).toBe('commands-done');
  const issue = emulator.getIssue(repo, 1)!;
  expect([issue.state, issue.state_reason]).toEqual(['closed', 'not_planned']);
  const text = status(repo)!;
  expect(text).toContain('declined this suggestion with `/paperlist reject`');
  expect(text).toContain('mona-maintainer');
  // The reason is shown, but pings nobody and links no issue.
  expect(text).toContain('not about early exits');
  expect(text).not.toMatch(/@someone|#5/);
  expect(
    emulator.getComments(repo, 1).filter((c) => c.body?.includes('paperlist:status')),
  ).toHaveLength(1);
  expect(emulator.getPulls(repo).map((p) => p.state)).toEqual(['closed']);
  expect(emulator.branches(repo)).not.toContain('paperlist/issue-1');
  expect(reactionsOn(emulator, repo, id)).toEqual([
    'github-actions[bot]:eyes',
    'github-actions[bot]:rocket',
  ]);
  expect(repliesOn(emulator, repo, 1)).toEqual([]);

  // Delivered again: nothing more is written.
  const writes = repoWrites(emulator, repo).length;
  await runComment(emulator, repo, id, 'created');
  expect(repoWrites(emulator, repo).slice(writes)).toEqual([
    `POST /issues/comments/${id}/reactions`,
  ]);
});

test('on the pull request, without a reason', async () => {
  const repo = await listWithSuggestion(emulator);
  const { run } = await commentAndRun(emulator, repo, 2, 'Sorry.\n/paperlist reject');
  expect(run.outputs.result).toBe('commands-done');
  expect(emulator.getIssue(repo, 1)!.state).toBe('closed');
  expect(status(repo)).toContain('No reason was given.');
  expect(emulator.getPulls(repo).map((p) => p.state)).toEqual(['closed']);
  expect(emulator.branches(repo)).not.toContain('paperlist/issue-1');
});

test('a command after reject in the same comment is told the suggestion is closed', async () => {
  const repo = await listWithSuggestion(emulator);
  const { run } = await commentAndRun(
    emulator,
    repo,
    1,
    '/paperlist reject\n/paperlist section Exit Policy',
  );
  expect(run.outputs.result).toBe('commands-done');
  const [reply] = repliesOn(emulator, repo, 1);
  expect(reply).toContain(
    '`/paperlist section "Exit Policy"` (line 2): the suggestion #1 is closed.',
  );
});
