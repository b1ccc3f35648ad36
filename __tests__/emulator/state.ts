// The emulator's records: users and their tokens, and per repository its git database, issues
// (pull requests are issues with a `pull` part, sharing one number sequence), comments and labels.
import { ObjectStore } from './object-store.js';

export interface UserRecord {
  login: string;
  id: number;
  type: 'User' | 'Bot';
  name: string;
  email: string;
  /** An app installation token (the workflow token) cannot read `/user`, as on GitHub. */
  installation: boolean;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface PullRecord {
  head: string;
  base: string;
  /** Head and base shas frozen when the pull request closes; live from the refs while open. */
  headSha: string;
  baseSha: string;
  merged: boolean;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  mergedBy: string | null;
  draft: boolean;
  maintainerCanModify: boolean;
  /**
   * `owner/name` of the fork the head branch lives in; undefined for a branch of this repository.
   * A fork's head commits are stored here too, under `refs/pull/{number}/head`, as on GitHub.
   */
  headRepo?: string;
}

export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'reopened' | 'not_planned' | null;
  /** Label names, in the order they were added. */
  labels: string[];
  user: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  locked: boolean;
  pull?: PullRecord;
}

export interface CommentRecord {
  id: number;
  issue: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface RepoRecord {
  id: number;
  owner: string;
  name: string;
  defaultBranch: string;
  createdAt: string;
  git: ObjectStore;
  protectedBranches: Set<string>;
  issues: Map<number, IssueRecord>;
  nextNumber: number;
  comments: CommentRecord[];
  /** Keyed by lower-cased name: GitHub label names are case-insensitive. */
  labels: Map<string, LabelRecord>;
}

export const ACTIONS_BOT: Omit<UserRecord, 'id'> & { id: number } = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
  installation: true,
};

export class EmulatorState {
  readonly users = new Map<string, UserRecord>();
  readonly tokens = new Map<string, string>();
  readonly repos = new Map<string, RepoRecord>();
  private lastId = 1000;
  clock: () => Date;

  constructor(
    readonly serverUrl: string,
    clock: () => Date,
  ) {
    this.clock = clock;
    this.users.set(ACTIONS_BOT.login, { ...ACTIONS_BOT });
  }

  nextId(): number {
    return ++this.lastId;
  }

  /** Now, as GitHub writes times: ISO 8601 in UTC without milliseconds. */
  now(): string {
    return isoSeconds(this.clock());
  }

  user(login: string): UserRecord {
    let u = this.users.get(login);
    if (!u) {
      const id = this.nextId();
      u = {
        login,
        id,
        type: 'User',
        name: login,
        email: `${id}+${login}@users.noreply.github.com`,
        installation: false,
      };
      this.users.set(login, u);
    }
    return u;
  }

  repo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }
}

export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
