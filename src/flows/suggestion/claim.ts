// One paper, one pull request: before a suggestion opens its first pull request, its run claims
// the paper by creating the paper's claim branch (core/suggest/paper-key.ts) at its suggestion
// commit, whose message names the issue. GitHub creates a ref once, so of two runs for one paper
// (two issues at the same moment, an issue and a digest accept, two accepts) exactly one creates
// it; the other reads the claim, finds which issue and PR hold the paper, and is told so. A claim
// that is over (claim-plan.ts) is taken over by a fast-forward move, which only one run can make.
// Closing the issue that holds a claim releases it (closeSuggestion deletes the branch).
import {
  advanceBranch,
  createBranchOnce,
  createChildCommit,
  readBranchCommit,
} from '../../adapters/github/claims.js';
import { Gone, NotFound } from '../../adapters/github/errors.js';
import { getIssue } from '../../adapters/github/issues.js';
import { findPullByHead } from '../../adapters/github/pulls.js';
import { deleteBranch } from '../../adapters/github/refs.js';
import { claimBranch } from '../../core/suggest/paper-key.js';
import type { Paper } from '../../core/types.js';
import type { FlowContext } from '../context.js';
import { claimHolderOf, claimMessage, judgeClaim } from './claim-plan.js';
import { suggestionBranch } from './marker.js';
import type { ClaimHolder, ClaimOutcome } from './types.js';

/** Reads of a claim that moved or vanished between two of this run's requests, before giving up. */
const CLAIM_ROUNDS = 4;

/** Claims `paper` for `issue`; `sha` is the issue's suggestion commit (it names the issue). */
export async function claimPaper(
  ctx: FlowContext,
  issue: number,
  paper: Paper,
  sha: string,
): Promise<ClaimOutcome> {
  const branch = claimBranch(paper);
  for (let round = 1; round <= CLAIM_ROUNDS; round++) {
    if (await createBranchOnce(ctx.gh, ctx.repo, branch, sha)) return { kind: 'held', branch };
    const claim = await readBranchCommit(ctx.gh, ctx.repo, branch);
    if (claim === undefined) continue; // released meanwhile: create it again
    const holder = claimHolderOf(claim.message);
    // This issue's own claim: a re-run, an edit, or a run whose answer to the creation was lost.
    if (holder === issue) return { kind: 'held', branch };
    const verdict = judgeClaim(await readHolder(ctx, holder, claim.date), ctx.now());
    if (verdict.kind === 'taken') return { ...verdict, branch };
    const mine = await createChildCommit(ctx.gh, ctx.repo, claim, claimMessage(issue, verdict.why));
    if (await advanceBranch(ctx.gh, ctx.repo, branch, mine)) {
      ctx.log(`took over the claim on ${branch}: ${verdict.why}`);
      return { kind: 'held', branch, tookOver: verdict.why };
    }
  }
  throw new Error(
    `the claim branch ${branch} kept changing while #${issue} claimed it; run the workflow again`,
  );
}

/** What the claim's issue has come to: its latest pull request, else the issue's state. */
async function readHolder(
  ctx: FlowContext,
  issue: number | undefined,
  claimedAt: string,
): Promise<ClaimHolder> {
  const none = { issue, pull: undefined, issueState: undefined, claimedAt };
  if (issue === undefined) return none;
  const pull = await findPullByHead(ctx.gh, ctx.repo, suggestionBranch(issue));
  if (pull !== undefined) return { ...none, pull };
  try {
    const details = await getIssue(ctx.gh, ctx.repo, issue);
    return { ...none, issueState: details.state === 'closed' ? 'closed' : 'open' };
  } catch (error) {
    if (error instanceof Gone || error instanceof NotFound) return { ...none, issueState: 'gone' };
    throw error;
  }
}

/**
 * The suggestion that holds `paper` now, when its claim stands (its pull request is open or merged,
 * or its run is still on the way to it): a digest accept asks before it opens a suggestion, and
 * after one lost, to tell the maintainer which issue and pull request add the paper.
 */
export async function standingClaim(
  ctx: FlowContext,
  paper: Paper,
): Promise<{ issue: number; pull?: { number: number; merged: boolean } } | undefined> {
  const claim = await readBranchCommit(ctx.gh, ctx.repo, claimBranch(paper));
  const issue = claim === undefined ? undefined : claimHolderOf(claim.message);
  if (claim === undefined || issue === undefined) return undefined;
  const verdict = judgeClaim(await readHolder(ctx, issue, claim.date), ctx.now());
  if (verdict.kind !== 'taken') return undefined;
  const { pull } = verdict;
  return pull ? { issue, pull: { number: pull.number, merged: pull.merged } } : { issue };
}

/**
 * Releases the claim on `paper` when `issue` holds it (its issue was closed): the paper may be
 * suggested again. A claim held by another issue is left alone. Returns whether it was released.
 */
export async function releaseClaim(
  ctx: FlowContext,
  issue: number,
  paper: Paper,
): Promise<boolean> {
  const branch = claimBranch(paper);
  const claim = await readBranchCommit(ctx.gh, ctx.repo, branch);
  if (claim === undefined || claimHolderOf(claim.message) !== issue) return false;
  return deleteBranch(ctx.gh, ctx.repo, branch);
}
