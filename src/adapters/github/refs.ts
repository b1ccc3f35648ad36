// Branch refs: create, move (fast-forward or forced), delete. A refused move comes back as a typed
// error: `BranchProtected` when the branch only takes changes through a pull request, `BranchMoved`
// when it is no longer where it was read (or was created meanwhile).
import type { GitHub, Repo } from './client.js';
import { BranchMoved, BranchProtected, messageOf, statusOf } from './errors.js';

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
      if (statusOf(error) !== 422 || options.exists === false) throw refusalOf(error, branch);
    }
  }
  try {
    await gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      ...repo,
      ref: `heads/${branch}`,
      sha,
      force: options.force,
    });
  } catch (error) {
    throw refusalOf(error, branch);
  }
}

/** Deletes the branch; false when there was none to delete. */
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

/**
 * A refused ref write as a typed error. GitHub answers a protected branch with "Protected branch
 * update failed ..." or "Changes must be made through a pull request." (403, 409 or 422), and a lost
 * race with 422 "Update is not a fast forward" or "Reference already exists" (or a 409).
 */
function refusalOf(error: unknown, branch: string): unknown {
  const status = statusOf(error);
  if (status !== 403 && status !== 409 && status !== 422) return error;
  if (/protected branch|through a pull request/i.test(messageOf(error))) {
    return new BranchProtected(branch, error);
  }
  return status === 403 ? error : new BranchMoved(branch, error);
}
