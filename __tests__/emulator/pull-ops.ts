// Pull request state derived from the refs (head/base sha, mergeability) and the merge itself:
// a real merge commit, squash or rebase, and GitHub's closing of issues the body says it closes.
import type { Signature } from './git-objects.js';
import { HttpError } from './http.js';
import { updateRef } from './ref-ops.js';
import type { EmulatorState, IssueRecord, PullRecord, RepoRecord } from './state.js';
import { mergeTrees, type TreeMergeResult } from './three-way-merge.js';

export function headSha(repo: RepoRecord, issue: IssueRecord & { pull: PullRecord }): string {
  if (issue.state === 'closed') return issue.pull.headSha;
  const ref = issue.pull.headRepo
    ? `refs/pull/${issue.number}/head`
    : `refs/heads/${issue.pull.head}`;
  return repo.git.refs.get(ref) ?? issue.pull.headSha;
}

export function baseSha(repo: RepoRecord, issue: IssueRecord & { pull: PullRecord }): string {
  if (issue.state === 'closed') return issue.pull.baseSha;
  return repo.git.refs.get(`refs/heads/${issue.pull.base}`) ?? issue.pull.baseSha;
}

export function tryMerge(repo: RepoRecord, base: string, head: string): TreeMergeResult {
  const git = repo.git;
  const mb = git.mergeBase(base, head);
  const tree = (sha: string) => git.commit(sha)?.tree as string;
  return mergeTrees(git, mb ? tree(mb) : undefined, tree(base), tree(head));
}

export function asPull(
  issue: IssueRecord | undefined,
): (IssueRecord & { pull: PullRecord }) | undefined {
  return issue?.pull ? (issue as IssueRecord & { pull: PullRecord }) : undefined;
}

export interface MergeOptions {
  method?: 'merge' | 'squash' | 'rebase';
  commitTitle?: string;
  commitMessage?: string;
  /** When given, the head must still be at this sha (else 409, as GitHub). */
  sha?: string;
  user: string;
  time?: string;
}

const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+#(\d+)\b/gi;

export function mergePull(
  state: EmulatorState,
  repo: RepoRecord,
  issue: IssueRecord & { pull: PullRecord },
  opts: MergeOptions,
): string {
  const pull = issue.pull;
  if (issue.state !== 'open') throw new HttpError(405, 'Pull Request is not mergeable');
  const head = headSha(repo, issue);
  const base = baseSha(repo, issue);
  if (opts.sha && opts.sha !== head) {
    throw new HttpError(409, 'Head branch was modified. Review and try the merge again.');
  }
  const merged = tryMerge(repo, base, head);
  if (!merged.ok) throw new HttpError(405, 'Pull Request is not mergeable');
  const time = opts.time ?? state.now();
  const merger = state.user(opts.user);
  const author: Signature = { name: merger.name, email: merger.email, date: time };
  // The web merge is committed by GitHub itself, authored by whoever pressed the button.
  const committer: Signature = { name: 'GitHub', email: 'noreply@github.com', date: time };
  const git = repo.git;
  const method = opts.method ?? 'merge';
  let result: string;
  if (method === 'rebase') {
    result = base;
    const mb = git.mergeBase(base, head);
    for (const sha of git.commitsBetween(mb, head)) {
      const c = git.commit(sha)!;
      const parentTree = c.parents[0] ? git.commit(c.parents[0])!.tree : undefined;
      const step = mergeTrees(git, parentTree, git.commit(result)!.tree, c.tree);
      if (!step.ok) throw new HttpError(405, 'Pull Request is not mergeable');
      result = git.put({ ...c, tree: git.writeFiles(step.files), parents: [result], committer });
    }
  } else {
    const tree = git.writeFiles(merged.files);
    const title =
      opts.commitTitle ??
      (method === 'merge'
        ? `Merge pull request #${issue.number} from ${repo.owner}/${pull.head}`
        : `${issue.title} (#${issue.number})`);
    const detail =
      opts.commitMessage ??
      (method === 'merge'
        ? issue.title
        : git
            .commitsBetween(git.mergeBase(base, head), head)
            .map((s) => `* ${git.commit(s)!.message.trim()}`)
            .join('\n\n'));
    const message = detail ? `${title}\n\n${detail}` : title;
    const parents = method === 'merge' ? [base, head] : [base];
    result = git.put({ type: 'commit', tree, parents, author, committer, message });
  }
  updateRef(repo, `refs/heads/${pull.base}`, result, { bypassProtection: true });
  pull.headSha = head;
  pull.baseSha = base;
  pull.merged = true;
  pull.mergedAt = time;
  pull.mergeCommitSha = result;
  pull.mergedBy = merger.login;
  issue.state = 'closed';
  issue.closedAt = issue.updatedAt = time;
  if (pull.base === repo.defaultBranch) {
    for (const m of `${issue.title}\n${issue.body ?? ''}`.matchAll(CLOSING)) {
      const target = repo.issues.get(Number(m[1]));
      if (target && !target.pull && target.state === 'open') {
        target.state = 'closed';
        target.stateReason = 'completed';
        target.closedAt = target.updatedAt = time;
      }
    }
  }
  return result;
}

/** Closes an issue or pull request; a pull request's shas are frozen as the refs stand now. */
export function closeIssue(
  state: EmulatorState,
  repo: RepoRecord,
  issue: IssueRecord,
  reason: IssueRecord['stateReason'] = 'completed',
): void {
  if (issue.state === 'closed') return;
  const pull = asPull(issue);
  if (pull) {
    pull.pull.headSha = headSha(repo, pull);
    pull.pull.baseSha = baseSha(repo, pull);
  } else {
    issue.stateReason = reason;
  }
  issue.state = 'closed';
  issue.closedAt = issue.updatedAt = state.now();
}
