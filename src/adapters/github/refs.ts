// Branch refs: create, move (fast-forward or forced), delete.
import { statusOf, type GitHub, type Repo } from './client.js';

/** Points `branch` at `sha`, creating it if needed. `force` allows a non-fast-forward move. */
export async function setBranch(
  gh: GitHub,
  repo: Repo,
  branch: string,
  sha: string,
  options: { force: boolean; exists?: boolean },
): Promise<void> {
  if (options.exists !== true) {
    try {
      await gh.request('POST /repos/{owner}/{repo}/git/refs', {
        ...repo,
        ref: `refs/heads/${branch}`,
        sha,
      });
      return;
    } catch (error) {
      // 422 "Reference already exists": a previous run made it; move it instead.
      if (statusOf(error) !== 422 || options.exists === false) throw error;
    }
  }
  await gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
    ...repo,
    ref: `heads/${branch}`,
    sha,
    force: options.force,
  });
}

export async function deleteBranch(gh: GitHub, repo: Repo, branch: string): Promise<boolean> {
  try {
    await gh.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', {
      ...repo,
      ref: `heads/${branch}`,
    });
    return true;
  } catch (error) {
    if (statusOf(error) === 404 || statusOf(error) === 422) return false;
    throw error;
  }
}
