// Atomic multi-file commits through the Git Data API: one tree, one commit, one ref update.
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
}

/** Writes the files on top of `parent` as one commit (not yet on any branch); returns its SHA. */
export async function createCommit(gh: GitHub, repo: Repo, req: CommitRequest): Promise<string> {
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
    message: req.message,
    tree: tree.data.sha,
    parents: [req.parent.sha],
  });
  return commit.data.sha;
}
