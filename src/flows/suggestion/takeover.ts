// A suggestion PR a maintainer has taken over: its branch holds a commit that is not the bot's (a
// fix-up pushed onto it, an amended commit). Such a branch is never force-moved and its PR is no
// longer rewritten from the issue; the status comment tells the contributor so. Telling costs one
// read, and only when the branch's head is not the commit the PR's record names.
import { getCommitFacts } from '../../adapters/github/commits.js';
import type { PullRequest } from '../../adapters/github/pulls.js';
import { isBotCommit } from '../../core/suggest/bot-commit.js';
import { STATUS_MARKER } from '../../core/suggest/messages.js';
import type { FlowContext } from '../context.js';
import { decodeRecord } from './marker.js';
import type { SuggestionPlan } from './plan.js';

/** Whether the PR's branch head is somebody else's commit. */
export async function takenOver(ctx: FlowContext, pull: PullRequest): Promise<boolean> {
  if (decodeRecord(pull.body)?.commit === pull.headSha) return false;
  return !isBotCommit(await getCommitFacts(ctx.gh, ctx.repo, pull.headSha));
}

/** The open PR a plan would rewrite (move its branch, or close it), if any. */
export function pullToRewrite(plan: SuggestionPlan): PullRequest | undefined {
  if (plan.kind === 'publish') return plan.own;
  if (plan.kind === 'refuse') return plan.closePull;
  return undefined;
}

/** The status comment of a suggestion whose PR a maintainer has taken over. */
export function takenOverComment(pull: { number: number; url: string }, why: string): string {
  return (
    [
      STATUS_MARKER,
      `A maintainer has taken over pull request [#${pull.number}](${pull.url}): its branch holds their commits, so paperlist no longer changes it. ${why}`,
      'To change the suggestion now, comment on the pull request.',
    ].join('\n\n') + '\n'
  );
}
