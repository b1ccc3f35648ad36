// Reactions on issue comments: list (with `content`), create (201 when added, 200 with the reaction
// the user had already, as GitHub answers: one reaction of each kind per user), delete. Only the
// comment reactions paperlist uses; issue and review-comment reactions are not emulated.
import type { components } from '@octokit/openapi-types';
import {
  HttpError,
  notFound,
  num,
  route,
  validationFailed,
  type Route,
  type RouteContext,
} from '../http.js';
import { paginate } from '../pagination.js';
import type { UserJson } from '../schemas.js';
import type { RepoRecord } from '../state.js';
import { nodeId, userJson, type ViewContext } from '../views.js';

type S = components['schemas'];
export type ReactionContent = S['reaction']['content'];
/** GitHub's reaction; the user is sent with the fields the other routes send (schemas.ts). */
export type ReactionJson = Omit<S['reaction'], 'user'> & { user: UserJson };

export interface ReactionRecord {
  id: number;
  comment: number;
  user: string;
  content: ReactionContent;
  createdAt: string;
}

const CONTENTS = new Set(['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes']);
const store = new WeakMap<RepoRecord, ReactionRecord[]>();

/** Every comment reaction of the repository, oldest first. */
export function reactionsOf(repo: RepoRecord): ReactionRecord[] {
  let list = store.get(repo);
  if (!list) store.set(repo, (list = []));
  return list;
}

export function reactionJson(v: ViewContext, r: ReactionRecord): ReactionJson {
  return {
    id: r.id,
    node_id: nodeId('Reaction', r.id),
    user: userJson(v, v.state.user(r.user)),
    content: r.content,
    created_at: r.createdAt,
  };
}

function commentOf(ctx: RouteContext): number {
  const id = num(ctx.params, 'comment_id');
  if (!ctx.repo.comments.some((c) => c.id === id)) throw notFound();
  return id;
}

export const reactionRoutes: Route[] = [
  route(
    'GET',
    '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
    'reactions/reactions#list-reactions-for-an-issue-comment',
    (ctx) => {
      const comment = commentOf(ctx);
      const content = ctx.query.get('content');
      const items = reactionsOf(ctx.repo).filter(
        (r) => r.comment === comment && (!content || r.content === content),
      );
      return paginate(
        ctx,
        `/repos/${ctx.repo.owner}/${ctx.repo.name}/issues/comments/${comment}/reactions`,
        items.map((r) => reactionJson(ctx, r)),
      );
    },
  ),
  route(
    'POST',
    '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
    'reactions/reactions#create-reaction-for-an-issue-comment',
    (ctx) => {
      const comment = commentOf(ctx);
      const content = ctx.body.content;
      if (typeof content !== 'string' || !CONTENTS.has(content)) {
        throw validationFailed({ resource: 'Reaction', field: 'content', code: 'invalid' });
      }
      const all = reactionsOf(ctx.repo);
      const had = all.find(
        (r) => r.comment === comment && r.user === ctx.user.login && r.content === content,
      );
      if (had) return { status: 200, body: reactionJson(ctx, had) };
      const record: ReactionRecord = {
        id: ctx.state.nextId(),
        comment,
        user: ctx.user.login,
        content: content as ReactionContent,
        createdAt: ctx.state.now(),
      };
      all.push(record);
      return { status: 201, body: reactionJson(ctx, record) };
    },
  ),
  route(
    'DELETE',
    '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}',
    'reactions/reactions#delete-an-issue-comment-reaction',
    (ctx) => {
      const comment = commentOf(ctx);
      const id = num(ctx.params, 'reaction_id');
      const all = reactionsOf(ctx.repo);
      const at = all.findIndex((r) => r.id === id && r.comment === comment);
      if (at === -1) throw notFound();
      // Only the reaction's author (or an admin, which the workflow token is not) may delete it.
      if (all[at]!.user !== ctx.user.login)
        throw new HttpError(403, 'Must have admin rights to Repository.');
      all.splice(at, 1);
      return { status: 204 };
    },
  ),
];
