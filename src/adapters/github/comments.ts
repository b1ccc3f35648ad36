// The bot's single status comment on an issue, found again by a hidden marker and edited in place.
import type { GitHub, Repo } from './client.js';
import { statusOf, UncertainWrite } from './errors.js';

export interface Comment {
  id: number;
  body: string;
  url: string;
}

/** The first comment on the issue whose body contains `marker`, if any (all pages searched). */
export async function findComment(
  gh: GitHub,
  repo: Repo,
  issue: number,
  marker: string,
): Promise<Comment | undefined> {
  for (let page = 1; ; page++) {
    const res = await gh.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: issue,
      per_page: 100,
      page,
    });
    const hit = res.data.find((c) => (c.body ?? '').includes(marker));
    if (hit) return { id: Number(hit.id), body: hit.body ?? '', url: hit.html_url };
    if (res.data.length < 100) return undefined;
  }
}

/** Creates or edits the marked comment so the issue holds exactly one; no write if unchanged. */
export async function upsertComment(
  gh: GitHub,
  repo: Repo,
  issue: number,
  marker: string,
  body: string,
  existing?: Comment | null,
): Promise<{ comment: Comment; changed: boolean }> {
  const found = existing === undefined ? await findComment(gh, repo, issue, marker) : existing;
  if (found && found.body === body) return { comment: found, changed: false };
  if (found) {
    const res = await gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...repo,
      comment_id: found.id,
      body,
    });
    return { comment: { id: Number(res.data.id), body, url: res.data.html_url }, changed: true };
  }
  const res = await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repo,
    issue_number: issue,
    body,
  });
  return { comment: { id: Number(res.data.id), body, url: res.data.html_url }, changed: true };
}

/**
 * Creates a comment with a single request, never retried: a 5xx may come after GitHub created the
 * comment, and a second POST would leave two. A lost answer (5xx, dropped connection) throws
 * `UncertainWrite`, so the caller looks for the comment before writing again.
 */
export async function createCommentOnce(
  gh: GitHub,
  repo: Repo,
  issue: number,
  body: string,
): Promise<void> {
  try {
    await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: issue,
      body,
      request: { retries: 0 },
    });
  } catch (error) {
    const status = statusOf(error);
    if (status !== undefined && status < 500) throw error;
    throw new UncertainWrite(`the comment on #${issue}`, error);
  }
}

/** Issue comment `id` as it is now (an event's payload may be older); undefined once deleted. */
export async function getComment(
  gh: GitHub,
  repo: Repo,
  id: number,
): Promise<{ body: string; updatedAt: string } | undefined> {
  try {
    const res = await gh.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...repo,
      comment_id: id,
    });
    return { body: res.data.body ?? '', updatedAt: res.data.updated_at };
  } catch (error) {
    if (statusOf(error) === 404 || statusOf(error) === 410) return undefined;
    throw error;
  }
}
