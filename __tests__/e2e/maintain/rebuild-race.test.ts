// A push run rebuilds open suggestions from their issues; an edit of one of those issues can land
// while that rebuild is under way. The rebuild must not then overwrite the edit with older text.
import { expect, test } from 'vitest';
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

async function arrives(method: string, path: string, count: number): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (emulator.countRequests(method, path) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`fewer than ${count} ${method} ${path}`);
}

test('an issue edited during a rebuild keeps its edit: the rebuild leaves that PR to the edit run', async () => {
  const repo = seedList(emulator);
  const { issue } = await suggest(emulator, repo, BRANCHYNET);
  const branch = `paperlist/issue-${issue}`;
  const built = emulator.branchSha(repo, branch);

  // A prose change on the default branch: the push run rebuilds the suggestion's README.
  const before = emulator.branchSha(repo, 'main') as string;
  const readme = exampleFile('README.md').replace(
    'Papers on neural networks',
    'Research on networks',
  );
  emulator.commitFiles(repo, 'main', { 'README.md': readme }, 'Reword the intro');

  // The rebuild's own read of the data is slow; the edit lands meanwhile. It is the run's third
  // read: the push edited the README, so the data before the push is read first (hand edits).
  const data = `/repos/${repo.fullName}/contents/data.yaml`;
  emulator.clearRequests();
  emulator.failNext({ method: 'GET', path: data, nth: 3, delayMs: 400 });
  const pushing = runPush(emulator, repo, before);
  await arrives('GET', data, 3);
  emulator.updateIssue(repo, issue, { body: formBody({ ...BRANCHYNET, venue: 'NEWVENUE' }) });
  const push = await pushing;

  expect(push.code).toBe(0);
  expect(push.outputs['rebuilt-pull-requests']).toBe('');
  expect(push.summary).toContain(`#${issue}: skipped`);
  expect(emulator.branchSha(repo, branch)).toBe(built);

  // The edit's own run then builds the branch from the new text on the new head.
  const edited = await runEvent(
    emulator,
    repo,
    'issues',
    emulator.issuesEvent(repo, issue, 'edited'),
  );
  expect(edited.outputs.result).toBe('pull-request-updated');
  expect(emulator.readFile(repo, branch, 'data.yaml')).toContain('    venue: "NEWVENUE"\n');
  expect(emulator.readFile(repo, branch, 'README.md')).toContain('Research on networks');
});

test('two issues suggesting one paper at the same moment: after the next push the earlier one holds the PR', async () => {
  const repo = seedList(emulator);
  const open = (title: string) =>
    emulator.createIssue(repo, {
      title: `[Paper]: ${title}`,
      body: formBody({ ...BRANCHYNET, title }),
      labels: ['paper-suggestion'],
      user: 'ada-lovelace',
    });
  const first = open(BRANCHYNET.title);
  const second = open(BRANCHYNET.title.toUpperCase());
  // Separate concurrency groups on GitHub: both runs may see no other suggestion yet.
  await Promise.all(
    [first, second].map((i) => runEvent(emulator, repo, 'issues', i.event('opened'))),
  );

  const before = emulator.branchSha(repo, 'main') as string;
  emulator.commitFiles(repo, 'main', { 'NOTES.md': 'notes\n' }, 'Notes');
  const push = await runPush(emulator, repo, before);
  expect(push.code).toBe(0);

  const open_ = emulator.getPulls(repo).filter((p) => p.state === 'open');
  expect(open_.map((p) => p.head.ref)).toEqual([`paperlist/issue-${first.number}`]);
  const comment = emulator.getComments(repo, second.number)[0]?.body ?? '';
  expect(comment).toContain(`already suggested in #${first.number} as`);
});
