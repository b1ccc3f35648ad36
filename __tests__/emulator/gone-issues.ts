// Issues that are no longer in their repository: deleted (GitHub answers 410 Gone for them) or
// transferred to another repository (301 Moved Permanently, pointing at the issue's new address).
// Kept beside the repository records so the rest of the emulator needs no field for them.
import { HttpError } from './http.js';
import type { RepoRecord } from './state.js';

export type GoneIssue =
  { kind: 'deleted' } | { kind: 'transferred'; owner: string; name: string; number: number };

const gone = new WeakMap<RepoRecord, Map<number, GoneIssue>>();

export function markGone(repo: RepoRecord, number: number, how: GoneIssue): void {
  let map = gone.get(repo);
  if (!map) gone.set(repo, (map = new Map()));
  map.set(number, how);
}

/** The error GitHub answers for a deleted or transferred issue, or undefined if it never existed. */
export function goneError(repo: RepoRecord, number: number, apiUrl: string): HttpError | undefined {
  const how = gone.get(repo)?.get(number);
  if (!how) return undefined;
  if (how.kind === 'deleted') return new HttpError(410, 'This issue was deleted');
  const url = `${apiUrl}/repos/${how.owner}/${how.name}/issues/${how.number}`;
  return new HttpError(301, 'Moved Permanently', undefined, undefined, { location: url });
}
