// Lookups shared by the issue and label routes.
import { goneError } from '../gone-issues.js';
import { notFound, num, type RouteContext } from '../http.js';
import type { EmulatorState, IssueRecord, RepoRecord } from '../state.js';

export function getIssue(ctx: RouteContext): IssueRecord {
  const number = num(ctx.params, 'number');
  const issue = ctx.repo.issues.get(number);
  if (!issue) throw goneError(ctx.repo, number, ctx.apiUrl) ?? notFound();
  return issue;
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
