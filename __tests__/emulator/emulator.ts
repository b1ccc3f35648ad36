// The test-facing object: a running server plus helpers to seed state (repositories, commits,
// issues, merges) and to inspect it without going through HTTP.
import type { AddressInfo } from 'node:net';
import {
  issuesEvent,
  pushEvent,
  type IssuesEventPayload,
  type PushCommit,
  type PushEventPayload,
} from '../harness/payloads.js';
import type { FaultSpec } from './faults.js';
import { markGone } from './gone-issues.js';
import { createHold, type Hold } from './hold.js';
import { HttpError } from './http.js';
import type { FileEntry } from './object-store.js';
import { ObjectStore } from './object-store.js';
import { asPull, closeIssue, mergePull } from './pull-ops.js';
import { matches, type RequestRecord } from './request-log.js';
import { ensureLabels } from './routes/lookups.js';
import { pullJson } from './routes/pulls.js';
import type {
  GitCommitJson,
  IssueCommentJson,
  IssueJson,
  PullRequestJson,
  RepositoryJson,
  UserJson,
} from './schemas.js';
import { createFrontend, type Frontend } from './server.js';
import { EmulatorState, isoSeconds, type IssueRecord, type RepoRecord } from './state.js';
import {
  commentJson,
  gitCommitJson,
  issueJson,
  repositoryJson,
  userJson,
  type ViewContext,
} from './views.js';

export interface EmulatorOptions {
  /** What html_url values start with (and GITHUB_SERVER_URL in the harness). */
  serverUrl?: string;
  /** The clock for created_at and default commit dates; the wall clock by default. */
  clock?: () => Date;
  /** x-ratelimit-limit for authenticated requests. */
  rateLimit?: number;
}

/** A repository as the helpers take it: the value createRepo returned, or "owner/name". */
export type RepoArg = SeededRepo | string;

export interface SeededRepo {
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
}

export interface SeededIssue {
  number: number;
  issue: IssueJson;
  /** An `issues` webhook payload for this issue as it stands when called. */
  event(action: string, opts?: Parameters<typeof issuesEvent>[3]): IssuesEventPayload;
}

export interface CommitOptions {
  time?: string;
  /** Login of the author and committer (a test user by default). */
  author?: string;
}

/** The workflow token: maps to github-actions[bot], like GITHUB_TOKEN in a run. */
export const DEFAULT_TOKEN = 'ghs_emulatorWorkflowToken0000000000000';
export const TEST_USER = 'octo-maintainer';

export class Emulator {
  readonly token = DEFAULT_TOKEN;
  readonly requests: RequestRecord[];
  /** Handler exceptions the emulator answered with 500; expected to stay empty. */
  readonly internalErrors: unknown[];

  constructor(
    readonly url: string,
    readonly state: EmulatorState,
    private readonly frontend: Frontend,
  ) {
    this.requests = frontend.requests;
    this.internalErrors = frontend.internalErrors;
    state.tokens.set(DEFAULT_TOKEN, 'github-actions[bot]');
  }

  get serverUrl(): string {
    return this.state.serverUrl;
  }

  private get view(): ViewContext {
    return { state: this.state, apiUrl: this.url };
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.frontend.server.close((e) => (e ? reject(e) : resolve()));
      this.frontend.server.closeAllConnections();
    });
  }

  setClock(clock: () => Date): void {
    this.state.clock = clock;
  }

  // --- faults and the request log ---

  failNext(spec: FaultSpec): void {
    this.frontend.faults.add(spec);
  }

  clearFaults(): void {
    this.frontend.faults.clear();
  }

  pendingFaults(): FaultSpec[] {
    return this.frontend.faults.pending();
  }

  /** Holds the next matching request until the test calls `release()` on what this returns. */
  holdNext(spec: Omit<FaultSpec, 'hold' | 'status' | 'drop' | 'afterHandling'>): Hold {
    const hold = createHold();
    this.frontend.faults.add({ ...spec, hold });
    return hold;
  }

  /**
   * How many requests the rate-limit budget has left from now on (and when it resets, in epoch
   * seconds); `undefined` goes back to counting down from the limit.
   */
  setRateLimitRemaining(remaining: number | undefined, resetAt?: number): void {
    this.frontend.limits.setRemaining(remaining, resetAt);
  }

  /** Requests whose method (or `*`) and decoded path (exact, or a pattern) match. */
  findRequests(method: string, path: string | RegExp): RequestRecord[] {
    return this.requests.filter((r) => matches(r, method, path));
  }

  countRequests(method: string, path: string | RegExp): number {
    return this.findRequests(method, path).length;
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  // --- users ---

  /** Adds a user with a personal token (which, unlike the workflow token, may read /user). */
  addUser(login: string, token = `ghp_${login.replace(/\W/g, '')}Token`): string {
    this.state.user(login);
    this.state.tokens.set(token, login);
    return token;
  }

  user(login: string): UserJson {
    return userJson(this.view, this.state.user(login));
  }

  // --- repositories and commits ---

  private repoRecord(repo: RepoArg): RepoRecord {
    const [owner, name] = typeof repo === 'string' ? repo.split('/') : [repo.owner, repo.name];
    const r = this.state.repo(owner ?? '', name ?? '');
    if (!r) throw new Error(`no repository ${typeof repo === 'string' ? repo : repo.fullName}`);
    return r;
  }

  createRepo(opts: {
    owner: string;
    name: string;
    defaultBranch?: string;
    files?: Record<string, string>;
    protected?: boolean;
    time?: string;
  }): SeededRepo {
    const key = `${opts.owner}/${opts.name}`.toLowerCase();
    if (this.state.repos.has(key)) throw new Error(`repository ${opts.owner}/${opts.name} exists`);
    const defaultBranch = opts.defaultBranch ?? 'main';
    const time = opts.time ?? this.state.now();
    this.state.user(opts.owner);
    const record: RepoRecord = {
      id: this.state.nextId(),
      owner: opts.owner,
      name: opts.name,
      defaultBranch,
      createdAt: time,
      git: new ObjectStore(),
      protectedBranches: new Set(opts.protected ? [defaultBranch] : []),
      issues: new Map(),
      nextNumber: 1,
      comments: [],
      labels: new Map(),
    };
    this.state.repos.set(key, record);
    const seeded = {
      owner: opts.owner,
      name: opts.name,
      fullName: `${opts.owner}/${opts.name}`,
      defaultBranch,
    };
    this.commitFiles(
      seeded,
      defaultBranch,
      opts.files ?? { 'README.md': `# ${opts.name}\n` },
      'Initial commit',
      { time },
    );
    return seeded;
  }

  /**
   * Commits on top of `branch` (creating it from the default branch if missing), bypassing
   * protection as a maintainer's push would. A `null` content deletes the file.
   */
  commitFiles(
    repo: RepoArg,
    branch: string,
    files: Record<string, string | null>,
    message: string,
    opts: CommitOptions = {},
  ): string {
    const r = this.repoRecord(repo);
    const ref = `refs/heads/${branch}`;
    const parent = r.git.refs.get(ref) ?? r.git.refs.get(`refs/heads/${r.defaultBranch}`);
    const current = parent ? r.git.files(r.git.commit(parent)!.tree) : new Map<string, FileEntry>();
    for (const [path, content] of Object.entries(files)) {
      if (content === null) current.delete(path);
      else current.set(path, { mode: '100644', sha: r.git.putBlob(content) });
    }
    const who = this.state.user(opts.author ?? TEST_USER);
    const sig = { name: who.name, email: who.email, date: opts.time ?? this.state.now() };
    const sha = r.git.put({
      type: 'commit',
      tree: r.git.writeFiles(current),
      parents: parent ? [parent] : [],
      author: sig,
      committer: sig,
      message,
    });
    r.git.refs.set(ref, sha);
    return sha;
  }

  createBranch(repo: RepoArg, branch: string, from?: string): string {
    const r = this.repoRecord(repo);
    const sha = r.git.resolveCommit(from ?? r.defaultBranch);
    if (!sha) throw new Error(`no commit ${from}`);
    r.git.refs.set(`refs/heads/${branch}`, sha);
    return sha;
  }

  setProtected(repo: RepoArg, branch: string, on: boolean): void {
    const r = this.repoRecord(repo);
    if (on) r.protectedBranches.add(branch);
    else r.protectedBranches.delete(branch);
  }

  repository(repo: RepoArg): RepositoryJson {
    return repositoryJson(this.view, this.repoRecord(repo));
  }

  /** The sha a branch points at, or undefined. */
  branchSha(repo: RepoArg, branch: string): string | undefined {
    return this.repoRecord(repo).git.refs.get(`refs/heads/${branch}`);
  }

  branches(repo: RepoArg): string[] {
    return [...this.repoRecord(repo).git.refs.keys()]
      .filter((r) => r.startsWith('refs/heads/'))
      .map((r) => r.slice('refs/heads/'.length))
      .sort();
  }

  commit(repo: RepoArg, ref: string): GitCommitJson {
    const r = this.repoRecord(repo);
    const sha = r.git.resolveCommit(ref);
    const c = sha ? r.git.commit(sha) : undefined;
    if (!sha || !c) throw new Error(`no commit ${ref}`);
    return gitCommitJson(this.view, r, sha, c);
  }

  listFiles(repo: RepoArg, ref: string): string[] {
    const r = this.repoRecord(repo);
    const sha = r.git.resolveCommit(ref);
    if (!sha) throw new Error(`no commit ${ref}`);
    return [...r.git.files(r.git.commit(sha)!.tree).keys()].sort();
  }

  readFile(repo: RepoArg, ref: string, path: string): string | undefined {
    const r = this.repoRecord(repo);
    const sha = r.git.resolveCommit(ref);
    if (!sha) throw new Error(`no commit ${ref}`);
    const entry = r.git.files(r.git.commit(sha)!.tree).get(path);
    return entry ? r.git.blob(entry.sha)?.content.toString('utf8') : undefined;
  }

  // --- issues, pull requests, comments ---

  createIssue(
    repo: RepoArg,
    opts: { title: string; body?: string; labels?: string[]; user?: string; time?: string },
  ): SeededIssue {
    const r = this.repoRecord(repo);
    const time = opts.time ?? this.state.now();
    const issue: IssueRecord = {
      id: this.state.nextId(),
      number: r.nextNumber++,
      title: opts.title,
      body: opts.body ?? null,
      state: 'open',
      stateReason: null,
      labels: ensureLabels(this.state, r, opts.labels ?? []),
      user: this.state.user(opts.user ?? 'octo-contributor').login,
      createdAt: time,
      updatedAt: time,
      closedAt: null,
      locked: false,
    };
    r.issues.set(issue.number, issue);
    return {
      number: issue.number,
      issue: issueJson(this.view, r, issue),
      event: (action, eventOpts) => this.issuesEvent(repo, issue.number, action, eventOpts),
    };
  }

  /** Edits an issue as its author would in the web UI (for `edited`/`closed`/`reopened` runs). */
  updateIssue(
    repo: RepoArg,
    number: number,
    patch: {
      title?: string;
      body?: string;
      state?: 'open' | 'closed';
      stateReason?: 'completed' | 'not_planned';
    },
  ): IssueJson {
    const r = this.repoRecord(repo);
    const issue = r.issues.get(number);
    if (!issue) throw new Error(`no issue #${number}`);
    if (patch.title !== undefined) issue.title = patch.title;
    if (patch.body !== undefined) issue.body = patch.body;
    if (patch.state === 'closed')
      closeIssue(this.state, r, issue, patch.stateReason ?? 'completed');
    if (patch.state === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.closedAt = null;
      issue.stateReason = 'reopened';
    }
    issue.updatedAt = this.state.now();
    return issueJson(this.view, r, issue);
  }

  /** Deletes an issue as a maintainer can: its comments go too, and GitHub answers 410 for it. */
  deleteIssue(repo: RepoArg, number: number): void {
    const r = this.repoRecord(repo);
    if (!r.issues.delete(number)) throw new Error(`no issue #${number}`);
    r.comments = r.comments.filter((c) => c.issue !== number);
    markGone(r, number, { kind: 'deleted' });
  }

  /**
   * Transfers an issue to another repository (created empty if missing): it gets a number there,
   * its comments move with it, and the old address answers 301 with the new one.
   */
  transferIssue(repo: RepoArg, number: number, to: string): number {
    const r = this.repoRecord(repo);
    const issue = r.issues.get(number);
    if (!issue || issue.pull) throw new Error(`no issue #${number}`);
    const [owner = '', name = ''] = to.split('/');
    const target =
      this.state.repo(owner, name) ?? this.repoRecord(this.createRepo({ owner, name }));
    r.issues.delete(number);
    const moved = { ...issue, id: this.state.nextId(), number: target.nextNumber++ };
    target.issues.set(moved.number, moved);
    for (const c of r.comments.filter((c) => c.issue === number)) {
      target.comments.push({ ...c, issue: moved.number });
    }
    r.comments = r.comments.filter((c) => c.issue !== number);
    markGone(r, number, { kind: 'transferred', owner, name, number: moved.number });
    return moved.number;
  }

  getIssue(repo: RepoArg, number: number): IssueJson | undefined {
    const r = this.repoRecord(repo);
    const issue = r.issues.get(number);
    return issue ? issueJson(this.view, r, issue) : undefined;
  }

  /** Issues only (not pull requests), by number. */
  getIssues(repo: RepoArg): IssueJson[] {
    const r = this.repoRecord(repo);
    return [...r.issues.values()].filter((i) => !i.pull).map((i) => issueJson(this.view, r, i));
  }

  getPulls(repo: RepoArg): PullRequestJson[] {
    const r = this.repoRecord(repo);
    return [...r.issues.values()].flatMap((i) => {
      const p = asPull(i);
      return p ? [pullJson(this.view, r, p)] : [];
    });
  }

  getComments(repo: RepoArg, issue: number): IssueCommentJson[] {
    const r = this.repoRecord(repo);
    return r.comments.filter((c) => c.issue === issue).map((c) => commentJson(this.view, r, c));
  }

  addComment(repo: RepoArg, issue: number, body: string, user = TEST_USER): IssueCommentJson {
    const r = this.repoRecord(repo);
    if (!r.issues.has(issue)) throw new Error(`no issue #${issue}`);
    const now = this.state.now();
    const c = {
      id: this.state.nextId(),
      issue,
      body,
      user: this.state.user(user).login,
      createdAt: now,
      updatedAt: now,
    };
    r.comments.push(c);
    return commentJson(this.view, r, c);
  }

  /**
   * Merges as a maintainer would from the web UI: a merge commit with two parents (base head,
   * pull request head) whose tree is the three-way merge. Throws when the merge conflicts.
   */
  mergePullRequest(
    repo: RepoArg,
    number: number,
    opts: { time?: string; user?: string; method?: 'merge' | 'squash' | 'rebase' } = {},
  ): string {
    const r = this.repoRecord(repo);
    const pull = asPull(r.issues.get(number));
    if (!pull) throw new Error(`no pull request #${number}`);
    try {
      return mergePull(this.state, r, pull, {
        user: opts.user ?? TEST_USER,
        time: opts.time,
        method: opts.method,
      });
    } catch (e) {
      if (e instanceof HttpError)
        throw new Error(`cannot merge #${number}: ${e.message}`, { cause: e });
      throw e;
    }
  }

  // --- event payloads built from the current state ---

  issuesEvent(
    repo: RepoArg,
    number: number,
    action: string,
    opts?: Parameters<typeof issuesEvent>[3],
  ): IssuesEventPayload {
    const issue = this.getIssue(repo, number);
    if (!issue) throw new Error(`no issue #${number}`);
    return issuesEvent(action, issue, this.repository(repo), opts);
  }

  /** A push of `before..after` (after defaults to the branch head), with commits and head_commit. */
  pushEvent(
    repo: RepoArg,
    opts: { before: string; after?: string; branch?: string },
  ): PushEventPayload {
    const r = this.repoRecord(repo);
    const branch = opts.branch ?? r.defaultBranch;
    const after = opts.after ?? r.git.refs.get(`refs/heads/${branch}`);
    if (!after) throw new Error(`no branch ${branch}`);
    const commits = r.git.commitsBetween(opts.before, after).map((sha) => this.pushCommit(r, sha));
    return pushEvent(this.repository(repo), opts.before, after, `refs/heads/${branch}`, {
      commits,
    });
  }

  private pushCommit(r: RepoRecord, sha: string): PushCommit {
    const c = r.git.commit(sha)!;
    const before = c.parents[0]
      ? r.git.files(r.git.commit(c.parents[0])!.tree)
      : new Map<string, FileEntry>();
    const after = r.git.files(c.tree);
    const added = [...after.keys()].filter((p) => !before.has(p));
    const removed = [...before.keys()].filter((p) => !after.has(p));
    const modified = [...after.keys()].filter(
      (p) => before.has(p) && before.get(p)!.sha !== after.get(p)!.sha,
    );
    const person = (s: { name: string; email: string }) => {
      const u = [...this.state.users.values()].find((x) => x.email === s.email);
      return { name: s.name, email: s.email, ...(u ? { username: u.login } : {}) };
    };
    return {
      id: sha,
      tree_id: c.tree,
      distinct: true,
      message: c.message,
      timestamp: c.committer.date,
      url: `${this.serverUrl}/${r.owner}/${r.name}/commit/${sha}`,
      author: person(c.author),
      committer: person(c.committer),
      added,
      removed,
      modified,
    };
  }
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const state = new EmulatorState(
    opts.serverUrl ?? 'https://github.com',
    opts.clock ?? (() => new Date()),
  );
  let url = '';
  const frontend = createFrontend(state, () => url, opts.rateLimit ?? 5000);
  await new Promise<void>((resolve, reject) => {
    frontend.server.once('error', reject);
    frontend.server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = frontend.server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}`;
  return new Emulator(url, state, frontend);
}

export { isoSeconds };
