// An unmerged suggestion whose issue is closed: its PR is closed and its branch deleted. Reopening the
// issue brings both back (see publish.ts). Read the branch's PR, plan (`planClose`, pure), then
// execute or, in a dry run, describe. Whether its PR was merged or not, a closed issue releases the
// claim it holds on its paper (claim.ts): once merged the list has the paper, otherwise the paper
// may be suggested again.
import { deleteBranch } from '../../adapters/github/refs.js';
import { findPullByHead, updatePull, type PullRequest } from '../../adapters/github/pulls.js';
import type { FlowContext, FlowResult } from '../context.js';
import { ignored, pullResult } from '../results.js';
import { releaseClaim } from './claim.js';
import { decodeRecord, markClosedByBot, suggestionBranch } from './marker.js';

export type ClosePlan =
  | { kind: 'nothing-to-close'; issue: number }
  /** `closePull`: the PR is still open (a PR closed earlier only loses its branch). */
  | { kind: 'close'; issue: number; pull: PullRequest; branch: string; closePull: boolean };

export function planClose(issue: number, pull: PullRequest | undefined): ClosePlan {
  if (!pull || pull.merged) return { kind: 'nothing-to-close', issue };
  const branch = suggestionBranch(issue);
  return { kind: 'close', issue, pull, branch, closePull: pull.state === 'open' };
}

export async function closeSuggestion(
  ctx: FlowContext,
  issue: number,
): Promise<FlowResult<'pull-request-closed' | 'ignored'>> {
  const found = await findPullByHead(ctx.gh, ctx.repo, suggestionBranch(issue));
  const paper = found ? decodeRecord(found.body)?.paper : undefined;
  if (paper !== undefined && !ctx.dryRun && (await releaseClaim(ctx, issue, paper))) {
    ctx.log(`released the claim of #${issue} on its paper`);
  }
  const plan = planClose(issue, found);
  if (plan.kind === 'nothing-to-close') {
    return ignored(`issue #${issue} has no unmerged suggestion pull request`);
  }
  const { pull, branch } = plan;
  if (ctx.dryRun) {
    return pullResult(
      'pull-request-closed',
      pull,
      `Dry run: would close #${pull.number} and delete \`${branch}\`. Nothing was written.`,
    );
  }
  if (plan.closePull) {
    const body = markClosedByBot(pull.body);
    await updatePull(ctx.gh, ctx.repo, pull.number, { state: 'closed', body });
  }
  await deleteBranch(ctx.gh, ctx.repo, branch);
  return pullResult(
    'pull-request-closed',
    pull,
    `Issue #${issue} was closed: closed #${pull.number} and deleted \`${branch}\`.`,
  );
}
