// Issues (pull requests included, as GitHub lists them) and their comments.
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
import { closeIssue } from '../pull-ops.js';
import type { IssueRecord } from '../state.js';
import { commentJson, issueJson } from '../views.js';
import { ensureLabels, getIssue, labelNames, stateField } from './lookups.js';

function getComment(ctx: RouteContext) {
  const id = num(ctx.params, 'id');
  const comment = ctx.repo.comments.find((c) => c.id === id);
  if (!comment) throw notFound();
  return comment;
}

export const issueRoutes: Route[] = [
  route('GET', '/repos/{owner}/{repo}/issues', 'issues/issues#list-repository-issues', (ctx) => {
    const state = ctx.query.get('state') ?? 'open';
    const labels = (ctx.query.get('labels') ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const creator = ctx.query.get('creator');
    const since = ctx.query.get('since');
    const items = [...ctx.repo.issues.values()]
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.some((n) => n.toLowerCase() === l)))
      .filter((i) => !creator || i.user.toLowerCase() === creator.toLowerCase())
      .filter((i) => !since || i.updatedAt >= since);
    return paginate(
      ctx,
      `/repos/${ctx.repo.owner}/${ctx.repo.name}/issues`,
      listingOrder(ctx, items).map((i) => issueJson(ctx, ctx.repo, i)),
    );
  }),
  route('POST', '/repos/{owner}/{repo}/issues', 'issues/issues#create-an-issue', (ctx) => {
    const title = str(ctx.body, 'title', 'Issue');
    const now = ctx.state.now();
    const labels = ctx.body.labels === undefined ? [] : labelNames(ctx.body.labels, 'Issue');
    const issue: IssueRecord = {
      id: ctx.state.nextId(),
      number: ctx.repo.nextNumber++,
      title,
      body: optStr(ctx.body, 'body') ?? null,
      state: 'open',
      stateReason: null,
      labels: ensureLabels(ctx.state, ctx.repo, labels),
      user: ctx.user.login,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      locked: false,
    };
    ctx.repo.issues.set(issue.number, issue);
    const body = issueJson(ctx, ctx.repo, issue);
    return { status: 201, body, headers: { location: body.url } };
  }),
  route(
    'GET',
    '/repos/{owner}/{repo}/issues/comments/{id}',
    'issues/comments#get-an-issue-comment',
    (ctx) => ({
      status: 200,
      body: commentJson(ctx, ctx.repo, getComment(ctx)),
    }),
  ),
  route(
    'PATCH',
    '/repos/{owner}/{repo}/issues/comments/{id}',
    'issues/comments#update-an-issue-comment',
    (ctx) => {
      const comment = getComment(ctx);
      comment.body = str(ctx.body, 'body', 'IssueComment');
      comment.updatedAt = ctx.state.now();
      return { status: 200, body: commentJson(ctx, ctx.repo, comment) };
    },
  ),
  route(
    'DELETE',
    '/repos/{owner}/{repo}/issues/comments/{id}',
    'issues/comments#delete-an-issue-comment',
    (ctx) => {
      const comment = getComment(ctx);
      ctx.repo.comments.splice(ctx.repo.comments.indexOf(comment), 1);
      return { status: 204 };
    },
  ),
  route('GET', '/repos/{owner}/{repo}/issues/{number}', 'issues/issues#get-an-issue', (ctx) => ({
    status: 200,
    body: issueJson(ctx, ctx.repo, getIssue(ctx)),
  })),
  route(
    'PATCH',
    '/repos/{owner}/{repo}/issues/{number}',
    'issues/issues#update-an-issue',
    (ctx) => {
      const issue = getIssue(ctx);
      const title = optStr(ctx.body, 'title');
      const state = stateField(ctx, 'Issue');
      const reason = optStr(ctx.body, 'state_reason');
      if (reason !== undefined && !['completed', 'not_planned', 'reopened'].includes(reason)) {
        throw validationFailed({ resource: 'Issue', field: 'state_reason', code: 'invalid' });
      }
      if (title !== undefined) issue.title = title;
      if (typeof ctx.body.body === 'string' || ctx.body.body === null) issue.body = ctx.body.body;
      if (ctx.body.labels !== undefined)
        issue.labels = ensureLabels(ctx.state, ctx.repo, labelNames(ctx.body.labels, 'Issue'));
      if (state === 'closed')
        closeIssue(
          ctx.state,
          ctx.repo,
          issue,
          (reason as IssueRecord['stateReason']) ?? 'completed',
        );
      if (state === 'open' && issue.state === 'closed') {
        if (issue.pull?.merged) throw new HttpError(422, 'Validation Failed');
        issue.state = 'open';
        issue.closedAt = null;
        issue.stateReason = issue.pull ? null : 'reopened';
      }
      issue.updatedAt = ctx.state.now();
      return { status: 200, body: issueJson(ctx, ctx.repo, issue) };
    },
  ),
  route(
    'GET',
    '/repos/{owner}/{repo}/issues/{number}/comments',
    'issues/comments#list-issue-comments',
    (ctx) => {
      const issue = getIssue(ctx);
      const since = ctx.query.get('since');
      const items = ctx.repo.comments
        .filter((c) => c.issue === issue.number && (!since || c.updatedAt >= since))
        .map((c) => commentJson(ctx, ctx.repo, c));
      return paginate(
        ctx,
        `/repos/${ctx.repo.owner}/${ctx.repo.name}/issues/${issue.number}/comments`,
        items,
      );
    },
  ),
  route(
    'POST',
    '/repos/{owner}/{repo}/issues/{number}/comments',
    'issues/comments#create-an-issue-comment',
    (ctx) => {
      const issue = getIssue(ctx);
      const now = ctx.state.now();
      const comment = {
        id: ctx.state.nextId(),
        issue: issue.number,
        body: str(ctx.body, 'body', 'IssueComment'),
        user: ctx.user.login,
        createdAt: now,
        updatedAt: now,
      };
      ctx.repo.comments.push(comment);
      issue.updatedAt = now;
      const body = commentJson(ctx, ctx.repo, comment);
      return { status: 201, body, headers: { location: body.url } };
    },
  ),
];
