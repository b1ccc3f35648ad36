// Issues: labels, state, and the report issue the link check keeps up to date.
import type { GitHub, Repo } from './client.js';
import { Gone, missingOrAsIs } from './errors.js';

export async function addLabels(
  gh: GitHub,
  repo: Repo,
  issue: number,
  labels: string[],
): Promise<void> {
  if (labels.length === 0) return;
  await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
    ...repo,
    issue_number: issue,
    labels,
  });
}

export interface IssueSummary {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  url: string;
  author: string;
  labels: string[];
  isPullRequest: boolean;
}

type ApiIssue = {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url: string;
  user: { login: string } | null;
  labels: (string | { name?: string })[];
  pull_request?: unknown;
};

function toSummary(i: ApiIssue): IssueSummary {
  return {
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.state === 'open' ? 'open' : 'closed',
    url: i.html_url,
    author: i.user?.login ?? '',
    labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
    isPullRequest: i.pull_request !== undefined,
  };
}

/** Issues (not pull requests) carrying `label`, in the given state, all pages. */
export async function listIssuesWithLabel(
  gh: GitHub,
  repo: Repo,
  label: string,
  state: 'open' | 'closed' | 'all',
): Promise<IssueSummary[]> {
  const out: IssueSummary[] = [];
  for (let page = 1; ; page++) {
    const res = await gh.request('GET /repos/{owner}/{repo}/issues', {
      ...repo,
      labels: label,
      state,
      per_page: 100,
      page,
    });
    out.push(...res.data.map(toSummary));
    if (res.data.length < 100) return out.filter((i) => !i.isPullRequest);
  }
}

export async function createIssue(
  gh: GitHub,
  repo: Repo,
  req: { title: string; body: string; labels?: string[] },
): Promise<IssueSummary> {
  const res = await gh.request('POST /repos/{owner}/{repo}/issues', { ...repo, ...req });
  return toSummary(res.data);
}

export async function updateIssue(
  gh: GitHub,
  repo: Repo,
  issue: number,
  req: {
    title?: string;
    body?: string;
    state?: 'open' | 'closed';
    state_reason?: 'completed' | 'not_planned';
  },
): Promise<void> {
  await gh.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
    ...repo,
    issue_number: issue,
    ...req,
  });
}

/** An issue as the suggestion flow reads it: the same fields as an `issues` event's `issue`. */
export interface IssueDetails {
  number: number;
  title: string;
  body: string | null;
  html_url: string;
  state: string;
  comments: number;
  created_at?: string;
  updated_at?: string;
  labels: { name: string }[];
  user: { login: string; id: number; type?: string } | null;
}

/**
 * The issue as it is now (an event's payload may be older than the issue). A deleted issue throws
 * `Gone`, a missing one `NotFound`.
 */
export async function getIssue(gh: GitHub, repo: Repo, issue: number): Promise<IssueDetails> {
  const res = await gh
    .request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: issue })
    .catch((error: unknown) => {
      throw missingOrAsIs(error, `issue #${issue}`);
    });
  // A transferred issue answers 301 with its new address, which the client follows: the issue
  // that comes back belongs to another repository, so for this one it is gone.
  if (!inRepo(res.data.repository_url, repo)) {
    throw new Gone(`issue #${issue} (moved to another repository)`, res.data.repository_url);
  }
  return toDetails(res.data);
}

/**
 * Open issues (not pull requests) carrying `label`, as the suggestion flow reads them; all pages
 * (GitHub lists pull requests among issues, so suggestion PRs with the label count towards a page).
 * `since`: only those updated at or after that time.
 */
export async function listOpenIssueDetails(
  gh: GitHub,
  repo: Repo,
  label: string,
  since?: Date,
): Promise<IssueDetails[]> {
  const out: IssueDetails[] = [];
  for (let page = 1; ; page++) {
    const res = await gh.request('GET /repos/{owner}/{repo}/issues', {
      ...repo,
      labels: label,
      state: 'open',
      per_page: 100,
      page,
      ...(since ? { since: since.toISOString() } : {}),
    });
    out.push(...res.data.filter((i) => i.pull_request === undefined).map(toDetails));
    // The Link header names a next page only when there is one (a full last page needs no read).
    if (res.data.length < 100 || !/rel="next"/.test(res.headers.link ?? '')) return out;
  }
}

function inRepo(repositoryUrl: string, repo: Repo): boolean {
  return repositoryUrl.toLowerCase().endsWith(`/repos/${repo.owner}/${repo.repo}`.toLowerCase());
}

type ApiIssueDetails = {
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  state: string;
  comments: number;
  created_at?: string;
  updated_at?: string;
  labels: (string | { name?: string })[];
  user: { login: string; id: number | bigint; type?: string } | null;
};

function toDetails(i: ApiIssueDetails): IssueDetails {
  return {
    number: i.number,
    title: i.title,
    body: i.body ?? null,
    html_url: i.html_url,
    state: i.state,
    comments: i.comments,
    created_at: i.created_at,
    updated_at: i.updated_at,
    labels: i.labels.map((l) => ({ name: typeof l === 'string' ? l : (l.name ?? '') })),
    user: i.user ? { login: i.user.login, id: Number(i.user.id), type: i.user.type } : null,
  };
}
