// The refresh: render the README from the data at the default branch's head and land it if the bytes
// changed — a direct commit, or a refresh pull request when the branch is protected or the settings
// ask for one. The stamp is the head commit's time, never the clock, so a re-run changes nothing.
import { createCommit, getCommit, type Head } from '../adapters/github/commits.js';
import { statusOf } from '../adapters/github/client.js';
import { createPull, findPullByHead, updatePull } from '../adapters/github/pulls.js';
import { setBranch } from '../adapters/github/refs.js';
import { InputError } from '../core/problem.js';
import { keepStamp } from '../core/render/keep-stamp.js';
import { renderReadme } from '../core/render/readme.js';
import type { FlowContext, FlowResult } from './context.js';
import { loadListAt, type ListAt } from './list-at.js';

export const REFRESH_MESSAGE = 'paperlist: refresh README';
export const REFRESH_BRANCH = 'paperlist/refresh';
const ATTEMPTS = 3;

export interface RefreshOptions {
  /** The change being refreshed touched the data or the settings: stamp the head's time. */
  dataChanged: boolean;
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
      return done(list, 'unchanged', `${ctx.paths.readme} is up to date at ${short(head.sha)}.`);
    }
    if (ctx.dryRun) {
      return done(
        list,
        'out-of-date',
        `Dry run: ${changed.join(' and ')} would be updated at ${short(head.sha)}; nothing was written.`,
      );
    }
    const sha = await createCommit(ctx.gh, ctx.repo, {
      parent: head,
      files,
      message: `${REFRESH_MESSAGE}\n\nRendered from ${ctx.paths.dataFile} at ${head.sha}.`,
    });
    const landed = await land(ctx, list, head, sha);
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
  const rendered = renderReadme(
    old,
    list.list,
    list.settings,
    new Date(list.head.date),
    ctx.paths.readme,
  );
  if (!rendered.ok) throw new InputError(rendered.problems);
  // Stamp only when the list changed; a push of prose or the bot's own commit keeps the stamp.
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
  sha: string,
): Promise<FlowResult | 'lost-race'> {
  if (list.settings.refresh === 'direct') {
    try {
      await setBranch(ctx.gh, ctx.repo, ctx.defaultBranch, sha, { force: false, exists: true });
      return {
        result: 'refreshed',
        outputs: { 'commit-sha': sha },
        summary: `Committed the refreshed README to \`${ctx.defaultBranch}\` as ${short(sha)}.`,
      };
    } catch (error) {
      if (!isProtectedRefusal(error)) {
        if (isLostRace(error)) return 'lost-race';
        throw error;
      }
      ctx.log(`${ctx.defaultBranch} is protected; opening a refresh pull request instead`);
    }
  }
  await setBranch(ctx.gh, ctx.repo, REFRESH_BRANCH, sha, { force: true });
  const title = 'Refresh the README';
  const body = [
    `paperlist re-rendered \`${ctx.paths.readme}\` from \`${ctx.paths.dataFile}\` at ${head.sha}.`,
    '',
    `\`${ctx.defaultBranch}\` does not accept direct commits from the bot, so the refresh waits here for a merge.`,
  ].join('\n');
  const existing = await findPullByHead(ctx.gh, ctx.repo, REFRESH_BRANCH);
  const pull =
    existing && existing.state === 'open'
      ? await updatePull(ctx.gh, ctx.repo, existing.number, { title, body })
      : await createPull(ctx.gh, ctx.repo, {
          head: REFRESH_BRANCH,
          base: ctx.defaultBranch,
          title,
          body,
        });
  return {
    result: 'refresh-pull-request',
    outputs: {
      'commit-sha': sha,
      'pull-request-number': String(pull.number),
      'pull-request-url': pull.url,
    },
    summary: `Opened the refresh pull request [#${pull.number}](${pull.url}).`,
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

function isLostRace(error: unknown): boolean {
  const status = statusOf(error);
  return status === 409 || status === 422;
}

function done(list: ListAt, result: string, summary: string): RefreshOutcome {
  return { result, outputs: {}, summary, list };
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
