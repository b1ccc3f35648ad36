// The rebuild's plan: which open suggestion PRs to look at, in which order, and what is known of
// each from the two list reads (the open PRs and the open suggestion issues). Pure, so a test
// compares plans without an emulator. Oldest issue first: when the API budget runs short, the
// suggestions waiting longest are the ones rebuilt, and the rest wait for the next run.
import type { IssueDetails } from '../../adapters/github/issues.js';
import type { PullRequest } from '../../adapters/github/pulls.js';
import { issueOfBranch } from '../suggestion/marker.js';

export type RebuildItem =
  /** The PR's issue is open and was in the list: rebuild it from that issue. */
  | { kind: 'rebuild'; issue: IssueDetails; pull: PullRequest }
  /**
   * The PR's issue was not among the open suggestion issues: closed, deleted, moved to another
   * repository, or no longer labelled. One read tells which.
   */
  | { kind: 'look-up'; number: number; pull: PullRequest };

export function planRebuild(pulls: PullRequest[], issues: IssueDetails[]): RebuildItem[] {
  const byNumber = new Map(issues.map((i) => [i.number, i]));
  const items = pulls.flatMap((pull): RebuildItem[] => {
    const number = issueOfBranch(pull.headRef);
    if (number === undefined) return [];
    const issue = byNumber.get(number);
    return [issue ? { kind: 'rebuild', issue, pull } : { kind: 'look-up', number, pull }];
  });
  return items.sort((a, b) => numberOf(a) - numberOf(b));
}

export function numberOf(item: RebuildItem): number {
  return item.kind === 'rebuild' ? item.issue.number : item.number;
}

/**
 * Requests one rebuilt suggestion may cost: a read of its head, its tree, commit and ref, and its PR
 * body and commit status where they are written (usually 3 or 4 of them).
 */
export const REQUESTS_PER_SUGGESTION = 6;

/** Whether the issue changed between two reads in a way that changes its suggestion. */
export function issueChanged(before: IssueDetails, now: IssueDetails | undefined): boolean {
  if (!now) return true;
  const labels = (i: IssueDetails) => i.labels.map((l) => l.name).join('\n');
  return (
    now.body !== before.body ||
    now.title !== before.title ||
    now.state !== before.state ||
    labels(now) !== labels(before)
  );
}
