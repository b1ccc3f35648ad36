// The refresh: render the README from the data at the default branch's head and land it if the bytes
// changed — a direct commit, or a refresh pull request when the branch is protected or the settings
// ask for one. The stamp is the time of the change being refreshed (the pushed commit's), never the
// clock, so a re-run of the same event, or a run on the bot's own commit, changes nothing.
import type { GitHub, Repo } from '../adapters/github/client.js';
import { createCommit, getCommit, type Head } from '../adapters/github/commits.js';
import { statusOf } from '../adapters/github/client.js';
import { readRepoFile } from '../adapters/github/files.js';
import {
  createPull,
  findPullByHead,
  updatePull,
  type PullRequest,
} from '../adapters/github/pulls.js';
import { setBranch } from '../adapters/github/refs.js';
import { InputError } from '../core/problem.js';
import { keepStamp } from '../core/render/keep-stamp.js';
import { renderReadme } from '../core/render/readme.js';
import type { FlowContext, FlowResult } from './context.js';
import { loadListAt, type ListAt } from './list-at.js';

export const REFRESH_MESSAGE = 'paperlist: refresh README';
/** The rest of the fixed message: who made the commit, so nobody looks for a person behind it. */
export const REFRESH_BODY =
  'Made by the paperlist bot: the generated parts of the README were rendered again from the data.';
export const REFRESH_BRANCH = 'paperlist/refresh';
const ATTEMPTS = 3;

export interface RefreshOptions {
  /** The change being refreshed touched the data or the settings: the README gets a new stamp. */
  dataChanged: boolean;
  /**
   * The time to stamp: the pushed head commit's. When absent, the default branch head's time. It is
   * not read from the head at write time, because after the bot's own commit that head is the bot's.
   */
  stampTime?: Date;
  /** Extra files to write in the same commit (the maintenance run's issue form). */
  extraFiles?: (list: ListAt) => Promise<Record<string, string>>;
}

export interface RefreshOutcome extends FlowResult {
  list: ListAt;
}

export async function refresh(ctx: FlowContext, options: RefreshOptions): Promise<RefreshOutcome> {
  for (let attempt = 1; ; attempt++) {
    const head = await getCommit(ctx.gh, ctx.repo, ctx.defaultBranch);
    const list = await loadListAt(ctx, head);
    const files = {
      ...planRefresh(ctx, list, options),
      ...((await options.extraFiles?.(list)) ?? {}),
    };
    const changed = Object.keys(files);
    if (changed.length === 0) {
      return done(
        list,
        'unchanged',
        true,
        `${ctx.paths.readme} is up to date at ${short(head.sha)}; nothing was written.`,
      );
    }
    if (ctx.dryRun) {
      return done(
        list,
        'out-of-date',
        false,
        `Dry run: ${listed(changed)} would be updated at ${short(head.sha)}; nothing was written.`,
      );
    }
    const landed = await land(ctx, list, head, files);
    if (landed !== 'lost-race') return { ...landed, list };
    if (attempt >= ATTEMPTS)
      throw new Error(`the default branch kept moving; gave up after ${ATTEMPTS} tries`);
    ctx.log(`${ctx.defaultBranch} moved while refreshing; re-applying on the new head`);
  }
}

/** The files a refresh would write (path -> new text); empty when everything is current. */
function planRefresh(
  ctx: FlowContext,
  list: ListAt,
  options: RefreshOptions,
): Record<string, string> {
  const old = list.readme.text;
  const time = options.stampTime ?? new Date(list.head.date);
  const rendered = renderReadme(old, list.list, list.settings, time, ctx.paths.readme);
  if (!rendered.ok) throw new InputError(rendered.problems);
  // Stamp only when the list changed: a push of prose or of the bot's own commit keeps the stamp.
  // Tables that are not current (edited by hand, a failed earlier run) count as a change.
  const tablesOnly = keepStamp(rendered.value, old, list.settings);
  const stamp = options.dataChanged || tablesOnly !== old;
  const readme = stamp ? rendered.value : tablesOnly;
  const files: Record<string, string> = {};
  if (readme !== old) files[ctx.paths.readme] = readme;
  return files;
}

async function land(
  ctx: FlowContext,
  list: ListAt,
  head: Head,
  files: Record<string, string>,
): Promise<FlowResult | 'lost-race'> {
  const message = `${REFRESH_MESSAGE}\n\n${REFRESH_BODY}`;
  const existing = await findPullByHead(ctx.gh, ctx.repo, REFRESH_BRANCH);
  const open = existing?.state === 'open' ? existing : undefined;
  // While a refresh pull request is open, refreshes go there: trying the branch again would only
  // repeat a refused write on every run.
  if (list.settings.refresh === 'pull-request' || open) {
    return landInPull(ctx, list, head, files, message, open);
  }
  const sha = await createCommit(ctx.gh, ctx.repo, { parent: head, files, message });
  try {
    await setBranch(ctx.gh, ctx.repo, ctx.defaultBranch, sha, { force: false, exists: true });
    return {
      result: 'refreshed',
      outputs: { 'commit-sha': sha, 'up-to-date': 'false' },
      summary: `Committed ${listed(Object.keys(files))} to \`${ctx.defaultBranch}\` as ${short(sha)}.`,
    };
  } catch (error) {
    if (!isProtectedRefusal(error)) {
      if (isLostRace(error)) return 'lost-race';
      throw error;
    }
    ctx.log(`${ctx.defaultBranch} is protected; opening a refresh pull request instead`);
  }
  return landInPull(ctx, list, head, files, message, undefined, sha);
}

/** One refresh pull request from `paperlist/refresh`, created or force-updated; no write if current. */
async function landInPull(
  ctx: FlowContext,
  list: ListAt,
  head: Head,
  files: Record<string, string>,
  message: string,
  open: PullRequest | undefined,
  commit?: string,
): Promise<FlowResult> {
  if (open && (await holds(ctx.gh, ctx.repo, open, head, files))) {
    return pullResult(
      open,
      open.headSha,
      `The refresh pull request [#${open.number}](${open.url}) already holds this refresh.`,
    );
  }
  const sha = commit ?? (await createCommit(ctx.gh, ctx.repo, { parent: head, files, message }));
  await setBranch(ctx.gh, ctx.repo, REFRESH_BRANCH, sha, { force: true });
  const title = 'Refresh the README';
  const body = [
    `paperlist re-rendered ${listed(Object.keys(files))} from \`${ctx.paths.dataFile}\` at ${head.sha}.`,
    '',
    list.settings.refresh === 'pull-request'
      ? 'The settings ask for refreshes as pull requests (`refresh: pull-request`).'
      : `\`${ctx.defaultBranch}\` did not take a direct commit from the bot, so the refresh waits here for a merge.`,
    'Later refreshes update this pull request until it is merged.',
  ].join('\n');
  const pull = open
    ? await updatePull(ctx.gh, ctx.repo, open.number, { title, body })
    : await createPull(ctx.gh, ctx.repo, {
        head: REFRESH_BRANCH,
        base: ctx.defaultBranch,
        title,
        body,
      });
  return pullResult(
    pull,
    sha,
    `${open ? 'Updated' : 'Opened'} the refresh pull request [#${pull.number}](${pull.url}).`,
  );
}

/** Whether the pull request's head is one commit on `head` whose files are exactly `files`. */
async function holds(
  gh: GitHub,
  repo: Repo,
  pull: PullRequest,
  head: Head,
  files: Record<string, string>,
): Promise<boolean> {
  const res = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}', {
    ...repo,
    ref: pull.headSha,
  });
  const parents = res.data.parents.map((p) => p.sha);
  if (parents.length !== 1 || parents[0] !== head.sha) return false;
  for (const [path, text] of Object.entries(files)) {
    const current = await readRepoFile(gh, repo, path, pull.headSha);
    if (current?.text !== text) return false;
  }
  return true;
}

function pullResult(pull: PullRequest, sha: string, summary: string): FlowResult {
  return {
    result: 'refresh-pull-request',
    outputs: {
      'commit-sha': sha,
      'pull-request-number': String(pull.number),
      'pull-request-url': pull.url,
      'up-to-date': 'false',
    },
    summary,
  };
}

function isProtectedRefusal(error: unknown): boolean {
  const status = statusOf(error);
  const message = (error as { message?: string }).message ?? '';
  // GitHub answers "Protected branch update failed ..." or "Changes must be made through a pull request."
  return (
    (status === 403 || status === 422 || status === 409) &&
    /protected branch|through a pull request/i.test(message)
  );
}

/** 422 "Update is not a fast forward" (or a 409): the branch moved after it was read. */
function isLostRace(error: unknown): boolean {
  const status = statusOf(error);
  return status === 409 || status === 422;
}

function done(list: ListAt, result: string, upToDate: boolean, summary: string): RefreshOutcome {
  return { result, outputs: { 'up-to-date': String(upToDate) }, summary, list };
}

const listed = (paths: string[]): string => paths.map((p) => `\`${p}\``).join(' and ');

function short(sha: string): string {
  return sha.slice(0, 7);
}
