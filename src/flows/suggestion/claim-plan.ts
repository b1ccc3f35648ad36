// Reading a paper's claim, without I/O: which issue a claim commit names, whether a claim held by
// another issue still stands, what a claim commit says, and the problem a suggestion that lost the
// paper to another one is told. A claim stands while its issue's pull request is open or merged, or
// while its issue is open and was claimed a short while ago (its run is still on its way to the pull
// request). It is over once that PR was closed unmerged, the issue was closed or deleted, or the run
// that claimed it died long enough ago: a later suggestion of the paper then takes it over.
import type { Problem } from '../../core/problem.js';
import type { ClaimHolder, ClaimVerdict } from './types.js';

/**
 * A claim made this long ago whose issue has no pull request was left by a run that died: runs take
 * seconds from the claim to the pull request (minutes when GitHub asks them to wait).
 */
export const STALE_CLAIM_MS = 15 * 60 * 1000;

/** The line of a suggestion commit (and of a claim commit) that names its issue. */
const SUGGESTED_IN = /^Suggested in #(\d+)\.$/m;

/** The issue a claim commit names, if it names one. */
export function claimHolderOf(message: string): number | undefined {
  const m = SUGGESTED_IN.exec(message);
  return m?.[1] !== undefined ? Number(m[1]) : undefined;
}

/** The message of a commit taking a paper's claim over for `issue`. */
export function claimMessage(issue: number, why: string): string {
  return `Claim the paper for a suggestion\n\nSuggested in #${issue}.\n\nThe earlier claim is over: ${why}.`;
}

/** Whether a claim held by another issue stands; `now` is the time of the run. */
export function judgeClaim(holder: ClaimHolder, now: Date): ClaimVerdict {
  const { issue, pull } = holder;
  if (issue === undefined) return { kind: 'free', why: 'its commit names no issue' };
  if (pull !== undefined && (pull.state === 'open' || pull.merged)) {
    return { kind: 'taken', issue, pull };
  }
  if (pull !== undefined) return { kind: 'free', why: `#${pull.number} was closed unmerged` };
  if (holder.issueState === 'closed') return { kind: 'free', why: `#${issue} was closed` };
  if (holder.issueState === 'gone') return { kind: 'free', why: `#${issue} no longer exists` };
  const age = now.getTime() - Date.parse(holder.claimedAt);
  if (age >= STALE_CLAIM_MS) {
    const minutes = Math.floor(age / 60_000);
    return { kind: 'free', why: `#${issue} claimed it ${minutes} minutes ago and opened no PR` };
  }
  return { kind: 'taken', issue };
}

/** What a suggestion that lost its paper to another issue is told (a duplicate). */
export function claimedProblem(
  taken: { issue: number; pull?: { number: number; merged: boolean } },
  field: string,
): Problem {
  const { issue, pull } = taken;
  if (pull === undefined) {
    return {
      field,
      message: `already suggested in #${issue}, whose pull request is being opened`,
      hint: `if something is missing there, say so in a comment on #${issue}, then close this issue`,
      refs: [issue],
    };
  }
  if (pull.merged) {
    return {
      field,
      message: `already added to the list by pull request #${pull.number} (suggested in #${issue})`,
      hint: 'this paper is listed already: close this issue',
      refs: [pull.number, issue],
    };
  }
  return {
    field,
    message: `already suggested in #${issue}: pull request #${pull.number} adds it`,
    hint: `if something is missing there, say so in a comment on #${pull.number}, then close this issue`,
    refs: [issue, pull.number],
  };
}
