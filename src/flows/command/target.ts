// What a comment with commands is on: the digest issue, a suggestion issue, a suggestion's pull
// request (its issue found from the branch `paperlist/issue-N` or the PR's hidden record), or
// something else. A pull request from a fork is nobody's suggestion: its comments are left alone.
import { getPull } from '../../adapters/github/pulls.js';
import { DIGEST_LABEL } from '../../core/digest/body.js';
import type { FlowContext } from '../context.js';
import { decodeRecord, issueOfBranch } from '../suggestion/marker.js';
import type { CommandTarget, CommentPayload } from './types.js';

/** The target; `fork` when the comment is on a pull request from a fork (nothing is done). */
export async function findTarget(
  ctx: FlowContext,
  payload: CommentPayload,
): Promise<CommandTarget | 'fork'> {
  const issue = payload.issue;
  if (issue.pull_request === undefined) {
    if (issue.labels.some((l) => l.name === DIGEST_LABEL)) return { kind: 'digest', issue };
    return { kind: 'suggestion', issue: issue.number };
  }
  const pull = await getPull(ctx.gh, ctx.repo, issue.number);
  if (!pull) return { kind: 'other', why: `pull request #${issue.number} was not found` };
  if (!pull.fromHere) return 'fork';
  const of = issueOfBranch(pull.headRef) ?? decodeRecord(pull.body)?.issue;
  if (of === undefined) {
    return {
      kind: 'other',
      why: `pull request #${issue.number} is not one paperlist opened for a suggestion`,
    };
  }
  return { kind: 'suggestion', issue: of, pull: pull.number };
}
