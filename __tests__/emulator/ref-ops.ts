// Ref writes with GitHub's rules: protection, fast-forward checks, and the side effect of
// deleting a pull request's head branch (GitHub closes the pull request).
import { HttpError } from './http.js';
import type { EmulatorState, RepoRecord } from './state.js';

/** What the REST API answers when the token pushes to a protected branch (422, not 403). */
export const PROTECTED_BRANCH_MESSAGE = 'Changes must be made through a pull request.';
export const PROTECTED_BRANCH_DOCS = 'https://docs.github.com/articles/about-protected-branches';
export const NOT_FAST_FORWARD_MESSAGE = 'Update is not a fast forward';

export function branchOf(ref: string): string | undefined {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

export function isProtected(repo: RepoRecord, ref: string): boolean {
  const branch = branchOf(ref);
  return branch !== undefined && repo.protectedBranches.has(branch);
}

export interface RefUpdate {
  force?: boolean;
  /** Merges through a pull request and test seeding are allowed past protection. */
  bypassProtection?: boolean;
}

export function updateRef(repo: RepoRecord, ref: string, sha: string, opts: RefUpdate = {}): void {
  const current = repo.git.refs.get(ref);
  if (!current) throw new HttpError(422, 'Reference does not exist');
  if (!repo.git.commit(sha)) throw new HttpError(422, 'Object does not exist');
  if (!opts.bypassProtection && isProtected(repo, ref)) {
    throw new HttpError(422, PROTECTED_BRANCH_MESSAGE, undefined, PROTECTED_BRANCH_DOCS);
  }
  if (!opts.force && !repo.git.isAncestor(current, sha)) {
    throw new HttpError(422, NOT_FAST_FORWARD_MESSAGE);
  }
  repo.git.refs.set(ref, sha);
}

export function deleteRef(state: EmulatorState, repo: RepoRecord, ref: string): void {
  if (!repo.git.refs.has(ref)) throw new HttpError(422, 'Reference does not exist');
  if (isProtected(repo, ref)) {
    throw new HttpError(
      422,
      'Cannot delete this protected branch.',
      undefined,
      PROTECTED_BRANCH_DOCS,
    );
  }
  const branch = branchOf(ref);
  const sha = repo.git.refs.get(ref) as string;
  repo.git.refs.delete(ref);
  for (const issue of repo.issues.values()) {
    const pull = issue.pull;
    if (!pull || issue.state !== 'open' || pull.head !== branch) continue;
    pull.headSha = sha;
    pull.baseSha = repo.git.refs.get(`refs/heads/${pull.base}`) ?? pull.baseSha;
    issue.state = 'closed';
    issue.closedAt = issue.updatedAt = state.now();
  }
}
