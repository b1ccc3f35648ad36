// Lookups and request fields shared by the issue, pull request and label routes.
import { goneError } from '../gone-issues.js';
import { notFound, num, optStr, validationFailed, type RouteContext } from '../http.js';
import type { EmulatorState, IssueRecord, RepoRecord } from '../state.js';

export function getIssue(ctx: RouteContext): IssueRecord {
  const number = num(ctx.params, 'number');
  const issue = ctx.repo.issues.get(number);
  if (!issue) throw goneError(ctx.repo, number, ctx.apiUrl) ?? notFound();
  return issue;
}

/** Label names as a request gives them: strings, or objects with a `name`. */
export function labelNames(value: unknown, resource: string): string[] {
  if (!Array.isArray(value)) throw validationFailed({ resource, field: 'labels', code: 'invalid' });
  return value.map((l) =>
    typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? ''),
  );
}

/** The `state` of an update, `open` or `closed` when given (422 otherwise). */
export function stateField(ctx: RouteContext, resource: string): 'open' | 'closed' | undefined {
  const state = optStr(ctx.body, 'state');
  if (state !== undefined && state !== 'open' && state !== 'closed') {
    throw validationFailed({ resource, field: 'state', code: 'invalid' });
  }
  return state;
}

/** Returns the canonical names, creating labels that do not exist yet. */
export function ensureLabels(state: EmulatorState, repo: RepoRecord, names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    let label = repo.labels.get(name.toLowerCase());
    if (!label) {
      label = { id: state.nextId(), name, color: 'ededed', description: null };
      repo.labels.set(name.toLowerCase(), label);
    }
    if (!out.includes(label.name)) out.push(label.name);
  }
  return out;
}
