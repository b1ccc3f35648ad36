// Event payloads shaped like GitHub's: a real example from @octokit/webhooks-examples, with the
// repository, issue, commits and sender replaced by the emulator's. URLs inside the repository
// object are rewritten to the emulator's API and server bases.
import { createRequire } from 'node:module';
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import type { IssueJson, RepositoryJson, UserJson } from '../emulator/schemas.js';

type Examples<N extends 'issues' | 'push' | 'workflow_dispatch'> =
  WebhookDefinition<N>['examples'][number];
export type IssuesEventPayload = Examples<'issues'>;
export type PushEventPayload = Examples<'push'>;
export type WorkflowDispatchEventPayload = Examples<'workflow_dispatch'>;
export interface ScheduleEventPayload {
  schedule: string;
  workflow: string;
  repository: WorkflowDispatchEventPayload['repository'];
}

let definitions: WebhookDefinition[] | undefined;

export function example(name: string, action?: string): Record<string, unknown> {
  // The examples are a 4 MB JSON file: load once, and through require so plain Node can too.
  definitions ??= createRequire(import.meta.url)(
    '@octokit/webhooks-examples',
  ) as WebhookDefinition[];
  const def = definitions.find((d) => d.name === name);
  const examples = (def?.examples ?? []) as Record<string, unknown>[];
  const found = action ? examples.find((e) => e.action === action) : examples[0];
  const chosen = found ?? examples.find((e) => e.action === 'opened') ?? examples[0];
  if (!chosen) throw new Error(`no example payload for ${name}`);
  return structuredClone(chosen);
}

function replaceStrings(value: unknown, pairs: [string, string][]): unknown {
  if (typeof value === 'string')
    return pairs.reduce((s, [from, to]) => s.split(from).join(to), value);
  if (Array.isArray(value)) return value.map((v) => replaceStrings(v, pairs));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceStrings(v, pairs)]));
  }
  return value;
}

function bases(repo: RepositoryJson): { api: string; server: string } {
  return {
    api: repo.url.replace(/\/repos\/[^/]+\/[^/]+$/, ''),
    server: repo.html_url.replace(/\/[^/]+\/[^/]+$/, ''),
  };
}

/** Overlays `ours` on the example object, keeping the example's number-vs-string time format. */
export function overlay(example: Record<string, unknown>, ours: object): Record<string, unknown> {
  const out = { ...example };
  for (const [k, v] of Object.entries(ours)) {
    out[k] =
      typeof example[k] === 'number' && typeof v === 'string'
        ? Math.floor(Date.parse(v) / 1000)
        : v;
  }
  return out;
}

export function userPayload(
  example: unknown,
  user: UserJson,
  repo: RepositoryJson,
): Record<string, unknown> {
  const ex = (example ?? {}) as Record<string, unknown>;
  const { api, server } = bases(repo);
  const rewritten = replaceStrings(ex, [
    [`/users/${String(ex.login)}`, `/users/${user.login}`],
    ['https://api.github.com', api],
    ['https://github.com', server],
  ]) as Record<string, unknown>;
  return overlay(rewritten, user);
}

export function repositoryPayload(
  exampleRepo: unknown,
  repo: RepositoryJson,
): Record<string, unknown> {
  const ex = exampleRepo as Record<string, unknown>;
  const { api, server } = bases(repo);
  const full = String(ex.full_name);
  const rewritten = replaceStrings(ex, [
    [`https://api.github.com/repos/${full}`, repo.url],
    [`https://github.com/${full}`, repo.html_url],
    [full, repo.full_name],
    ['https://api.github.com', api],
    ['https://github.com', server],
  ]) as Record<string, unknown>;
  const { owner, ...rest } = repo;
  const out = overlay(rewritten, rest);
  out.owner = userPayload(ex.owner, owner, repo);
  if ('master_branch' in out) out.master_branch = repo.default_branch;
  return out;
}

export interface EventOptions {
  sender?: UserJson;
}

export function issuesEvent(
  action: string,
  issue: IssueJson,
  repo: RepositoryJson,
  opts: EventOptions & {
    changes?: Record<string, { from: string }>;
    label?: { name: string };
  } = {},
): IssuesEventPayload {
  const base = example('issues', action);
  const { user, ...fields } = issue;
  const exIssue = base.issue as Record<string, unknown>;
  const payload: Record<string, unknown> = {
    ...base,
    action,
    issue: { ...overlay(exIssue, fields), user: userPayload(exIssue.user, user, repo) },
    repository: repositoryPayload(base.repository, repo),
    sender: userPayload(base.sender, opts.sender ?? user, repo),
  };
  delete payload.changes;
  delete payload.label;
  delete payload.organization;
  if (opts.changes) payload.changes = opts.changes;
  if (opts.label) payload.label = opts.label;
  return payload as unknown as IssuesEventPayload;
}

export interface PushCommit {
  id: string;
  tree_id: string;
  distinct: boolean;
  message: string;
  timestamp: string;
  url: string;
  author: { name: string; email: string; username?: string };
  committer: { name: string; email: string; username?: string };
  added: string[];
  removed: string[];
  modified: string[];
}

const ZERO = '0000000000000000000000000000000000000000';

export function pushEvent(
  repo: RepositoryJson,
  before: string,
  after: string,
  ref = `refs/heads/${repo.default_branch}`,
  opts: EventOptions & {
    commits?: PushCommit[];
    headCommit?: PushCommit | null;
    forced?: boolean;
  } = {},
): PushEventPayload {
  const base = example('push');
  const sender = opts.sender ?? repo.owner;
  const commits = opts.commits ?? [];
  const payload: Record<string, unknown> = {
    ...base,
    ref,
    before,
    after,
    created: before === ZERO,
    deleted: after === ZERO,
    forced: opts.forced ?? false,
    base_ref: null,
    compare: `${repo.html_url}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
    commits,
    head_commit:
      opts.headCommit !== undefined ? opts.headCommit : (commits[commits.length - 1] ?? null),
    repository: repositoryPayload(base.repository, repo),
    pusher: { name: sender.login, email: `${sender.id}+${sender.login}@users.noreply.github.com` },
    sender: userPayload(base.sender, sender, repo),
  };
  delete payload.organization;
  return payload as unknown as PushEventPayload;
}

export function workflowDispatchEvent(
  repo: RepositoryJson,
  opts: EventOptions & { inputs?: Record<string, string>; ref?: string; workflow?: string } = {},
): WorkflowDispatchEventPayload {
  const base = example('workflow_dispatch');
  const payload: Record<string, unknown> = {
    ...base,
    inputs: opts.inputs ?? {},
    ref: opts.ref ?? `refs/heads/${repo.default_branch}`,
    repository: repositoryPayload(base.repository, repo),
    sender: userPayload(base.sender, opts.sender ?? repo.owner, repo),
    workflow: opts.workflow ?? '.github/workflows/paperlist.yml',
  };
  delete payload.organization;
  return payload as unknown as WorkflowDispatchEventPayload;
}

/** GitHub sends a schedule run the cron line, the workflow file and the repository. */
export function scheduleEvent(
  repo: RepositoryJson,
  opts: { cron?: string; workflow?: string } = {},
): ScheduleEventPayload {
  const base = example('workflow_dispatch');
  return {
    schedule: opts.cron ?? '17 3 * * *',
    workflow: opts.workflow ?? '.github/workflows/paperlist.yml',
    repository: repositoryPayload(
      base.repository,
      repo,
    ) as unknown as ScheduleEventPayload['repository'],
  };
}
