// Whether a push touched given files, from the push payload alone (no API call).

interface PushCommit {
  added?: string[];
  modified?: string[];
  removed?: string[];
}

/** GitHub lists at most 20 commits in a push payload; beyond that, assume the files were touched. */
const PAYLOAD_COMMIT_LIMIT = 20;

export function pushTouched(payload: Record<string, unknown>, paths: string[]): boolean {
  const commits = (payload.commits as PushCommit[] | undefined) ?? [];
  if (commits.length === 0 || commits.length >= PAYLOAD_COMMIT_LIMIT) return true;
  const wanted = new Set(paths);
  return commits.some((c) =>
    [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])].some((f) => wanted.has(f)),
  );
}

/**
 * When the pushed head commit was committed: the time a refresh stamps. Taken from the payload, so a
 * re-run of the same push stamps the same time even after the bot's own commit moved the branch.
 */
export function pushedAt(payload: Record<string, unknown>): Date | undefined {
  const head = payload.head_commit as { timestamp?: unknown } | null | undefined;
  if (typeof head?.timestamp !== 'string') return undefined;
  const time = new Date(head.timestamp);
  return Number.isNaN(time.getTime()) ? undefined : time;
}
