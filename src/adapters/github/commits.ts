// Atomic multi-file commits through the Git Data API: one tree, one commit, one ref update.
import { withBotTrailer, type CommitFacts } from '../../core/suggest/bot-commit.js';
import type { GitHub, Repo } from './client.js';

/** A commit as paperlist needs it: its id, its tree and when it was committed. */
export interface Head {
  sha: string;
  treeSha: string;
  /** Committer date (ISO 8601): the time a refresh stamps into the README. */
  date: string;
  /** First line of the message: tells the bot's own commits apart. */
  message: string;
  /** The parents' SHAs: a refresh pull request is current when its one parent is the head. */
  parents: string[];
}

export async function getCommit(gh: GitHub, repo: Repo, ref: string): Promise<Head> {
  const res = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...repo, ref });
  const c = res.data;
  return {
    sha: c.sha,
    treeSha: c.commit.tree.sha,
    date: c.commit.committer?.date ?? c.commit.author?.date ?? new Date(0).toISOString(),
    message: c.commit.message,
    parents: c.parents.map((p) => p.sha),
  };
}

export interface CommitRequest {
  parent: Head;
  /** Path -> new UTF-8 content. */
  files: Record<string, string>;
  message: string;
  /** Mark the commit as the bot's (a trailer naming its tree; see core/suggest/bot-commit.ts). */
  botTrailer?: boolean;
}

/** Writes the files on top of `parent` as one commit (not yet on any branch); returns its SHA. */
export async function createCommit(gh: GitHub, repo: Repo, req: CommitRequest): Promise<string> {
  return (await createCommitObject(gh, repo, req)).sha;
}

/** As `createCommit`, with the new commit's tree too (a later commit can be built on it unread). */
export async function createCommitObject(
  gh: GitHub,
  repo: Repo,
  req: CommitRequest,
): Promise<{ sha: string; treeSha: string }> {
  const tree = await gh.request('POST /repos/{owner}/{repo}/git/trees', {
    ...repo,
    base_tree: req.parent.treeSha,
    tree: Object.entries(req.files).map(([path, content]) => ({
      path,
      mode: '100644' as const,
      type: 'blob' as const,
      content,
    })),
  });
  const commit = await gh.request('POST /repos/{owner}/{repo}/git/commits', {
    ...repo,
    message: req.botTrailer ? withBotTrailer(req.message, tree.data.sha) : req.message,
    tree: tree.data.sha,
    parents: [req.parent.sha],
  });
  return { sha: commit.data.sha, treeSha: tree.data.sha };
}

/** What tells a commit's maker: its message, tree, author and committer (one read). */
export async function getCommitFacts(gh: GitHub, repo: Repo, sha: string): Promise<CommitFacts> {
  const res = await gh.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
    ...repo,
    commit_sha: sha,
  });
  const c = res.data;
  return {
    message: c.message,
    tree: c.tree.sha,
    author: c.author ? { name: c.author.name, email: c.author.email } : null,
    committer: c.committer ? { name: c.committer.name, email: c.committer.email } : null,
  };
}
