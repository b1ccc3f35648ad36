// The refs that claim a paper for one suggestion (flows/suggestion/claim.ts). GitHub makes two of
// their writes atomic, and the claim rests on nothing else: creating a ref answers 422 when it
// exists already, so of two runs creating it exactly one succeeds; and a move that is not forced
// succeeds only as a fast-forward, so a move to a child of the commit the ref was read at succeeds
// only while the ref is still there (a compare-and-swap: of two runs taking over one stale claim,
// each with its own child commit, exactly one succeeds).
import type { GitHub, Repo } from './client.js';
import { messageOf, statusOf } from './errors.js';

/** The commit a claim branch points at, as far as a claim is read from it. */
export interface ClaimCommit {
  sha: string;
  tree: string;
  message: string;
  /** Committer date (ISO 8601), by GitHub's clock. */
  date: string;
}

/** Creates `branch` at `sha`; false when it exists already (nothing is changed then). */
export async function createBranchOnce(
  gh: GitHub,
  repo: Repo,
  branch: string,
  sha: string,
): Promise<boolean> {
  try {
    await gh.request('POST /repos/{owner}/{repo}/git/refs', {
      ...repo,
      ref: `refs/heads/${branch}`,
      sha,
    });
    return true;
  } catch (error) {
    if (statusOf(error) === 422 && /already exists/i.test(messageOf(error))) return false;
    throw error;
  }
}

/** The commit `branch` points at; undefined when there is no such branch. */
export async function readBranchCommit(
  gh: GitHub,
  repo: Repo,
  branch: string,
): Promise<ClaimCommit | undefined> {
  let sha: string;
  try {
    const ref = await gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      ...repo,
      ref: `heads/${branch}`,
    });
    sha = ref.data.object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
  const res = await gh.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
    ...repo,
    commit_sha: sha,
  });
  const c = res.data;
  return { sha, tree: c.tree.sha, message: c.message, date: c.committer.date };
}

/** A commit with `parent`'s tree and one parent: a claim's new state, not yet on any branch. */
export async function createChildCommit(
  gh: GitHub,
  repo: Repo,
  parent: { sha: string; tree: string },
  message: string,
): Promise<string> {
  const res = await gh.request('POST /repos/{owner}/{repo}/git/commits', {
    ...repo,
    message,
    tree: parent.tree,
    parents: [parent.sha],
  });
  return res.data.sha;
}

/**
 * Moves `branch` to `sha` only as a fast-forward; false when GitHub refuses (the branch moved on,
 * or was deleted, since it was read).
 */
export async function advanceBranch(
  gh: GitHub,
  repo: Repo,
  branch: string,
  sha: string,
): Promise<boolean> {
  try {
    await gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      ...repo,
      ref: `heads/${branch}`,
      sha,
      force: false,
    });
    return true;
  } catch (error) {
    if (statusOf(error) === 409 || statusOf(error) === 422) return false;
    throw error;
  }
}
