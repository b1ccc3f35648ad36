// Failures during a refresh end in the same state as a clean run: 5xx answers are retried, a lost
// response is survived, and a default branch that moved under the refresh gets it re-applied on top.
import { beforeAll, describe, expect, it } from 'vitest';
import { NOT_FAST_FORWARD_MESSAGE, type FaultSpec, type SeededRepo } from '../../emulator/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { REFRESH_MESSAGE, exampleFile, runPush, seedList } from './setup.js';

const emulator = useEmulator();

const DATA = exampleFile('data.yaml').replace('year: "2018"', 'year: "2017"');
const PUSHED_AT = '2024-11-02T03:04:05Z';

/** A list whose data was just changed by a push at PUSHED_AT; returns the commit before it. */
function pushedList(): { repo: SeededRepo; before: string; pushed: string } {
  const repo = seedList(emulator);
  const before = emulator.branchSha(repo, 'main') as string;
  const pushed = emulator.commitFiles(repo, 'main', { 'data.yaml': DATA }, 'Fix a year', {
    time: PUSHED_AT,
  });
  return { repo, before, pushed };
}

/** The README a clean run produces for that push. */
let expected: string;
beforeAll(async () => {
  const { repo, before } = pushedList();
  const run = await runPush(emulator, repo, before);
  expect(run.outputs.result).toBe('refreshed');
  expected = emulator.readFile(repo, 'main', 'README.md') as string;
  expect(expected).toContain('**Last Update: Nov 02, 2024 11:04:05**');
});

const path = (repo: SeededRepo, rest: string) => `/repos/${repo.fullName}${rest}`;

describe('a refresh under faults', () => {
  const transient: [string, (repo: SeededRepo) => FaultSpec][] = [
    ['a 502 on reading the data', (r) => ({ path: path(r, '/contents/data.yaml'), status: 502 })],
    [
      'two 500s on writing the tree',
      (r) => ({ method: 'POST', path: path(r, '/git/trees'), status: 500, times: 2 }),
    ],
    [
      'a lost answer to the ref update (applied, then 502)',
      (r) => ({
        method: 'PATCH',
        path: path(r, '/git/refs/heads/main'),
        status: 502,
        afterHandling: true,
      }),
    ],
    [
      'a dropped connection on the commit',
      (r) => ({ method: 'POST', path: path(r, '/git/commits'), drop: true }),
    ],
  ];

  it.each(transient)('retries %s and ends as a clean run', async (_name, fault) => {
    const { repo, before, pushed } = pushedList();
    emulator.failNext(fault(repo));
    const run = await runPush(emulator, repo, before);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(emulator.pendingFaults()).toEqual([]);
    expect(run.outputs.result).toBe('refreshed');
    expect(emulator.readFile(repo, 'main', 'README.md')).toBe(expected);
    const head = emulator.commit(repo, 'main');
    expect(head.parents.map((p) => p.sha)).toEqual([pushed]);
    expect(run.outputs['commit-sha']).toBe(head.sha);
  });

  it('re-applies the refresh on the new head when a commit lands between its read and its ref update', async () => {
    const { repo, before, pushed } = pushedList();
    const ref = path(repo, '/git/refs/heads/main');
    emulator.failNext({ method: 'PATCH', path: ref, delayMs: 400 });
    const running = runPush(emulator, repo, before);
    // Wait until the ref update has arrived (it is held back), then a maintainer pushes.
    for (let i = 0; i < 500 && emulator.countRequests('PATCH', ref) === 0; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    const theirs = emulator.commitFiles(repo, 'main', { 'CONTRIBUTING.md': 'Be kind.\n' }, 'Docs');
    const run = await running;
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    expect(emulator.findRequests('PATCH', ref).map((r) => r.status)).toEqual([422, 200]);
    expect(run.stdout).toContain('main moved while refreshing; re-applying on the new head');

    const head = emulator.commit(repo, 'main');
    expect(head.parents.map((p) => p.sha)).toEqual([theirs]);
    expect(head.message.split('\n')[0]).toBe(REFRESH_MESSAGE);
    expect(emulator.readFile(repo, 'main', 'CONTRIBUTING.md')).toBe('Be kind.\n');
    // Stamped with the pushed commit's time, not with the later commit's.
    expect(emulator.readFile(repo, 'main', 'README.md')).toBe(expected);
    expect(emulator.commit(repo, theirs).parents.map((p) => p.sha)).toEqual([pushed]);
  });

  it('re-applies after an injected 422 "Update is not a fast forward"', async () => {
    const { repo, before, pushed } = pushedList();
    const ref = path(repo, '/git/refs/heads/main');
    emulator.failNext({
      method: 'PATCH',
      path: ref,
      status: 422,
      body: {
        message: NOT_FAST_FORWARD_MESSAGE,
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    const run = await runPush(emulator, repo, before);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    expect(emulator.findRequests('PATCH', ref).map((r) => r.status)).toEqual([422, 200]);
    expect(emulator.countRequests('GET', path(repo, '/commits/main'))).toBe(2);
    expect(emulator.commit(repo, 'main').parents.map((p) => p.sha)).toEqual([pushed]);
    expect(emulator.readFile(repo, 'main', 'README.md')).toBe(expected);
  });

  it('gives up with a clear error when the branch keeps moving', async () => {
    const { repo, before, pushed } = pushedList();
    const ref = path(repo, '/git/refs/heads/main');
    emulator.failNext({
      method: 'PATCH',
      path: ref,
      status: 422,
      times: 3,
      body: { message: NOT_FAST_FORWARD_MESSAGE },
    });
    const run = await runPush(emulator, repo, before);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::the default branch kept moving; gave up after 3 tries');
    expect(emulator.branchSha(repo, 'main')).toBe(pushed);
  });
});
