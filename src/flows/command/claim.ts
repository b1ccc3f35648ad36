// A comment is handled once, however often its event is delivered or its run re-run: the bot marks
// the version it handled with its `eyes` reaction, whose time says which version that was. Adding
// the reaction is the check and the mark in one request (GitHub answers 201 when it adds it, 200 with
// the one already there): a mark newer than the comment's last edit means this version was handled;
// an older mark means an edit came since, whose new commands are to run. A comment never handled
// (no mark, or one whose run failed and took it back) runs all its commands.
import {
  reactToComment,
  removeCommentReaction,
  type Reaction,
} from '../../adapters/github/reactions.js';
import { statusOf } from '../../adapters/github/errors.js';
import type { FlowContext } from '../context.js';

export const HANDLED_MARK = 'eyes';

export type Claim =
  /** The token may not write here (403): no command can be done, nothing is written. */
  | { kind: 'read-only' }
  /** This version of the comment was handled before: nothing to do. */
  | { kind: 'handled' }
  /** Never handled: every command of the comment runs. `mark` is taken back if the run fails. */
  | { kind: 'first'; mark: Reaction }
  /** An earlier version was handled: only the commands the edit added run. */
  | { kind: 'edit'; mark: Reaction };

export async function claimComment(
  ctx: FlowContext,
  comment: { id: number; updated_at: string },
): Promise<Claim> {
  let mark: Reaction;
  try {
    mark = await reactToComment(ctx.gh, ctx.repo, comment.id, HANDLED_MARK);
  } catch (error) {
    if (statusOf(error) === 403) return { kind: 'read-only' };
    throw error;
  }
  if (mark.added) return { kind: 'first', mark };
  // Strictly later: GitHub's times are whole seconds, and an edit in the same second as the mark
  // must still run (a repeated delivery comes long after the comment was written).
  if (Date.parse(mark.createdAt) > Date.parse(comment.updated_at)) return { kind: 'handled' };
  return { kind: 'edit', mark };
}

/** After the commands ran: an edit's mark is renewed, so it is as new as this version. */
export async function settleClaim(
  ctx: FlowContext,
  commentId: number,
  claim: Claim,
): Promise<void> {
  if (claim.kind !== 'edit') return;
  await removeCommentReaction(ctx.gh, ctx.repo, commentId, claim.mark.id);
  await reactToComment(ctx.gh, ctx.repo, commentId, HANDLED_MARK);
}

/** The run failed: a first mark is taken back, so that a re-run handles the comment. */
export async function releaseClaim(
  ctx: FlowContext,
  commentId: number,
  claim: Claim,
): Promise<void> {
  if (claim.kind === 'first')
    await removeCommentReaction(ctx.gh, ctx.repo, commentId, claim.mark.id);
}
