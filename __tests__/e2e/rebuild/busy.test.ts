// A busy list: 20 open suggestions when one is merged. The push run after the merge reads the open
// PRs and the suggestion issues in one list request each and costs 5 requests per rebuilt
// suggestion (tree, commit, ref, commit status, PR body); an edit of one issue costs the same whatever the backlog.
// When the API budget is low, the oldest suggestions are rebuilt, the run succeeds and says what it
// left, and the next run completes the rest.
import { beforeAll, describe, expect, test } from 'vitest';
import type { SeededRepo } from '../../emulator/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { exampleFile, formBody, runEvent, runPush, seedList } from '../maintain/setup.js';
import { requestBreakdown, seedBacklog, type BacklogItem } from './backlog.js';

const emulator = useEmulator();
/** Writes unpaced: the pacing's own tests use a fake clock. */
const UNPACED = { PAPERLIST_WRITE_INTERVAL_MS: '0' };
const OPEN = 20;

let repo: SeededRepo;
let items: BacklogItem[];
beforeAll(async () => {
  repo = seedList(emulator);
  items = await seedBacklog(emulator, repo, OPEN + 1, (payload) =>
    runEvent(emulator, repo, 'issues', payload, { env: UNPACED }),
  );
}, 120_000);

/** Every open suggestion's branch is one commit on the default branch's head. */
function rebuiltOnHead(open: BacklogItem[]): number[] {
  const main = emulator.branchSha(repo, 'main');
  return open
    .filter((i) => emulator.commit(repo, `paperlist/issue-${i.issue}`).parents[0]?.sha === main)
    .map((i) => i.issue);
}

describe(`${OPEN} open suggestions`, () => {
  test('the push after a merge: 11 requests for the run, 5 for each rebuilt suggestion', async () => {
    const before = emulator.branchSha(repo, 'main') as string;
    emulator.mergePullRequest(repo, items[0]!.pull);
    emulator.clearRequests();
    const push = await runPush(emulator, repo, before, { env: UNPACED });
    expect(push.code).toBe(0);
    expect(push.outputs.result).toBe('refreshed');
    const open = items.slice(1);
    expect(push.outputs['rebuilt-pull-requests']).toBe(open.map((i) => i.issue).join(','));
    expect(rebuiltOnHead(open)).toEqual(open.map((i) => i.issue));
    expect(Object.fromEntries(requestBreakdown(emulator, repo))).toEqual({
      // The refresh of the merge: the list read once (and the data at the push's `before`, for the
      // `added:` dates of the entries the push added), one commit on the default branch.
      'GET /commits/main': 1,
      'GET /contents/data.yaml': 2,
      'GET /contents/README.md': 1,
      'GET /contents/.github/paperlist.yml': 1,
      'PATCH /git/refs/heads/main': 1,
      // Shared by the refresh and the rebuild: open PRs, open suggestion issues, and the issues
      // changed since (to catch an edit that landed during the rebuild).
      'GET /pulls': 1,
      'GET /issues': 2,
      // One tree and commit for the refresh, then 4 requests per suggestion.
      'POST /git/trees': OPEN + 1,
      'POST /git/commits': OPEN + 1,
      'PATCH /git/refs/heads/paperlist/issue-{n}': OPEN,
      'PATCH /pulls/{n}': OPEN,
      // The `paperlist` commit status on each suggestion commit (for branch protection rules).
      'POST /statuses/{sha}': OPEN,
    });
    expect(emulator.requests).toHaveLength(11 + 5 * OPEN);
    expect(emulator.requests.filter((r) => r.method !== 'GET')).toHaveLength(3 + 5 * OPEN);
  });

  test('an edit of one issue costs what it costs without a backlog', async () => {
    const target = items[5]!;
    emulator.updateIssue(repo, target.issue, {
      body: formBody({ ...target.answers, venue: 'NeurIPS' }),
    });
    emulator.clearRequests();
    const edit = await runEvent(
      emulator,
      repo,
      'issues',
      emulator.issuesEvent(repo, target.issue, 'edited'),
      { env: UNPACED },
    );
    expect(edit.outputs.result).toBe('pull-request-updated');
    expect(Object.fromEntries(requestBreakdown(emulator, repo))).toEqual({
      'GET /issues/{n}': 1,
      'GET /commits/main': 2,
      'GET /contents/data.yaml': 1,
      'GET /contents/README.md': 1,
      'GET /contents/.github/paperlist.yml': 1,
      'GET /pulls': 2,
      'GET /issues/{n}/comments': 1,
      'PATCH /issues/comments/{n}': 1,
      'POST /git/trees': 1,
      'POST /git/commits': 1,
      'PATCH /git/refs/heads/paperlist/issue-{n}': 1,
      'PATCH /pulls/{n}': 1,
      'POST /statuses/{sha}': 1,
    });
    expect(emulator.requests.length).toBeLessThanOrEqual(15);
  });

  test('a low API budget: the oldest are rebuilt, the run succeeds, the next run does the rest', async () => {
    const open = items.slice(1);
    const before = emulator.branchSha(repo, 'main') as string;
    const data = exampleFile('data.yaml').replace('year: "2024"', 'year: "2023"');
    emulator.commitFiles(repo, 'main', { 'data.yaml': data }, 'Fix a year');
    // 65 requests left: the refresh and the shared reads take 10 (55 left); a suggestion is started
    // only while 6 more than the 25 kept for other runs' events are left, and costs 5: 5 fit.
    emulator.setRateLimitRemaining(65);
    const partial = await runPush(emulator, repo, before, { env: UNPACED });
    emulator.setRateLimitRemaining(undefined);
    expect(partial.code).toBe(0);
    expect(partial.outputs.result).toBe('refreshed');
    const done = open.slice(0, 5).map((i) => i.issue);
    expect(partial.outputs['rebuilt-pull-requests']).toBe(done.join(','));
    expect(rebuiltOnHead(open)).toEqual(done);
    expect(partial.summary).toContain(
      `${OPEN - 5} open suggestions were left for the next run: the API budget is low`,
    );
    for (const i of open.slice(5)) {
      expect(partial.summary).toContain(`- #${i.issue}: left for the next run (API budget)`);
    }

    // The next run (here the same push again) rebuilds the rest; the ones done cost nothing.
    emulator.clearRequests();
    const rest = await runPush(emulator, repo, before, { env: UNPACED });
    expect(rest.code).toBe(0);
    expect(rest.outputs['rebuilt-pull-requests']).toBe(
      open
        .slice(5)
        .map((i) => i.issue)
        .join(','),
    );
    expect(rebuiltOnHead(open)).toEqual(open.map((i) => i.issue));
    expect(emulator.countRequests('POST', `/repos/${repo.fullName}/git/trees`)).toBe(OPEN - 5);
  });
});
