// The two races of runs that GitHub does not serialise, made certain rather than likely: the
// emulator holds one run's write until the other run has finished, then lets it through.
// - A push's rebuild read an issue before it was edited, and its write of the older text lands
//   after the edit's own run finished: the rebuild notices the edit and builds the new text.
// - Two issues suggest the same paper at the same moment, both runs seeing no other suggestion:
//   the run that claims the paper first opens the one PR; the other is told the paper is taken.
import { describe, expect, test } from 'vitest';
import { useEmulator } from '../../harness/use-emulator.js';
import {
  BRANCHYNET,
  exampleFile,
  formBody,
  runEvent,
  runPush,
  seedList,
  suggest,
} from './setup.js';

const emulator = useEmulator();

test('an edit that lands while a rebuild writes older text: the end state is the edit', async () => {
  const repo = seedList(emulator);
  const { issue, pull } = await suggest(emulator, repo, BRANCHYNET);
  const branch = `paperlist/issue-${issue}`;
  const before = emulator.branchSha(repo, 'main') as string;
  const readme = exampleFile('README.md').replace(
    'Papers on neural networks',
    'Research on networks',
  );
  emulator.commitFiles(repo, 'main', { 'README.md': readme }, 'Reword the intro');

  // The push's rebuild has read the issue and built its commit; its ref move is held.
  const ref = `/repos/${repo.fullName}/git/refs/heads/${branch}`;
  const hold = emulator.holdNext({ method: 'PATCH', path: ref });
  const pushing = runPush(emulator, repo, before);
  await hold.arrived;
  // Meanwhile the contributor edits the issue, and the edit's run finishes.
  emulator.updateIssue(repo, issue, { body: formBody({ ...BRANCHYNET, venue: 'NEWVENUE' }) });
  const edit = await runEvent(
    emulator,
    repo,
    'issues',
    emulator.issuesEvent(repo, issue, 'edited'),
  );
  expect(edit.outputs.result).toBe('pull-request-updated');
  expect(emulator.readFile(repo, branch, 'data.yaml')).toContain('    venue: "NEWVENUE"\n');
  // Only now does the rebuild's write of the older text land.
  hold.release();
  const push = await pushing;

  expect(push.code).toBe(0);
  expect(push.stdout).toContain(`#${issue} was edited while its suggestion was rebuilt`);
  expect(emulator.readFile(repo, branch, 'data.yaml')).toContain('    venue: "NEWVENUE"\n');
  expect(emulator.readFile(repo, branch, 'README.md')).toContain('Research on networks');
  expect(emulator.commit(repo, branch).parents.map((p) => p.sha)).toEqual([
    emulator.branchSha(repo, 'main'),
  ]);
  expect(emulator.getPulls(repo).map((p) => [p.number, p.state])).toEqual([[pull, 'open']]);
  expect(emulator.getComments(repo, issue)).toHaveLength(1);
  // A re-run of either event finds everything current and writes nothing.
  emulator.clearRequests();
  const again = await runEvent(
    emulator,
    repo,
    'issues',
    emulator.issuesEvent(repo, issue, 'edited'),
  );
  expect(again.outputs.result).toBe('unchanged');
  expect(emulator.requests.filter((r) => r.method !== 'GET')).toEqual([]);
});

describe('two issues suggesting one paper at the same moment', () => {
  test.each([
    ['the earlier', 0],
    ['the later', 1],
  ])(
    '%s one’s PR held until the other run finished: one PR ever, by the run that claimed the paper first',
    async (_, held) => {
      const repo = seedList(emulator);
      const open = (title: string) =>
        emulator.createIssue(repo, {
          title: `[Paper]: ${title}`,
          body: formBody({ ...BRANCHYNET, title }),
          labels: ['paper-suggestion'],
          user: 'ada-lovelace',
        });
      const issues = [open(BRANCHYNET.title), open(BRANCHYNET.title.toUpperCase())];
      const slow = issues[held]!;
      const fast = issues[1 - held]!;
      // The slow run has read (no other suggestion yet), claimed the paper and built its branch;
      // opening its PR waits. The fast run, earlier or later issue, finds the paper claimed.
      const hold = emulator.holdNext({ method: 'POST', path: `/repos/${repo.fullName}/pulls` });
      const slowRun = runEvent(emulator, repo, 'issues', slow.event('opened'));
      await hold.arrived;
      const fastRun = await runEvent(emulator, repo, 'issues', fast.event('opened'));
      expect(fastRun.outputs.result).toBe('duplicate');
      hold.release();
      const slowDone = await slowRun;
      expect(slowDone.code).toBe(0);

      const pulls = emulator.getPulls(repo);
      expect(pulls.map((p) => [p.head.ref, p.state])).toEqual([
        [`paperlist/issue-${slow.number}`, 'open'],
      ]);
      const comments = emulator.getComments(repo, fast.number);
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toContain(
        `already suggested in #${slow.number}, whose pull request is being opened`,
      );
      // Its next run names the pull request.
      await runEvent(emulator, repo, 'issues', fast.event('edited'));
      expect(emulator.getComments(repo, fast.number)[0]?.body).toContain(
        `already suggested in #${slow.number}`,
      );
      expect(emulator.getPulls(repo)).toHaveLength(1);
      expect(emulator.getComments(repo, slow.number)).toHaveLength(1);
    },
  );
});
