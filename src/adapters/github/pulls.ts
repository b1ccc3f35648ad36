// Pull requests: find by head branch, create, update, close, reopen. GitHub's refusals come back as
// typed errors (a PR that exists already, PRs not permitted, a PR that cannot be reopened).
import type { GitHub, Repo } from './client.js';
import {
  messageOf,
  PullNotReopenable,
  PullRequestExists,
  PullsNotPermitted,
  statusOf,
} from './errors.js';

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

/**
 * Opens a pull request. Throws `PullsNotPermitted` when the repository does not let the token open
 * one, `PullRequestExists` when GitHub answers 422 (a PR from this head is open already, opened by a
 * request whose answer was lost, say: the caller looks for it).
 */
export async function createPull(
  gh: GitHub,
  repo: Repo,
  req: { head: string; base: string; title: string; body: string },
): Promise<PullRequest> {
  try {
    const res = await gh.request('POST /repos/{owner}/{repo}/pulls', { ...repo, ...req });
    return toPull(res.data);
  } catch (error) {
    const status = statusOf(error);
    if (
      status === 403 &&
      /not permitted to create or approve pull requests/i.test(messageOf(error))
    )
      throw new PullsNotPermitted(error);
    if (status === 422) throw new PullRequestExists(req.head, error);
    throw error;
  }
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

/**
 * Reopens a closed pull request with a new title and body. GitHub refuses (422) while the head
 * branch is missing or not at the commit the PR was closed with: `PullNotReopenable`.
 */
export async function reopenPull(
  gh: GitHub,
  repo: Repo,
  number: number,
  text: { title: string; body: string },
): Promise<PullRequest> {
  try {
    return await updatePull(gh, repo, number, { ...text, state: 'open' });
  } catch (error) {
    if (statusOf(error) === 422) throw new PullNotReopenable(number, error);
    throw error;
  }
}

/**
 * Pull request `number` with whether its head branch is in this repository (a fork's is not the
 * bot's, whatever its name); undefined when there is no such pull request.
 */
export async function getPull(
  gh: GitHub,
  repo: Repo,
  number: number,
): Promise<(PullRequest & { fromHere: boolean }) | undefined> {
  try {
    const res = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      ...repo,
      pull_number: number,
    });
    return { ...toPull(res.data), fromHere: fromThisRepo(res.data, repo) };
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}
