// Commit statuses with the context `paperlist`: the result of a pull request check on its head
// commit, and `success` on every commit the bot writes for a suggestion, so a branch protection rule
// that requires `paperlist` works for the bot's pull requests too.
import type { GitHub, Repo } from './client.js';
import { statusOf, WriteNotPermitted } from './errors.js';

export const STATUS_CONTEXT = 'paperlist';

export interface CommitStatus {
  state: 'success' | 'failure' | 'pending' | 'error';
  /** At most 140 characters (GitHub's limit); longer text is cut. */
  description: string;
  targetUrl?: string;
}

export async function setCommitStatus(
  gh: GitHub,
  repo: Repo,
  sha: string,
  status: CommitStatus,
): Promise<void> {
  try {
    await gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
      ...repo,
      sha,
      state: status.state,
      context: STATUS_CONTEXT,
      description: status.description.slice(0, 140),
      ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
    });
  } catch (error) {
    if (statusOf(error) === 403) throw new WriteNotPermitted('set commit statuses', error);
    throw error;
  }
}
