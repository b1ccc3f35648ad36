// A suggestion PR whose issue is gone (deleted, or transferred to another repository): nothing can
// rebuild it any more, so it is closed with a note saying why. Its branch is kept (a maintainer may
// still want the entry), and nothing else is touched.
import { updatePull, type PullRequest } from '../../adapters/github/pulls.js';
import { createCommentOnce } from '../../adapters/github/comments.js';
import type { FlowContext } from '../context.js';
import { markClosedByBot } from '../suggestion/marker.js';

export function orphanNote(issue: number, branch: string): string {
  return [
    `The suggestion issue #${issue} of this pull request was deleted or moved to another repository, so paperlist can no longer keep it up to date and closes it.`,
    `The branch \`${branch}\` is kept: reopen this pull request to merge the entry anyway, or delete the branch.`,
  ].join('\n\n');
}

export async function closeOrphan(
  ctx: FlowContext,
  pull: PullRequest,
  issue: number,
): Promise<void> {
  await createCommentOnce(ctx.gh, ctx.repo, pull.number, orphanNote(issue, pull.headRef));
  await updatePull(ctx.gh, ctx.repo, pull.number, {
    state: 'closed',
    body: markClosedByBot(pull.body),
  });
}
