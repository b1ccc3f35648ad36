// Whether a push touched given files, and when its change was made, from the push payload alone
// (no API call).

interface PushCommit {
  message?: string;
  timestamp?: string;
  added?: string[];
  modified?: string[];
  removed?: string[];
}

/** GitHub lists at most 20 commits in a push payload; beyond that, assume the files were touched. */
const PAYLOAD_COMMIT_LIMIT = 20;

export function pushTouched(
  payload: Record<string, unknown>,
  paths: string[],
  botMessage?: string,
): boolean {
  const all = (payload.commits as PushCommit[] | undefined) ?? [];
  if (all.length === 0 || all.length >= PAYLOAD_COMMIT_LIMIT) return true;
  // The bot's own refresh commits (which may record `added:` in the data) are not a change.
  const commits = all.filter((c) => (c.message ?? '').split('\n')[0] !== botMessage);
  // Payloads list paths from the repository's root, without `./`; inputs may have one.
  const wanted = new Set(paths.map((p) => p.replace(/^(\.\/)+/, '')));
  return commits.some((c) =>
    [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])].some((f) => wanted.has(f)),
  );
}

/**
 * When the pushed head commit was committed: the time a refresh stamps. Taken from the payload, so a
 * re-run of the same push stamps the same time even after the bot's own commit moved the branch. The
 * bot's own refresh commits are passed over: they render a change, they are not one.
 */
export function pushedAt(payload: Record<string, unknown>, botMessage: string): Date | undefined {
  const commits = (payload.commits as PushCommit[] | undefined) ?? [];
  const head = payload.head_commit as PushCommit | null | undefined;
  const candidates = commits.length > 0 ? commits : head ? [head] : [];
  const change = candidates.findLast((c) => (c.message ?? '').split('\n')[0] !== botMessage);
  const time = new Date(change?.timestamp ?? '');
  return Number.isNaN(time.getTime()) ? undefined : time;
}
