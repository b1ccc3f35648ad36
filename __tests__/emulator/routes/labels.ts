// Repository labels and the labels on an issue. Adding an unknown label to an issue creates it,
// as GitHub does for a token with push access.
import {
  HttpError,
  notFound,
  optStr,
  route,
  str,
  validationFailed,
  type Route,
  type RouteContext,
} from '../http.js';
import { paginate } from '../pagination.js';
import type { LabelRecord } from '../state.js';
import { issueLabels, labelJson } from '../views.js';
import { ensureLabels, getIssue, labelNames } from './lookups.js';

function getLabel(ctx: RouteContext): LabelRecord {
  const label = ctx.repo.labels.get((ctx.params.name as string).toLowerCase());
  if (!label) throw notFound();
  return label;
}

/** The labels of a request: the body itself (a list), or its `labels`. */
function requestedLabels(ctx: RouteContext): string[] {
  return labelNames(Array.isArray(ctx.body) ? ctx.body : ctx.body.labels, 'Label');
}

export const labelRoutes: Route[] = [
  route(
    'GET',
    '/repos/{owner}/{repo}/labels',
    'issues/labels#list-labels-for-a-repository',
    (ctx) =>
      paginate(
        ctx,
        `/repos/${ctx.repo.owner}/${ctx.repo.name}/labels`,
        [...ctx.repo.labels.values()].map((l) => labelJson(ctx, ctx.repo, l)),
      ),
  ),
  route('POST', '/repos/{owner}/{repo}/labels', 'issues/labels#create-a-label', (ctx) => {
    const name = str(ctx.body, 'name', 'Label');
    if (ctx.repo.labels.has(name.toLowerCase())) {
      throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
    }
    const color = (optStr(ctx.body, 'color') ?? 'ededed').replace(/^#/, '');
    if (!/^[0-9a-fA-F]{6}$/.test(color))
      throw validationFailed({ resource: 'Label', code: 'invalid', field: 'color' });
    const label = {
      id: ctx.state.nextId(),
      name,
      color,
      description: optStr(ctx.body, 'description') ?? null,
    };
    ctx.repo.labels.set(name.toLowerCase(), label);
    return { status: 201, body: labelJson(ctx, ctx.repo, label) };
  }),
  route('GET', '/repos/{owner}/{repo}/labels/{name}', 'issues/labels#get-a-label', (ctx) => ({
    status: 200,
    body: labelJson(ctx, ctx.repo, getLabel(ctx)),
  })),
  route('DELETE', '/repos/{owner}/{repo}/labels/{name}', 'issues/labels#delete-a-label', (ctx) => {
    const label = getLabel(ctx);
    ctx.repo.labels.delete(label.name.toLowerCase());
    for (const i of ctx.repo.issues.values()) i.labels = i.labels.filter((n) => n !== label.name);
    return { status: 204 };
  }),
  route(
    'GET',
    '/repos/{owner}/{repo}/issues/{number}/labels',
    'issues/labels#list-labels-for-an-issue',
    (ctx) => {
      const issue = getIssue(ctx);
      return paginate(
        ctx,
        `/repos/${ctx.repo.owner}/${ctx.repo.name}/issues/${issue.number}/labels`,
        issueLabels(ctx, ctx.repo, issue),
      );
    },
  ),
  route(
    'POST',
    '/repos/{owner}/{repo}/issues/{number}/labels',
    'issues/labels#add-labels-to-an-issue',
    (ctx) => {
      const issue = getIssue(ctx);
      const added = ensureLabels(ctx.state, ctx.repo, requestedLabels(ctx));
      issue.labels = [...issue.labels, ...added.filter((n) => !issue.labels.includes(n))];
      issue.updatedAt = ctx.state.now();
      return { status: 200, body: issueLabels(ctx, ctx.repo, issue) };
    },
  ),
  route(
    'PUT',
    '/repos/{owner}/{repo}/issues/{number}/labels',
    'issues/labels#set-labels-for-an-issue',
    (ctx) => {
      const issue = getIssue(ctx);
      issue.labels = ensureLabels(ctx.state, ctx.repo, requestedLabels(ctx));
      issue.updatedAt = ctx.state.now();
      return { status: 200, body: issueLabels(ctx, ctx.repo, issue) };
    },
  ),
  route(
    'DELETE',
    '/repos/{owner}/{repo}/issues/{number}/labels',
    'issues/labels#remove-all-labels-from-an-issue',
    (ctx) => {
      const issue = getIssue(ctx);
      issue.labels = [];
      issue.updatedAt = ctx.state.now();
      return { status: 204 };
    },
  ),
  route(
    'DELETE',
    '/repos/{owner}/{repo}/issues/{number}/labels/{name}',
    'issues/labels#remove-a-label-from-an-issue',
    (ctx) => {
      const issue = getIssue(ctx);
      const name = (ctx.params.name as string).toLowerCase();
      if (!issue.labels.some((n) => n.toLowerCase() === name))
        throw new HttpError(404, 'Label does not exist');
      issue.labels = issue.labels.filter((n) => n.toLowerCase() !== name);
      issue.updatedAt = ctx.state.now();
      return { status: 200, body: issueLabels(ctx, ctx.repo, issue) };
    },
  ),
];
