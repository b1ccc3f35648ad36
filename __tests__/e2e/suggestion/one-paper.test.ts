// One paper, one pull request: suggestions of the same paper that race (two issues opened at the
// same moment) end with exactly one pull request ever opened, and the other issue's status comment
// names it. The race is made certain with the emulator's holds. Then the claim's life: a claim left
// by a run that died is respected while it is recent and taken over once it is stale, and a claim
// is over once its issue is closed (the branch is deleted) or its PR is closed unmerged.
import { describe, expect, test } from 'vitest';
import type { SeededRepo } from '../../emulator/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { BRANCHYNET, BRANCHYNET_CLAIM, openSuggestion, runIssueEvent, seedList } from './setup.js';

const emulator = useEmulator();

const FAST_RETRIES = { PAPERLIST_RETRY_BASE_MS: '10' };
const CLAIM_REF = /\/git\/ref\/heads\/paperlist\/paper-[0-9a-f]{16}$/;

/** The issue the claim branch's commit names. */
function claimHolder(repo: SeededRepo): number | undefined {
  const m = /^Suggested in #(\d+)\.$/m.exec(emulator.commit(repo, BRANCHYNET_CLAIM).message);
  return m?.[1] !== undefined ? Number(m[1]) : undefined;
}

function statusComments(repo: SeededRepo, issue: number): string[] {
  return emulator.getComments(repo, issue).map((c) => c.body ?? '');
}

/** Closes pull request `number` as a maintainer would, without merging it. */
async function closePull(repo: SeededRepo, number: number): Promise<void> {
  const res = await fetch(`${emulator.url}/repos/${repo.fullName}/pulls/${number}`, {
    method: 'PATCH',
    headers: { authorization: `token ${emulator.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ state: 'closed' }),
  });
  expect(res.status).toBe(200);
}

/**
 * Runs issues 1 and 2 (the same paper) at once. The winner waits before it opens its PR, the loser
 * before it reads whose claim beat it: both have read the repository and planned a PR by then, and
 * neither saw the other's. Then the winner finishes first, and the loser after it.
 */
async function race(repo: SeededRepo) {
  openSuggestion(emulator, repo, BRANCHYNET);
  openSuggestion(emulator, repo, BRANCHYNET, { user: 'grace-hopper' });
  const opening = emulator.holdNext({ method: 'POST', path: `/repos/${repo.fullName}/pulls` });
  const reading = emulator.holdNext({ method: 'GET', path: CLAIM_REF });
  emulator.clearRequests();
  const runs = [1, 2].map((n) => runIssueEvent(emulator, repo, n, 'opened'));
  await Promise.all([opening.arrived, reading.arrived]);
  const winner = claimHolder(repo) as number;
  expect([1, 2]).toContain(winner);
  const loser = 3 - winner;
  opening.release();
  const won = await (runs[winner - 1] as (typeof runs)[number]);
  reading.release();
  const lost = await (runs[loser - 1] as (typeof runs)[number]);
  return { winner, loser, won, lost };
}

describe('two issues for one paper at the same moment', () => {
  test('exactly one pull request is ever opened; the other issue is told which', async () => {
    const repo = seedList(emulator);
    const { winner, loser, won, lost } = await race(repo);
    expect(won.outputs.result).toBe('pull-request-created');
    expect(lost.code).toBe(0);
    expect(lost.outputs.result).toBe('duplicate');
    expect(emulator.findRequests('POST', `/repos/${repo.fullName}/pulls`)).toHaveLength(1);
    const opened = emulator.getPulls(repo);
    expect(opened.map((p) => [p.head.ref, p.state])).toEqual([
      [`paperlist/issue-${winner}`, 'open'],
    ]);
    const pr = opened[0]?.number as number;
    expect(emulator.branches(repo)).toEqual([
      'main',
      `paperlist/issue-${winner}`,
      BRANCHYNET_CLAIM,
    ]);
    expect(statusComments(repo, winner)[0]).toContain(`Pull request [#${pr}]`);
    expect(statusComments(repo, loser)).toEqual([
      '<!-- paperlist:status -->\n\n' +
        'The suggestion cannot be added yet. Edit the issue (the "···" menu at its top, then "Edit") to fix the following; it is checked again on every edit.\n\n' +
        `- **Title**: already suggested in #${winner}: pull request #${pr} adds it — if something is missing there, say so in a comment on #${pr}, then close this issue\n`,
    ]);
    expect(lost.summary).toContain(`already suggested in #${winner} (pull request #${pr})`);
    expect(emulator.internalErrors).toEqual([]);
  });

  test('an edit of the losing issue is still refused and opens nothing', async () => {
    const repo = seedList(emulator);
    const { loser } = await race(repo);
    emulator.clearRequests();
    const edited = await runIssueEvent(emulator, repo, loser, 'edited');
    expect(edited.outputs.result).toBe('duplicate');
    expect(emulator.countRequests('POST', `/repos/${repo.fullName}/pulls`)).toBe(0);
    expect(emulator.getPulls(repo)).toHaveLength(1);
    expect(statusComments(repo, loser)).toHaveLength(1);
  });
});

describe('a claim left by a run that died before opening its pull request', () => {
  /** Issue 1's run claims the paper, then cannot create its branch and fails. */
  async function deadRun(repo: SeededRepo): Promise<void> {
    openSuggestion(emulator, repo, BRANCHYNET);
    const refs = `/repos/${repo.fullName}/git/refs`;
    emulator.failNext({ method: 'POST', path: refs, status: 500, nth: 2, times: 4 });
    const died = await runIssueEvent(emulator, repo, 1, 'opened', { env: FAST_RETRIES });
    expect(died.code).toBe(1);
    emulator.clearFaults();
    expect(emulator.getPulls(repo)).toEqual([]);
    expect(claimHolder(repo)).toBe(1);
  }

  test('is respected while recent: the later issue hears the paper is being suggested', async () => {
    const repo = seedList(emulator);
    await deadRun(repo);
    openSuggestion(emulator, repo, BRANCHYNET);
    const run = await runIssueEvent(emulator, repo, 2, 'opened');
    expect(run.outputs.result).toBe('duplicate');
    expect(statusComments(repo, 2)[0]).toContain(
      '- **Title**: already suggested in #1, whose pull request is being opened',
    );
    // The first issue's re-run finds its own claim and opens its pull request.
    const rerun = await runIssueEvent(emulator, repo, 1, 'opened', {
      env: { GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(rerun.outputs.result).toBe('pull-request-created');
    expect(emulator.getPulls(repo).map((p) => p.head.ref)).toEqual(['paperlist/issue-1']);
  });

  test('is taken over once stale (its run died 20 minutes ago)', async () => {
    const repo = seedList(emulator);
    emulator.setClock(() => new Date(Date.now() - 20 * 60_000));
    try {
      await deadRun(repo);
    } finally {
      emulator.setClock(() => new Date());
    }
    const stale = emulator.branchSha(repo, BRANCHYNET_CLAIM);
    openSuggestion(emulator, repo, BRANCHYNET);
    const run = await runIssueEvent(emulator, repo, 2, 'opened');
    expect(run.outputs.result).toBe('pull-request-created');
    expect(emulator.getPulls(repo).map((p) => p.head.ref)).toEqual(['paperlist/issue-2']);
    // Taken over by a fast-forward: a child of the stale claim's commit, naming issue 2.
    expect(claimHolder(repo)).toBe(2);
    expect(emulator.commit(repo, BRANCHYNET_CLAIM).parents.map((p) => p.sha)).toEqual([stale]);
  });
});

describe('a claim that is over', () => {
  test('closing the issue that holds it releases it: the paper may be suggested again', async () => {
    const repo = seedList(emulator);
    openSuggestion(emulator, repo, BRANCHYNET);
    await runIssueEvent(emulator, repo, 1, 'opened');
    emulator.updateIssue(repo, 1, { state: 'closed', stateReason: 'not_planned' });
    await runIssueEvent(emulator, repo, 1, 'closed');
    expect(emulator.branches(repo)).toEqual(['main']);

    openSuggestion(emulator, repo, BRANCHYNET);
    const run = await runIssueEvent(emulator, repo, 3, 'opened');
    expect(run.outputs.result).toBe('pull-request-created');
    expect(claimHolder(repo)).toBe(3);
  });

  test('a PR closed unmerged by a maintainer frees it; a losing issue closed keeps the winner', async () => {
    const repo = seedList(emulator);
    openSuggestion(emulator, repo, BRANCHYNET);
    await runIssueEvent(emulator, repo, 1, 'opened');
    openSuggestion(emulator, repo, BRANCHYNET);
    // Closing issue 3 (refused: issue 1's PR adds the paper) leaves issue 1's claim alone.
    expect((await runIssueEvent(emulator, repo, 3, 'opened')).outputs.result).toBe('duplicate');
    emulator.updateIssue(repo, 3, { state: 'closed' });
    await runIssueEvent(emulator, repo, 3, 'closed');
    expect(claimHolder(repo)).toBe(1);

    await closePull(repo, 2);
    openSuggestion(emulator, repo, BRANCHYNET);
    const run = await runIssueEvent(emulator, repo, 4, 'opened');
    expect(run.outputs.result).toBe('pull-request-created');
    expect(claimHolder(repo)).toBe(4);
    expect(emulator.getPulls(repo).map((p) => [p.head.ref, p.state])).toEqual([
      ['paperlist/issue-1', 'closed'],
      ['paperlist/issue-4', 'open'],
    ]);
  });
});
