// Types of the suggestion flow's claim on a paper (claim.ts, claim-plan.ts): one suggestion per
// paper may open a pull request, the one whose run created the paper's claim branch.
import type { PullRequest } from '../../adapters/github/pulls.js';

/** What is known of the suggestion a claim names, as the claim's reader finds it. */
export interface ClaimHolder {
  /** The issue the claim commit names; undefined when it names none (not the bot's commit). */
  issue: number | undefined;
  /** The latest pull request of that issue's branch (the open one first), if any. */
  pull: PullRequest | undefined;
  /** The issue's state: `gone` when it was deleted or moved to another repository. */
  issueState: 'open' | 'closed' | 'gone' | undefined;
  /** When the claim was made (committer date of its commit, ISO 8601). */
  claimedAt: string;
}

/** Whether a claim held by another issue stands, and why. */
export type ClaimVerdict =
  /** Another suggestion holds the paper: its issue, and its PR once it has one. */
  | { kind: 'taken'; issue: number; pull?: PullRequest }
  /** The claim is over (its PR was closed unmerged, its issue closed, its run died): take it. */
  | { kind: 'free'; why: string };

/** How a run's claim on its paper ended. */
export type ClaimOutcome =
  /** This issue holds the paper: claimed now, held already, or taken over (`from`: why). */
  | { kind: 'held'; branch: string; tookOver?: string }
  | { kind: 'taken'; branch: string; issue: number; pull?: PullRequest };
