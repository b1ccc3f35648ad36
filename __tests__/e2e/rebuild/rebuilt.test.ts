// A rebuild that only moves the base leaves the PR body as it is, so afterwards the body's record no
// longer names the branch's head. What the record said is then told by reading the head once: a
// maintainer's fix-up on a rebuilt branch is still left alone, a re-run writes nothing, and with
// `commit-status: true` every rebuilt commit still gets its `paperlist` status.
import { expect, test } from 'vitest';
import { TEST_USER } from '../../emulator/index.js';
import { commitStatuses } from '../../emulator/people.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { exampleFile, runEvent, runPush, seedList } from '../maintain/setup.js';
import { requestBreakdown, seedBacklog } from './backlog.js';

const emulator = useEmulator();
const UNPACED = { PAPERLIST_WRITE_INTERVAL_MS: '0' };
const SETTINGS = `${exampleFile('.github/paperlist.yml')}commit-status: true\n`;

test('rebuilt twice, re-run, then taken over: statuses on every commit, the fix-up kept', async () => {
  const repo = seedList(emulator, { '.github/paperlist.yml': SETTINGS });
  const run = (payload: object) => runEvent(emulator, repo, 'issues', payload, { env: UNPACED });
  const [merged, first, second] = await seedBacklog(emulator, repo, 3, run);
  const branches = [first!, second!].map((i) => `paperlist/issue-${i.issue}`);
  const bodies = () => emulator.getPulls(repo).map((p) => p.body);

  // A merge, then a maintainer's change of the README: each suggestion is rebuilt twice, and each
  // of its commits gets a success status, while its PR body stays as the issue's run wrote it.
  let before = emulator.branchSha(repo, 'main') as string;
  emulator.mergePullRequest(repo, merged!.pull);
  const written = bodies();
  expect((await runPush(emulator, repo, before, { env: UNPACED })).code).toBe(0);
  before = emulator.branchSha(repo, 'main') as string;
  const readme = emulator.readFile(repo, 'main', 'README.md') as string;
  emulator.commitFiles(
    repo,
    'main',
    { 'README.md': readme.replace('Papers on neural networks', 'Research on networks') },
    'Reword the intro',
  );
  emulator.clearRequests();
  const push = await runPush(emulator, repo, before, { env: UNPACED });
  expect(push.outputs['rebuilt-pull-requests']).toBe(`${first!.issue},${second!.issue}`);
  const breakdown = Object.fromEntries(requestBreakdown(emulator, repo));
  expect(breakdown['GET /git/commits/{sha}']).toBe(2);
  expect(breakdown['POST /statuses/{sha}']).toBe(2);
  expect(breakdown['PATCH /pulls/{n}']).toBeUndefined();
  expect(bodies()).toEqual(written);
  for (const branch of branches) {
    const head = emulator.branchSha(repo, branch) as string;
    expect(emulator.commit(repo, branch).parents[0]?.sha).toBe(emulator.branchSha(repo, 'main'));
    expect(commitStatuses(emulator, repo, head).latest).toMatchObject([
      { state: 'success', context: 'paperlist' },
    ]);
  }

  // The same push again: each head is read, holds the files already, and nothing is written.
  emulator.clearRequests();
  const again = await runPush(emulator, repo, before, { env: UNPACED });
  expect(again.outputs['rebuilt-pull-requests']).toBe('');
  expect(emulator.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  expect(emulator.countRequests('GET', /\/git\/commits\/[0-9a-f]{40}$/)).toBe(2);

  // A maintainer's fix-up on a rebuilt branch: the next rebuild reads the head, finds it is not
  // the bot's, and leaves it alone.
  const data = emulator.readFile(repo, branches[0]!, 'data.yaml') as string;
  const fixup = emulator.commitFiles(
    repo,
    branches[0]!,
    { 'data.yaml': data.replace('    venue: "arXiv"\n', '    venue: "ICLR"\n') },
    'Fix the venue',
    { author: TEST_USER },
  );
  before = emulator.branchSha(repo, 'main') as string;
  emulator.commitFiles(
    repo,
    'main',
    { 'README.md': readme.replace('Papers on neural networks', 'Work on networks') },
    'Reword the intro again',
  );
  const third = await runPush(emulator, repo, before, { env: UNPACED });
  expect(third.code).toBe(0);
  expect(third.outputs['rebuilt-pull-requests']).toBe(String(second!.issue));
  expect(third.summary).toContain(`- #${first!.issue}: left alone: a maintainer pushed commits`);
  expect(emulator.branchSha(repo, branches[0]!)).toBe(fixup);
});
