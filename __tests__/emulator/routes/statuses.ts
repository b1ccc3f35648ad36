// Commit statuses: create one on a commit (POST .../statuses/{sha}), list a ref's statuses newest
// first, and the combined status (the latest status per context, and the overall state GitHub
// derives from them). Only full shas and branch names (no slashes) are accepted as refs here.
import type { components } from '@octokit/openapi-types';
import { HttpError, route, str, validationFailed, type Route, type RouteContext } from '../http.js';
import { paginate } from '../pagination.js';
import type { UserJson } from '../schemas.js';
import type { RepoRecord, UserRecord } from '../state.js';
import { nodeId, repoApi, repositoryJson, userJson, type ViewContext } from '../views.js';

type S = components['schemas'];
/** GitHub's status; users are sent with the fields the other routes send (schemas.ts). */
export type StatusJson = Omit<S['status'], 'creator'> & { creator: UserJson };
export type CombinedStatusJson = Omit<S['combined-commit-status'], 'repository'> & {
  repository: ReturnType<typeof repositoryJson>;
};

export interface StatusRecord {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  description: string | null;
  targetUrl: string | null;
  context: string;
  creator: string;
  createdAt: string;
}

const STATES = new Set(['error', 'failure', 'pending', 'success']);
const store = new WeakMap<RepoRecord, StatusRecord[]>();

/** Every status of the repository, oldest first. */
export function statusesOf(repo: RepoRecord): StatusRecord[] {
  let list = store.get(repo);
  if (!list) store.set(repo, (list = []));
  return list;
}

export function statusJson(
  v: ViewContext,
  r: RepoRecord,
  s: StatusRecord,
  creator: UserRecord,
): StatusJson {
  return {
    url: `${repoApi(v, r)}/statuses/${s.sha}`,
    avatar_url: null,
    id: s.id,
    node_id: nodeId('StatusContext', s.id),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator: userJson(v, creator),
  };
}

/** The latest status per context, newest first, as the combined status lists them. */
export function latestPerContext(all: StatusRecord[], sha: string): StatusRecord[] {
  const latest = new Map<string, StatusRecord>();
  for (const s of all.filter((x) => x.sha === sha)) latest.set(s.context, s);
  return [...latest.values()].reverse();
}

/** GitHub's rule: failure if any is error or failure, pending if any is pending or none exist. */
export function combinedState(statuses: StatusRecord[]): string {
  if (statuses.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure';
  if (statuses.length === 0 || statuses.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

function commitOf(ctx: RouteContext, ref: string): string {
  const sha = ctx.repo.git.resolveCommit(ref);
  if (!sha) throw new HttpError(404, `No commit found for SHA: ${ref}`);
  return sha;
}

export const statusRoutes: Route[] = [
  route(
    'POST',
    '/repos/{owner}/{repo}/statuses/{sha}',
    'commits/statuses#create-a-commit-status',
    (ctx) => {
      const sha = ctx.params.sha as string;
      if (!/^[0-9a-f]{40}$/.test(sha) || !ctx.repo.git.commit(sha)) {
        throw validationFailed({
          resource: 'Status',
          field: 'sha',
          code: 'invalid',
          message: `No commit found for SHA: ${sha}`,
        });
      }
      const state = str(ctx.body, 'state', 'Status');
      if (!STATES.has(state))
        throw validationFailed({ resource: 'Status', field: 'state', code: 'invalid' });
      const optional = (k: string) =>
        typeof ctx.body[k] === 'string' ? (ctx.body[k] as string) : null;
      const record: StatusRecord = {
        id: ctx.state.nextId(),
        sha,
        state: state as StatusRecord['state'],
        description: optional('description'),
        targetUrl: optional('target_url'),
        context: optional('context') ?? 'default',
        creator: ctx.user.login,
        createdAt: ctx.state.now(),
      };
      statusesOf(ctx.repo).push(record);
      return { status: 201, body: statusJson(ctx, ctx.repo, record, ctx.user) };
    },
  ),
  route(
    'GET',
    '/repos/{owner}/{repo}/commits/{ref}/statuses',
    'commits/statuses#list-commit-statuses-for-a-reference',
    (ctx) => {
      const sha = commitOf(ctx, ctx.params.ref as string);
      const items = statusesOf(ctx.repo)
        .filter((s) => s.sha === sha)
        .reverse();
      return paginate(
        ctx,
        `/repos/${ctx.repo.owner}/${ctx.repo.name}/commits/${sha}/statuses`,
        items.map((s) => statusJson(ctx, ctx.repo, s, ctx.state.user(s.creator))),
      );
    },
  ),
  route(
    'GET',
    '/repos/{owner}/{repo}/commits/{ref}/status',
    'commits/statuses#get-the-combined-status-for-a-specific-reference',
    (ctx) => {
      const sha = commitOf(ctx, ctx.params.ref as string);
      const latest = latestPerContext(statusesOf(ctx.repo), sha);
      const body: CombinedStatusJson = {
        state: combinedState(latest),
        // The combined status lists each status without its creator.
        statuses: latest.map((s) => {
          const full: Partial<StatusJson> = statusJson(ctx, ctx.repo, s, ctx.state.user(s.creator));
          delete full.creator;
          return full as Omit<StatusJson, 'creator'>;
        }),
        sha,
        total_count: latest.length,
        repository: repositoryJson(ctx, ctx.repo),
        commit_url: `${repoApi(ctx, ctx.repo)}/commits/${sha}`,
        url: `${repoApi(ctx, ctx.repo)}/commits/${sha}/status`,
      };
      return { status: 200, body };
    },
  ),
];
