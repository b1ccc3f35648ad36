// Runs that meet other writers or stop half-way: a branch changed under the run, a pull request that
// a lost answer already opened, a repository that forbids the bot to open pull requests.
import { describe, expect, test } from 'vitest';
import type { SeededRepo } from '../../emulator/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { runAction } from '../../harness/index.js';
import {
  BRANCHYNET,
  exampleFile,
  formBody,
  openSuggestion,
  repoCalls,
  runIssueEvent,
  seedList,
} from './setup.js';

const emulator = useEmulator();

const FAST_RETRIES = { PAPERLIST_RETRY_BASE_MS: '10' };
const BRANCH = 'paperlist/issue-1';

/** Waits until the emulator has received `count` requests matching `method` and `path`. */
async function requestArrives(method: string, path: string, count = 1): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (emulator.countRequests(method, path) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`no ${method} ${path}`);
}

/** The state every suggestion of BranchyNet must end in: one open, labelled PR on a fresh branch. */
function expectOneOpenPull(repo: SeededRepo, number: number): void {
  const pulls = emulator.getPulls(repo);
  expect(pulls.map((p) => [p.number, p.state, p.title, p.labels.map((l) => l.name)])).toEqual([
    [number, 'open', 'Add paper: BranchyNet', ['paper-suggestion']],
  ]);
  const commit = emulator.commit(repo, BRANCH);
  expect(pulls[0]?.head.sha).toBe(commit.sha);
  expect(commit.parents.map((p) => p.sha)).toEqual([emulator.branchSha(repo, 'main')]);
  expect(emulator.readFile(repo, BRANCH, 'data.yaml')).toContain(
    '  - title: "BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks"\n',
  );
  const comments = emulator.getComments(repo, 1);
  expect(comments).toHaveLength(1);
  expect(comments[0]?.body).toContain(`Pull request [#${number}]`);
  expect(emulator.internalErrors).toEqual([]);
}

describe('a ref update that loses a race', () => {
  test('a branch created meanwhile by another run is moved, not duplicated', async () => {
    const repo = seedList(emulator);
    openSuggestion(emulator, repo, BRANCHYNET);
    const refs = `/repos/${repo.fullName}/git/refs`;
    // The second ref created is the suggestion's branch (the first claims the paper).
    emulator.failNext({ method: 'POST', path: refs, delayMs: 200, nth: 2 });
    emulator.clearRequests();
    const running = runIssueEvent(emulator, repo, 1, 'opened');
    await requestArrives('POST', refs, 2);
    emulator.createBranch(repo, BRANCH, 'main');
    const run = await running;
    expect(run.outputs.result).toBe('pull-request-created');
    expect(emulator.findRequests('POST', refs).map((r) => r.status)).toEqual([201, 422]);
    expect(emulator.countRequests('PATCH', `${refs}/heads/${BRANCH}`)).toBe(1);
    expectOneOpenPull(repo, 2);
  });

  test('a branch deleted during an update is re-read; its closed PR is then left to the maintainers', async () => {
    const repo = seedList(emulator);
    openSuggestion(emulator, repo, BRANCHYNET);
    await runIssueEvent(emulator, repo, 1, 'opened');
    emulator.updateIssue(repo, 1, { body: formBody({ ...BRANCHYNET, venue: 'ICPR 2016' }) });

    const ref = `/repos/${repo.fullName}/git/refs/heads/${BRANCH}`;
    emulator.failNext({ method: 'PATCH', path: ref, delayMs: 200 });
    emulator.clearRequests();
    const running = runIssueEvent(emulator, repo, 1, 'edited', { env: FAST_RETRIES });
    await requestArrives('PATCH', ref);
    // Meanwhile someone deletes the branch (which closes its PR) and the default branch moves on.
    const deleted = await fetch(`${emulator.url}${ref}`, {
      method: 'DELETE',
      headers: { authorization: `token ${emulator.token}` },
    });
    expect(deleted.status).toBe(204);
    const settings = `${exampleFile('.github/paperlist.yml')}# reviewed\n`;
    emulator.commitFiles(repo, 'main', { '.github/paperlist.yml': settings }, 'Note');
    const run = await running;

    expect(run.code).toBe(0);
    expect(emulator.findRequests('PATCH', ref).map((r) => r.status)[0]).toBe(422);
    // Started over: the default branch was read again, and the PR is found closed by someone
    // other than paperlist, so it is not reopened and no second PR is opened.
    expect(emulator.countRequests('GET', `/repos/${repo.fullName}/commits/main`)).toBe(2);
    expect(run.outputs.result).toBe('closed-by-maintainer');
    expect(emulator.getPulls(repo).map((p) => [p.number, p.state])).toEqual([[2, 'closed']]);
    expect(emulator.getComments(repo, 1)).toHaveLength(1);
  });
});

describe('"A pull request already exists"', () => {
  test('a run that opened the PR but died before the label and the comment is completed by a re-run', async () => {
    const repo = seedList(emulator);
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    const payload = issue.event('opened');
    // Every attempt of the POST is applied, but no answer arrives: the run fails after opening the PR.
    const pulls = `/repos/${repo.fullName}/pulls`;
    emulator.failNext({ method: 'POST', path: pulls, status: 500, afterHandling: true, times: 4 });
    const died = await runAction({ event: 'issues', payload, repo, emulator, env: FAST_RETRIES });
    expect(died.code).toBe(1);
    expect(emulator.findRequests('POST', pulls).map((r) => r.status)).toEqual([500, 500, 500, 500]);
    expect(emulator.getPulls(repo).map((p) => [p.number, p.labels])).toEqual([[2, []]]);
    expect(emulator.getComments(repo, 1)).toEqual([]);

    emulator.clearRequests();
    const rerun = await runAction({
      event: 'issues',
      payload,
      repo,
      emulator,
      env: { GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(rerun.code).toBe(0);
    expect(rerun.outputs.result).toBe('unchanged');
    expect(repoCalls(emulator, repo).filter((c) => !c.startsWith('GET '))).toEqual([
      'POST /issues/2/labels',
      'POST /issues/1/comments',
    ]);
    expectOneOpenPull(repo, 2);
  });

  test('a PR opened by a request whose answer was lost is taken over in the same run', async () => {
    const repo = seedList(emulator);
    openSuggestion(emulator, repo, BRANCHYNET);
    const pulls = `/repos/${repo.fullName}/pulls`;
    emulator.failNext({ method: 'POST', path: pulls, status: 502, afterHandling: true });
    const run = await runIssueEvent(emulator, repo, 1, 'opened', { env: FAST_RETRIES });
    expect(run.outputs.result).toBe('pull-request-created');
    expect(emulator.findRequests('POST', pulls).map((r) => r.status)).toEqual([502, 422]);
    expectOneOpenPull(repo, 2);
  });
});

describe('a repository that does not let GitHub Actions open pull requests', () => {
  const MESSAGE = 'GitHub Actions is not permitted to create or approve pull requests.';
  const SETTING =
    'GitHub Actions may not create pull requests in this repository. Allow it under Settings > Actions > General > Workflow permissions ("Allow GitHub Actions to create and approve pull requests"), or give the action a token that may.';

  test('says which setting to change, in the status comment and in the run', async () => {
    const repo = seedList(emulator);
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    const payload = issue.event('opened');
    const pulls = `/repos/${repo.fullName}/pulls`;
    // GitHub answers every attempt the same way until the setting changes.
    emulator.failNext({
      method: 'POST',
      path: pulls,
      status: 403,
      times: 4,
      body: {
        message: MESSAGE,
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
      },
    });
    const run = await runAction({ event: 'issues', payload, repo, emulator });
    expect(run.code).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      SETTING,
    ]);
    expect(emulator.getPulls(repo)).toEqual([]);
    expect(emulator.getComments(repo, 1).map((c) => c.body)).toEqual([
      '<!-- paperlist:status -->\n\n' +
        'The suggestion passed the checks, but the pull request could not be opened: this repository does not allow GitHub Actions to create pull requests.\n\n' +
        'A maintainer can allow it under **Settings > Actions > General > Workflow permissions** ("Allow GitHub Actions to create and approve pull requests"), or give the action a token that may. Then edit this issue or re-run the workflow, and the pull request is opened from the branch `paperlist/issue-1`.\n\n' +
        'The new row, in EEN Design:\n\n' +
        '| Title | Abbreviation | Venue | Year | Materials |\n|----------|----|----|----|----|\n' +
        '| BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks | BranchyNet | ICPR | 2016 | [[PAGE](https://arxiv.org/abs/1709.01686)] [[PDF](https://arxiv.org/pdf/1709.01686)] [[CODE](https://github.com/kunglab/branchynet)] |\n',
    ]);

    // The maintainer changes the setting and re-runs the workflow.
    emulator.clearFaults();
    const rerun = await runAction({
      event: 'issues',
      payload,
      repo,
      emulator,
      env: { GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(rerun.code).toBe(0);
    expect(rerun.outputs.result).toBe('pull-request-created');
    expectOneOpenPull(repo, 2);
  });
});
