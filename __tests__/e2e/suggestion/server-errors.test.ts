// A 5xx on any single call of a new suggestion's run is retried, and the run ends in the same state as
// one without it: whether GitHub failed before doing the work, or did it and lost the answer.
import { beforeAll, describe, expect, test } from 'vitest';
import type { SeededRepo } from '../../emulator/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { BRANCHYNET, exampleFile, openSuggestion, repoCalls, runIssueEvent } from './setup.js';
import { seedList as seedExample } from './setup.js';

const emulator = useEmulator();

/** The example list with the commit status on, so its request is among the calls that fail. */
const seedList = (e: typeof emulator) =>
  seedExample(e, {
    '.github/paperlist.yml': `${exampleFile('.github/paperlist.yml')}commit-status: true\n`,
  });

const FAST_RETRIES = { PAPERLIST_RETRY_BASE_MS: '10' };

/** What a suggestion run leaves behind, with nothing that differs from one repository to another. */
function endState(repo: SeededRepo) {
  const branch = 'paperlist/issue-1';
  return {
    branches: emulator.branches(repo),
    files: Object.fromEntries(
      emulator.listFiles(repo, branch).map((f) => [f, emulator.readFile(repo, branch, f)]),
    ),
    parent:
      emulator.commit(repo, branch).parents.map((p) => p.sha)[0] ===
      emulator.branchSha(repo, 'main'),
    pulls: emulator.getPulls(repo).map((p) => ({
      number: p.number,
      state: p.state,
      title: p.title,
      head: p.head.sha === emulator.branchSha(repo, branch),
      labels: p.labels.map((l) => l.name),
      body: p.body
        ?.replace(/<!-- paperlist:suggestion .*-->$/, '')
        .replaceAll(repo.fullName, 'REPO'),
    })),
    comments: emulator.getComments(repo, 1).map((c) => c.body?.replaceAll(repo.fullName, 'REPO')),
  };
}

/** The calls of a new suggestion's run (see new-suggestion.test.ts for their order). */
const CALLS = [
  'GET /commits/main',
  'GET /contents/README.md',
  'GET /contents/.github/paperlist.yml',
  'GET /contents/data.yaml',
  'GET /pulls',
  'POST /git/trees',
  'POST /git/commits',
  'POST /git/refs', // the paper's claim
  'POST /git/refs (again)', // the suggestion's branch
  'POST /pulls',
  'POST /issues/2/labels',
  'POST /statuses/{sha}',
  'POST /issues/1/comments',
];
/** A call as the request log names it (`(again)`: the second of two alike). */
const plain = (call: string): string => call.replace(/ \(again\)$/, '');

/** After writing, the run reads the head and the open PRs again, to decide again (settle.ts). */
const SETTLE = ['GET /commits/main', 'GET /pulls'];

// The end state of a run without faults.
let happy: { calls: string[]; state: ReturnType<typeof endState> };
beforeAll(async () => {
  const repo = seedList(emulator);
  openSuggestion(emulator, repo, BRANCHYNET);
  emulator.clearRequests();
  const run = await runIssueEvent(emulator, repo, 1, 'opened');
  expect(run.outputs.result).toBe('pull-request-created');
  happy = { calls: repoCalls(emulator, repo), state: endState(repo) };
});

async function runWithFault(call: string, afterHandling: boolean): Promise<SeededRepo> {
  const repo = seedList(emulator);
  openSuggestion(emulator, repo, BRANCHYNET);
  const [method, path] = plain(call).split(' ') as [string, string];
  const nth = call.endsWith('(again)') ? 2 : 1;
  const target = path.includes('{sha}')
    ? new RegExp(`^/repos/${repo.fullName}${path.replace('{sha}', '[0-9a-f]{40}')}$`)
    : `/repos/${repo.fullName}${path}`;
  emulator.failNext({ method, path: target, status: 502, afterHandling, nth });
  emulator.clearRequests();
  const run = await runIssueEvent(emulator, repo, 1, 'opened', { env: FAST_RETRIES });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.outputs.result).toBe('pull-request-created');
  expect(emulator.pendingFaults()).toEqual([]);
  expect(
    emulator.requests
      .filter((r) => r.fault)
      .map((r) => `${r.method} ${r.path.replace(/[0-9a-f]{40}$/, '{sha}')}`),
  ).toEqual([`${method} /repos/${repo.fullName}${path}`]);
  return repo;
}

describe('a 5xx on one call', () => {
  test('the happy path makes the calls the tests below break', () => {
    expect([...happy.calls].sort()).toEqual([...CALLS.map(plain), ...SETTLE].sort());
  });

  test.each(CALLS)('before the work: %s is retried', async (call) => {
    const repo = await runWithFault(call, false);
    expect(endState(repo)).toEqual(happy.state);
    // The failed call was made once more, nothing else was repeated; only the status comment is
    // looked for first, since a blind second POST could create a second comment.
    const again =
      call === 'POST /issues/1/comments' ? ['GET /issues/1/comments', call] : [plain(call)];
    expect(repoCalls(emulator, repo).sort()).toEqual(
      [...CALLS.map(plain), ...SETTLE, ...again].sort(),
    );
  });

  test.each(CALLS)('after the work, answer lost: %s', async (call) => {
    const repo = await runWithFault(call, true);
    expect(endState(repo)).toEqual(happy.state);
  });
});
