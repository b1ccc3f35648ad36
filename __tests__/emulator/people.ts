// Seeding what people do outside the bot: a pull request from a branch of the repository, or from
// a fork (its head commit stored in this repository under `refs/pull/{n}/head`, as GitHub keeps
// it, and its head naming the fork), and the `pull_request` payload for it. Also the commit
// statuses of a commit, for assertions.
import { pullRequestEvent, type PullRequestEventPayload } from '../harness/pull-payloads.js';
import type { Emulator, RepoArg } from './emulator.js';
import { TEST_USER } from './emulator.js';
import { pullJson } from './routes/pulls.js';
import { latestPerContext, statusesOf, type StatusRecord } from './routes/statuses.js';
import type { IssueRecord, PullRecord, RepoRecord } from './state.js';

function record(emulator: Emulator, repo: RepoArg): RepoRecord {
  const full = typeof repo === 'string' ? repo : repo.fullName;
  const [owner = '', name = ''] = full.split('/');
  const r = emulator.state.repo(owner, name);
  if (!r) throw new Error(`no repository ${full}`);
  return r;
}

export interface PersonPullOptions {
  /** The head branch (in the fork when `fork` is given). */
  branch: string;
  /** Files changed on top of the default branch (`null` deletes). */
  files: Record<string, string | null>;
  title?: string;
  body?: string;
  /** Who opens it (and commits); a test user by default. */
  user?: string;
  /** Owner of the fork the branch is in; the fork is created when missing. */
  fork?: string;
}

/** Opens a pull request as a person would; returns its number and head sha. */
export function openPersonPull(
  emulator: Emulator,
  repo: RepoArg,
  opts: PersonPullOptions,
): { number: number; headSha: string } {
  const r = record(emulator, repo);
  const user = opts.user ?? TEST_USER;
  const number = r.nextNumber++;
  const staging = opts.fork ? `emulator-fork-staging-${number}` : opts.branch;
  const sha = emulator.commitFiles(repo, staging, opts.files, opts.title ?? 'Edit the list', {
    author: user,
  });
  let headRepo: string | undefined;
  if (opts.fork) {
    headRepo = `${opts.fork}/${r.name}`;
    if (!emulator.state.repo(opts.fork, r.name)) {
      emulator.createRepo({ owner: opts.fork, name: r.name });
    }
    r.git.refs.delete(`refs/heads/${staging}`);
    r.git.refs.set(`refs/pull/${number}/head`, sha);
  }
  const now = emulator.state.now();
  const base = r.git.refs.get(`refs/heads/${r.defaultBranch}`) ?? '';
  const pull: PullRecord = {
    head: opts.branch,
    base: r.defaultBranch,
    headSha: sha,
    baseSha: base,
    merged: false,
    mergedAt: null,
    mergeCommitSha: null,
    mergedBy: null,
    draft: false,
    maintainerCanModify: true,
    ...(headRepo ? { headRepo } : {}),
  };
  const issue: IssueRecord = {
    id: emulator.state.nextId(),
    number,
    title: opts.title ?? 'Edit the list',
    body: opts.body ?? null,
    state: 'open',
    stateReason: null,
    labels: [],
    user,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    locked: false,
    pull,
  };
  r.issues.set(number, issue);
  return { number, headSha: sha };
}

/** Pushes more files onto a person's pull request (a `synchronize`); returns the new head sha. */
export function pushToPersonPull(
  emulator: Emulator,
  repo: RepoArg,
  number: number,
  files: Record<string, string | null>,
  message = 'Fix the list',
): string {
  const r = record(emulator, repo);
  const issue = r.issues.get(number);
  if (!issue?.pull) throw new Error(`no pull request #${number}`);
  const pull = issue.pull;
  if (!pull.headRepo)
    return emulator.commitFiles(repo, pull.head, files, message, { author: issue.user });
  const staging = `emulator-fork-staging-${number}`;
  r.git.refs.set(
    `refs/heads/${staging}`,
    r.git.refs.get(`refs/pull/${number}/head`) ?? pull.headSha,
  );
  const sha = emulator.commitFiles(repo, staging, files, message, { author: issue.user });
  r.git.refs.delete(`refs/heads/${staging}`);
  r.git.refs.set(`refs/pull/${number}/head`, sha);
  pull.headSha = sha;
  return sha;
}

/** The `pull_request` payload for the pull request as it stands. */
export function personPullEvent(
  emulator: Emulator,
  repo: RepoArg,
  number: number,
  action: string,
): PullRequestEventPayload {
  const r = record(emulator, repo);
  const issue = r.issues.get(number);
  if (!issue?.pull) throw new Error(`no pull request #${number}`);
  const view = { state: emulator.state, apiUrl: emulator.url };
  const pull = pullJson(view, r, issue as IssueRecord & { pull: PullRecord });
  return pullRequestEvent(action, pull, emulator.repository(repo));
}

/** Every status set on `sha`, oldest first, and the latest per context. */
export function commitStatuses(
  emulator: Emulator,
  repo: RepoArg,
  sha: string,
): { all: StatusRecord[]; latest: StatusRecord[] } {
  const all = statusesOf(record(emulator, repo)).filter((s) => s.sha === sha);
  return { all, latest: latestPerContext(all, sha) };
}
