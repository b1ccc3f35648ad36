// A busy list: 20 open suggestions when one is merged. The push run after the merge reads the open
// PRs and the suggestion issues in one list request each and costs 3 requests per rebuilt suggestion
// (tree, commit, ref): its PR body says nothing that changed, so it is not written. The next change
// costs one read more per suggestion (its branch's head, which the body no longer names, is checked
// to be still the bot's). An edit of one issue costs the same whatever the backlog. When the API
// budget is low, the oldest suggestions are rebuilt, the run succeeds and says what it left, and the
// next run completes the rest.
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
  test('the push after a merge: 11 requests for the run, 3 for each rebuilt suggestion', async () => {
    const before = emulator.branchSha(repo, 'main') as string;
    emulator.mergePullRequest(repo, items[0]!.pull);
    const bodies = pullBodies();
    emulator.clearRequests();
    const push = await runPush(emulator, repo, before, { env: UNPACED });
    expect(push.code).toBe(0);
    expect(push.outputs.result).toBe('refreshed');
    const open = items.slice(1);
    expect(push.outputs['rebuilt-pull-requests']).toBe(open.map((i) => i.issue).join(','));
    expect(rebuiltOnHead(open)).toEqual(open.map((i) => i.issue));
    // Only the base moved: every PR's title and body are as they were.
    expect(pullBodies()).toEqual(bodies);
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
      // One tree and commit for the refresh, then 3 requests per suggestion: each branch's head is
      // the commit its PR's record names, so it is known to be the bot's without a read.
      'POST /git/trees': OPEN + 1,
      'POST /git/commits': OPEN + 1,
      'PATCH /git/refs/heads/paperlist/issue-{n}': OPEN,
    });
    expect(emulator.requests).toHaveLength(11 + 3 * OPEN);
    expect(emulator.requests.filter((r) => r.method !== 'GET')).toHaveLength(3 + 3 * OPEN);
  });

  test('the next change: 4 for each, its head read once to tell it is still the bot’s', async () => {
    const open = items.slice(1);
    const before = emulator.branchSha(repo, 'main') as string;
    const data = emulator.readFile(repo, 'main', 'data.yaml') as string;
    expect(data).toContain('year: "2022"');
    emulator.commitFiles(
      repo,
      'main',
      { 'data.yaml': data.replace('year: "2022"', 'year: "2021"') },
      'Fix a year',
    );
    const bodies = pullBodies();
    emulator.clearRequests();
    const push = await runPush(emulator, repo, before, { env: UNPACED });
    expect(push.code).toBe(0);
    expect(push.outputs['rebuilt-pull-requests']).toBe(open.map((i) => i.issue).join(','));
    expect(rebuiltOnHead(open)).toEqual(open.map((i) => i.issue));
    expect(pullBodies()).toEqual(bodies);
    const breakdown = Object.fromEntries(requestBreakdown(emulator, repo));
    expect(breakdown['GET /git/commits/{sha}']).toBe(OPEN);
    expect(breakdown['POST /git/trees']).toBe(OPEN + 1);
    expect(breakdown['PATCH /pulls/{n}']).toBeUndefined();
    expect(breakdown['POST /statuses/{sha}']).toBeUndefined();
    expect(emulator.requests).toHaveLength(11 + 4 * OPEN);
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
      // The branch's head, moved by the rebuilds without rewriting the body: still the bot's?
      'GET /git/commits/{sha}': 1,
      'GET /issues/{n}/comments': 1,
      'PATCH /issues/comments/{n}': 1,
      'POST /git/trees': 1,
      'POST /git/commits': 1,
      'PATCH /git/refs/heads/paperlist/issue-{n}': 1,
      // The venue changed: the body says so.
      'PATCH /pulls/{n}': 1,
    });
    expect(emulator.requests).toHaveLength(15);
  });

  test('a low API budget: the oldest are rebuilt, the run succeeds, the next run does the rest', async () => {
    const open = items.slice(1);
    const before = emulator.branchSha(repo, 'main') as string;
    const data = exampleFile('data.yaml').replace('year: "2024"', 'year: "2023"');
    emulator.commitFiles(repo, 'main', { 'data.yaml': data }, 'Fix a year');
    // 65 requests left: the refresh and the shared reads take 10 (55 left); a suggestion is started
    // only while 6 more than the 25 kept for other runs' events are left, and costs 4 (its head
    // read, tree, commit, ref): 7 fit (55, 51, ..., 31 left when each starts).
    const FIT = 7;
    emulator.setRateLimitRemaining(65);
    const partial = await runPush(emulator, repo, before, { env: UNPACED });
    emulator.setRateLimitRemaining(undefined);
    expect(partial.code).toBe(0);
    expect(partial.outputs.result).toBe('refreshed');
    const done = open.slice(0, FIT).map((i) => i.issue);
    expect(partial.outputs['rebuilt-pull-requests']).toBe(done.join(','));
    expect(rebuiltOnHead(open)).toEqual(done);
    expect(partial.summary).toContain(
      `${OPEN - FIT} open suggestions were left for the next run: the API budget is low`,
    );
    for (const i of open.slice(FIT)) {
      expect(partial.summary).toContain(`- #${i.issue}: left for the next run (API budget)`);
    }

    // The next run (here the same push again) rebuilds the rest; the ones done cost one read each
    // (their heads hold the files already) and write nothing.
    emulator.clearRequests();
    const rest = await runPush(emulator, repo, before, { env: UNPACED });
    expect(rest.code).toBe(0);
    expect(rest.outputs['rebuilt-pull-requests']).toBe(
      open
        .slice(FIT)
        .map((i) => i.issue)
        .join(','),
    );
    expect(rebuiltOnHead(open)).toEqual(open.map((i) => i.issue));
    expect(emulator.countRequests('POST', `/repos/${repo.fullName}/git/trees`)).toBe(OPEN - FIT);
    expect(emulator.countRequests('GET', new RegExp(`/git/commits/[0-9a-f]{40}$`))).toBe(OPEN);
  });
});

/** Each open PR's title and body, by number. */
function pullBodies(): Record<number, string> {
  return Object.fromEntries(
    emulator
      .getPulls(repo)
      .filter((p) => p.state === 'open')
      .map((p) => [p.number, `${p.title}\n${p.body ?? ''}`]),
  );
}
