// The bot's reactions on a comment: how it acknowledges a command, and how it marks a comment as
// handled. GitHub keeps one reaction of each kind per person, and answers 201 when it adds one but
// 200 (with the reaction it already had) when it was there: so adding the mark is also how a run
// learns, in one request and without knowing its own login, whether the comment was handled before.
import type { GitHub, Repo } from './client.js';
import { statusOf } from './errors.js';

export type ReactionContent =
  '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes';

export interface Reaction {
  id: number;
  content: ReactionContent;
  /** When it was added (GitHub's clock, as the comment's `updated_at`). */
  createdAt: string;
  /** This request added it; false: the token's user had it already. */
  added: boolean;
}

/** Adds the token user's `content` reaction to issue comment `comment`, or finds it there. */
export async function reactToComment(
  gh: GitHub,
  repo: Repo,
  comment: number,
  content: ReactionContent,
): Promise<Reaction> {
  const res = await gh.request(
    'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
    {
      ...repo,
      comment_id: comment,
      content,
    },
  );
  return {
    id: res.data.id,
    content: res.data.content,
    createdAt: res.data.created_at,
    added: res.status === 201,
  };
}

/** Takes a reaction off a comment; one already gone is no error. */
export async function removeCommentReaction(
  gh: GitHub,
  repo: Repo,
  comment: number,
  reaction: number,
): Promise<void> {
  try {
    await gh.request(
      'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}',
      { ...repo, comment_id: comment, reaction_id: reaction },
    );
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
}
