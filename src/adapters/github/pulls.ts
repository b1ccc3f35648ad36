// Pull requests: find by head branch, create, update, close.
import type { GitHub, Repo } from './client.js';

export interface PullRequest {
  number: number;
  url: string;
  state: 'open' | 'closed';
  merged: boolean;
  title: string;
  body: string;
  headRef: string;
  headSha: string;
  labels: string[];
}

type ApiPull = {
  number: number;
  html_url: string;
  state: string;
  merged_at: string | null;
  title: string;
  body: string | null;
  head: { ref: string; sha: string; repo: { full_name: string } | null };
  labels: { name: string }[];
};

/**
 * Whether a PR's head branch lives in this repository. A fork can name its branch
 * `paperlist/issue-1` too; only the repository's own branches are the bot's.
 */
function fromThisRepo(p: ApiPull, repo: Repo): boolean {
  return p.head.repo?.full_name.toLowerCase() === `${repo.owner}/${repo.repo}`.toLowerCase();
}

function toPull(p: ApiPull): PullRequest {
  return {
    number: p.number,
    url: p.html_url,
    state: p.state === 'open' ? 'open' : 'closed',
    merged: p.merged_at !== null,
    title: p.title,
    body: p.body ?? '',
    headRef: p.head.ref,
    headSha: p.head.sha,
    labels: p.labels.map((l) => l.name),
  };
}

/** Open pull requests into `base` whose head is a branch of this repository (all pages). */
export async function listOpenPulls(gh: GitHub, repo: Repo, base: string): Promise<PullRequest[]> {
  const out: PullRequest[] = [];
  for (let page = 1; ; page++) {
    const res = await gh.request('GET /repos/{owner}/{repo}/pulls', {
      ...repo,
      state: 'open',
      base,
      per_page: 100,
      page,
    });
    out.push(...res.data.filter((p) => fromThisRepo(p, repo)).map(toPull));
    if (res.data.length < 100) return out;
  }
}

/** The most recent pull request (open or closed) whose head is `branch`, if any. */
export async function findPullByHead(
  gh: GitHub,
  repo: Repo,
  branch: string,
): Promise<PullRequest | undefined> {
  const res = await gh.request('GET /repos/{owner}/{repo}/pulls', {
    ...repo,
    head: `${repo.owner}:${branch}`,
    state: 'all',
    per_page: 10,
  });
  const pulls = res.data
    .filter((p) => fromThisRepo(p, repo))
    .map(toPull)
    .sort((a, b) => b.number - a.number);
  return pulls.find((p) => p.state === 'open') ?? pulls[0];
}

export async function createPull(
  gh: GitHub,
  repo: Repo,
  req: { head: string; base: string; title: string; body: string },
): Promise<PullRequest> {
  const res = await gh.request('POST /repos/{owner}/{repo}/pulls', { ...repo, ...req });
  return toPull(res.data);
}

export async function updatePull(
  gh: GitHub,
  repo: Repo,
  number: number,
  req: { title?: string; body?: string; state?: 'open' | 'closed' },
): Promise<PullRequest> {
  const res = await gh.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
    ...repo,
    pull_number: number,
    ...req,
  });
  return toPull(res.data);
}
