// A maintainer's commit on a suggestion branch is never overwritten: after a fix-up pushed onto the
// branch, an edit of the issue leaves the PR as the maintainer made it (the status comment says a
// maintainer has taken it over), and the rebuild after a push leaves the branch alone and says so.
import { expect, test } from 'vitest';
import { TEST_USER } from '../../emulator/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { exampleFile, formBody, runEvent, runPush, seedList } from '../maintain/setup.js';
import { seedBacklog } from './backlog.js';

const emulator = useEmulator();
const UNPACED = { PAPERLIST_WRITE_INTERVAL_MS: '0' };

test('a fix-up pushed by a maintainer survives an issue edit and a rebuild', async () => {
  const repo = seedList(emulator);
  const run = (payload: object) => runEvent(emulator, repo, 'issues', payload, { env: UNPACED });
  const [fixed, plain] = await seedBacklog(emulator, repo, 2, run);
  const branch = `paperlist/issue-${fixed!.issue}`;
  const data = emulator.readFile(repo, branch, 'data.yaml') as string;
  const fixup = emulator.commitFiles(
    repo,
    branch,
    { 'data.yaml': data.replace('    venue: "arXiv"\n', '    venue: "ICLR"\n') },
    'Fix the venue',
    { author: TEST_USER },
  );

  // The contributor edits the issue: checked, but the PR is not rewritten.
  emulator.updateIssue(repo, fixed!.issue, {
    body: formBody({ ...fixed!.answers, venue: 'NeurIPS' }),
  });
  const edit = await run(emulator.issuesEvent(repo, fixed!.issue, 'edited'));
  expect(edit.code).toBe(0);
  expect(edit.outputs.result).toBe('taken-over');
  expect(emulator.branchSha(repo, branch)).toBe(fixup);
  const comments = emulator.getComments(repo, fixed!.issue);
  expect(comments).toHaveLength(1);
  expect(comments[0]?.body).toContain(`A maintainer has taken over pull request [#${fixed!.pull}]`);
  expect(comments[0]?.body).toContain(
    'Edits of this issue are checked but no longer applied to it.',
  );

  // A push: the other suggestion is rebuilt, the maintainer's branch is left alone.
  const before = emulator.branchSha(repo, 'main') as string;
  const readme = exampleFile('README.md').replace(
    'Papers on neural networks',
    'Research on networks',
  );
  emulator.commitFiles(repo, 'main', { 'README.md': readme }, 'Reword the intro');
  const push = await runPush(emulator, repo, before, { env: UNPACED });
  expect(push.code).toBe(0);
  expect(push.outputs['rebuilt-pull-requests']).toBe(String(plain!.issue));
  expect(push.summary).toContain(`- #${fixed!.issue}: left alone: a maintainer pushed commits`);
  expect(emulator.branchSha(repo, branch)).toBe(fixup);
  expect(emulator.readFile(repo, branch, 'data.yaml')).toContain('    venue: "ICLR"\n');
  const status = emulator.getComments(repo, fixed!.issue);
  expect(status).toHaveLength(1);
  expect(status[0]?.body).toContain(
    'The default branch has moved since, and the pull request was not rebuilt on it',
  );
  // No force-move of that branch was even attempted.
  expect(emulator.countRequests('PATCH', `/repos/${repo.fullName}/git/refs/heads/${branch}`)).toBe(
    0,
  );
});

test('a branch moved by another run of the bot (its own commit) is still rebuilt', async () => {
  const repo = seedList(emulator);
  const run = (payload: object) => runEvent(emulator, repo, 'issues', payload, { env: UNPACED });
  const [one] = await seedBacklog(emulator, repo, 1, run);
  const branch = `paperlist/issue-${one!.issue}`;
  // The bot's own commit, but not the one the PR's record names (a run that stopped after moving
  // the branch and before updating the PR).
  const pull = emulator.getPulls(repo)[0]!;
  const body = (pull.body ?? '').replace(/<!-- paperlist:suggestion .* -->$/, '');
  await fetch(`${emulator.url}/repos/${repo.fullName}/pulls/${pull.number}`, {
    method: 'PATCH',
    headers: { authorization: `token ${emulator.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ body }),
  });
  const before = emulator.branchSha(repo, 'main') as string;
  const readme = exampleFile('README.md').replace(
    'Papers on neural networks',
    'Research on networks',
  );
  emulator.commitFiles(repo, 'main', { 'README.md': readme }, 'Reword the intro');
  const push = await runPush(emulator, repo, before, { env: UNPACED });
  expect(push.code).toBe(0);
  expect(push.outputs['rebuilt-pull-requests']).toBe(String(one!.issue));
  expect(emulator.readFile(repo, branch, 'README.md')).toContain('Research on networks');
});
