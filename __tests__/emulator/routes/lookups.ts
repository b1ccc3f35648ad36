// Lookups shared by the issue and label routes.
import { notFound, num, type RouteContext } from '../http.js';
import type { EmulatorState, IssueRecord, RepoRecord } from '../state.js';

export function getIssue(ctx: RouteContext): IssueRecord {
  const issue = ctx.repo.issues.get(num(ctx.params, 'number'));
  if (!issue) throw notFound();
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
