// An unmerged suggestion whose issue is closed: its PR is closed and its branch deleted. Reopening the
// issue brings both back (see publish.ts).
import { deleteBranch } from '../../adapters/github/refs.js';
import { findPullByHead, updatePull } from '../../adapters/github/pulls.js';
import type { FlowContext, FlowResult } from '../context.js';
import { markClosedByBot, suggestionBranch } from './marker.js';
import { ignored, pullResult } from './results.js';

export async function closeSuggestion(
  ctx: FlowContext,
  issue: number,
): Promise<FlowResult<'pull-request-closed' | 'ignored'>> {
  const branch = suggestionBranch(issue);
  const pull = await findPullByHead(ctx.gh, ctx.repo, branch);
  if (!pull || pull.merged)
    return ignored(`issue #${issue} has no unmerged suggestion pull request`);
  if (ctx.dryRun) {
    return pullResult(
      'pull-request-closed',
      pull,
      `Dry run: would close #${pull.number} and delete \`${branch}\`. Nothing was written.`,
    );
  }
  if (pull.state === 'open') {
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
