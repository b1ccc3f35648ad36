// The repository itself: what a run needs to know about it beyond the event's payload.
import type { GitHub, Repo } from './client.js';

/** The repository's default branch (for events whose payload does not name it). */
export async function getDefaultBranch(gh: GitHub, repo: Repo): Promise<string> {
  const res = await gh.request('GET /repos/{owner}/{repo}', { ...repo });
  return res.data.default_branch;
}
