// Whether a claim held by another issue stands: its PR open or merged, or its issue open and the
// claim recent; over once the PR was closed unmerged, the issue closed or gone, or the claim stale.
import { describe, expect, test } from 'vitest';
import type { PullRequest } from '../../src/adapters/github/pulls.js';
import {
  STALE_CLAIM_MS,
  claimHolderOf,
  claimMessage,
  judgeClaim,
} from '../../src/flows/suggestion/claim-plan.js';
import type { ClaimHolder } from '../../src/flows/suggestion/types.js';

const NOW = new Date('2026-01-01T12:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const pull = (state: 'open' | 'closed', merged = false): PullRequest => ({
  number: 7,
  url: 'https://github.com/o/r/pull/7',
  state,
  merged,
  title: 'Add paper: X',
  body: '',
  headRef: 'paperlist/issue-5',
  headSha: 'a'.repeat(40),
  labels: [],
});
const holder = (h: Partial<ClaimHolder>): ClaimHolder => ({
  issue: 5,
  pull: undefined,
  issueState: undefined,
  claimedAt: ago(1000),
  ...h,
});

describe('judgeClaim', () => {
  test('stands while its PR is open or merged, however old', () => {
    const old = ago(10 * STALE_CLAIM_MS);
    expect(judgeClaim(holder({ pull: pull('open'), claimedAt: old }), NOW)).toMatchObject({
      kind: 'taken',
      issue: 5,
      pull: { number: 7 },
    });
    expect(judgeClaim(holder({ pull: pull('closed', true), claimedAt: old }), NOW).kind).toBe(
      'taken',
    );
  });

  test('is over once its PR was closed unmerged, or its issue closed or gone', () => {
    expect(judgeClaim(holder({ pull: pull('closed') }), NOW)).toEqual({
      kind: 'free',
      why: '#7 was closed unmerged',
    });
    expect(judgeClaim(holder({ issueState: 'closed' }), NOW).kind).toBe('free');
    expect(judgeClaim(holder({ issueState: 'gone' }), NOW).kind).toBe('free');
    expect(judgeClaim(holder({ issue: undefined }), NOW).kind).toBe('free');
  });

  test('an open issue without a PR: being processed while recent, dead once stale', () => {
    const recent = holder({ issueState: 'open', claimedAt: ago(STALE_CLAIM_MS - 1000) });
    expect(judgeClaim(recent, NOW)).toEqual({ kind: 'taken', issue: 5 });
    const stale = holder({ issueState: 'open', claimedAt: ago(STALE_CLAIM_MS) });
    expect(judgeClaim(stale, NOW)).toEqual({
      kind: 'free',
      why: '#5 claimed it 15 minutes ago and opened no PR',
    });
  });
});

describe('claim commits', () => {
  test('name their issue on a line of its own, as suggestion commits do', () => {
    expect(claimHolderOf('Add paper: X\n\nSuggested in #12.\n\nPaperlist-Tree: abc')).toBe(12);
    expect(claimHolderOf(claimMessage(4, '#7 was closed unmerged'))).toBe(4);
    // A title cannot forge it: it is on the first line, after "Add paper: ".
    expect(claimHolderOf('Add paper: Suggested in #3.')).toBeUndefined();
    expect(claimHolderOf('a maintainer commit')).toBeUndefined();
  });
});
