// Pull requests: create (with GitHub's validation errors), list with filters, read, edit, merge.
import {
  HttpError,
  notFound,
  num,
  optStr,
  route,
  str,
  validationFailed,
  type Route,
  type RouteContext,
} from '../http.js';
import { listingOrder, paginate } from '../pagination.js';
import { stateField } from './lookups.js';
import { asPull, baseSha, closeIssue, headSha, mergePull, tryMerge } from '../pull-ops.js';
import type { PullRequestJson, PullRequestSimpleJson } from '../schemas.js';
import type { IssueRecord, PullRecord, RepoRecord } from '../state.js';
import {
  issueLabels,
  nodeId,
  repoApi,
  repoHtml,
  repositoryJson,
  userJson,
  type ViewContext,
} from '../views.js';

type Pull = IssueRecord & { pull: PullRecord };

export function pullSimpleJson(v: ViewContext, r: RepoRecord, i: Pull): PullRequestSimpleJson {
  const api = repoApi(v, r);
  const html = `${repoHtml(v, r)}/pull/${i.number}`;
  const owner = userJson(v, v.state.user(r.owner));
  const repo = repositoryJson(v, r);
  const end = (ref: string, sha: string) => ({
    label: `${r.owner}:${ref}`,
    ref,
    sha,
    user: owner,
    repo,
  });
  // A fork's pull request: its head names the fork (owner, repository), its base this repository.
  const fork = i.pull.headRepo ? v.state.repo(...splitName(i.pull.headRepo)) : undefined;
  const head = fork
    ? {
        label: `${fork.owner}:${i.pull.head}`,
        ref: i.pull.head,
        sha: headSha(r, i),
        user: userJson(v, v.state.user(fork.owner)),
        repo: { ...repositoryJson(v, fork), fork: true },
      }
    : end(i.pull.head, headSha(r, i));
  return {
    url: `${api}/pulls/${i.number}`,
    id: i.id,
    node_id: nodeId('PullRequest', i.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${i.number}`,
    commits_url: `${api}/pulls/${i.number}/commits`,
    comments_url: `${api}/issues/${i.number}/comments`,
    statuses_url: `${api}/statuses/${headSha(r, i)}`,
    number: i.number,
    state: i.state,
    locked: i.locked,
    title: i.title,
    user: userJson(v, v.state.user(i.user)),
    body: i.body,
    labels: issueLabels(v, r, i),
    milestone: null,
    assignee: null,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
    merged_at: i.pull.mergedAt,
    merge_commit_sha: i.pull.mergeCommitSha,
    head,
    base: end(i.pull.base, baseSha(r, i)),
    author_association: i.user === r.owner ? 'OWNER' : 'NONE',
    draft: i.pull.draft,
  };
}

function splitName(full: string): [string, string] {
  const [owner = '', name = ''] = full.split('/');
  return [owner, name];
}

export function pullJson(v: ViewContext, r: RepoRecord, i: Pull): PullRequestJson {
  const open = i.state === 'open';
  const clean = open ? tryMerge(r, baseSha(r, i), headSha(r, i)).ok : null;
  const git = r.git;
  const commits = git.commitsBetween(
    git.mergeBase(baseSha(r, i), headSha(r, i)),
    headSha(r, i),
  ).length;
  return {
    ...pullSimpleJson(v, r, i),
    merged: i.pull.merged,
    mergeable: clean,
    mergeable_state: clean === null ? 'unknown' : clean ? 'clean' : 'dirty',
    merged_by: i.pull.mergedBy ? userJson(v, v.state.user(i.pull.mergedBy)) : null,
    comments: r.comments.filter((c) => c.issue === i.number).length,
    commits,
    maintainer_can_modify: i.pull.maintainerCanModify,
  };
}

function getPull(ctx: RouteContext): Pull {
  const pull = asPull(ctx.repo.issues.get(num(ctx.params, 'number')));
  if (!pull) throw notFound();
  return pull;
}

/** `head` is `branch` or `owner:branch`; only same-repository pull requests are emulated. */
function headBranch(ctx: RouteContext, head: string): string {
  const i = head.indexOf(':');
  if (i < 0) return head;
  if (head.slice(0, i).toLowerCase() !== ctx.repo.owner.toLowerCase()) {
    throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
  }
  return head.slice(i + 1);
}

export const pullRoutes: Route[] = [
  route('POST', '/repos/{owner}/{repo}/pulls', 'pulls/pulls#create-a-pull-request', (ctx) => {
    const repo = ctx.repo;
    const title = str(ctx.body, 'title', 'PullRequest');
    const head = headBranch(ctx, str(ctx.body, 'head', 'PullRequest'));
    const base = str(ctx.body, 'base', 'PullRequest');
    const baseCommit = repo.git.refs.get(`refs/heads/${base}`);
    if (!baseCommit)
      throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
    const headCommit = repo.git.refs.get(`refs/heads/${head}`);
    if (!headCommit)
      throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
    for (const other of repo.issues.values()) {
      if (
        other.pull &&
        other.state === 'open' &&
        other.pull.head === head &&
        other.pull.base === base
      ) {
        throw validationFailed({
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${repo.owner}:${head}.`,
        });
      }
    }
    if (repo.git.isAncestor(headCommit, baseCommit)) {
      throw validationFailed({
        resource: 'PullRequest',
        code: 'custom',
        message: `No commits between ${base} and ${head}`,
      });
    }
    const now = ctx.state.now();
    const issue: Pull = {
      id: ctx.state.nextId(),
      number: repo.nextNumber++,
      title,
      body: optStr(ctx.body, 'body') ?? null,
      state: 'open',
      stateReason: null,
      labels: [],
      user: ctx.user.login,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      locked: false,
      pull: {
        head,
        base,
        headSha: headCommit,
        baseSha: baseCommit,
        merged: false,
        mergedAt: null,
        mergeCommitSha: null,
        mergedBy: null,
        draft: ctx.body.draft === true,
        maintainerCanModify: ctx.body.maintainer_can_modify !== false,
      },
    };
    repo.issues.set(issue.number, issue);
    const body = pullJson(ctx, repo, issue);
    return { status: 201, body, headers: { location: body.url } };
  }),
  route('GET', '/repos/{owner}/{repo}/pulls', 'pulls/pulls#list-pull-requests', (ctx) => {
    const state = ctx.query.get('state') ?? 'open';
    const head = ctx.query.get('head');
    const base = ctx.query.get('base');
    // As on GitHub, a `head` filter without the `owner:` part is ignored rather than applied.
    const headFilter = head?.includes(':') ? head : undefined;
    const items = [...ctx.repo.issues.values()]
      .flatMap((i) => (asPull(i) ? [i as Pull] : []))
      .filter((i) => state === 'all' || i.state === state)
      .filter(
        (i) =>
          !headFilter ||
          `${ctx.repo.owner}:${i.pull.head}`.toLowerCase() === headFilter.toLowerCase(),
      )
      .filter((i) => !base || i.pull.base === base);
    return paginate(
      ctx,
      `/repos/${ctx.repo.owner}/${ctx.repo.name}/pulls`,
      listingOrder(ctx, items).map((i) => pullSimpleJson(ctx, ctx.repo, i)),
    );
  }),
  route('GET', '/repos/{owner}/{repo}/pulls/{number}', 'pulls/pulls#get-a-pull-request', (ctx) => ({
    status: 200,
    body: pullJson(ctx, ctx.repo, getPull(ctx)),
  })),
  route(
    'PATCH',
    '/repos/{owner}/{repo}/pulls/{number}',
    'pulls/pulls#update-a-pull-request',
    (ctx) => {
      const i = getPull(ctx);
      const title = optStr(ctx.body, 'title');
      const body = ctx.body.body;
      const base = optStr(ctx.body, 'base');
      const state = stateField(ctx, 'PullRequest');
      if (base !== undefined) {
        if (!ctx.repo.git.refs.has(`refs/heads/${base}`)) {
          throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
        }
        i.pull.base = base;
      }
      if (title !== undefined) i.title = title;
      if (typeof body === 'string' || body === null) i.body = body;
      if (state === 'closed' && i.state === 'open') closeIssue(ctx.state, ctx.repo, i);
      if (state === 'open' && i.state === 'closed') {
        const reason = i.pull.merged
          ? 'state cannot be changed. The pull request has already been merged.'
          : !ctx.repo.git.refs.has(`refs/heads/${i.pull.head}`)
            ? `state cannot be changed. The ${i.pull.head} branch has been deleted.`
            : undefined;
        if (reason)
          throw validationFailed({
            resource: 'PullRequest',
            field: 'state',
            code: 'custom',
            message: reason,
          });
        i.state = 'open';
        i.closedAt = null;
      }
      i.updatedAt = ctx.state.now();
      return { status: 200, body: pullJson(ctx, ctx.repo, i) };
    },
  ),
  route(
    'PUT',
    '/repos/{owner}/{repo}/pulls/{number}/merge',
    'pulls/pulls#merge-a-pull-request',
    (ctx) => {
      const i = getPull(ctx);
      const method = optStr(ctx.body, 'merge_method') ?? 'merge';
      if (method !== 'merge' && method !== 'squash' && method !== 'rebase') {
        throw validationFailed({ resource: 'PullRequest', field: 'merge_method', code: 'invalid' });
      }
      if (i.pull.merged) throw new HttpError(405, 'Pull Request is not mergeable');
      const sha = mergePull(ctx.state, ctx.repo, i, {
        method,
        commitTitle: optStr(ctx.body, 'commit_title'),
        commitMessage: optStr(ctx.body, 'commit_message'),
        sha: optStr(ctx.body, 'sha'),
        user: ctx.user.login,
      });
      return {
        status: 200,
        body: { sha, merged: true, message: 'Pull Request successfully merged' },
      };
    },
  ),
];
