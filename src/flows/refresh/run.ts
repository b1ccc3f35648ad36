// The refresh: render the README from the data at the default branch's head and land it if the bytes
// changed — a direct commit, or a refresh pull request when the branch is protected or the settings
// ask for one. The stamp is the time of the change being refreshed (the pushed commit's), never the
// clock, so a re-run of the same event, or a run on the bot's own commit, changes nothing. Read,
// plan (plan.ts), then land (execute.ts) or, in a dry run, describe; a lost race plans again.
import { getCommit } from '../../adapters/github/commits.js';
import { readRepoFile } from '../../adapters/github/files.js';
import { formatProblem, InputError } from '../../core/problem.js';
import type { PaperList } from '../../core/types.js';
import type { PullRequest } from '../../adapters/github/pulls.js';
import type { FlowContext, FlowResult } from '../context.js';
import { loadListAtCommit, type ListAtCommit } from '../list-at-commit.js';
import type { RefreshResult } from '../outcomes.js';
import { loadData } from '../../core/data/load.js';
import { landRefresh } from './execute.js';
import { withHandEdits } from './hand-edits.js';
import { listed, planRefresh, shortSha, type AddedSince, type RefreshPlan } from './plan.js';

export { REFRESH_MESSAGE } from './plan.js';

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
  extraFiles?: (list: ListAtCommit) => Promise<Record<string, string>>;
  /** The list before the pushed change: the entries it added get `added:` (see plan.ts). */
  addedSince?: AddedSince;
  /** Adopt hand edits of the README's tables; `base` is the list before the change (plan.ts). */
  adopt?: { base?: PaperList };
  /** The open pull requests into the default branch, when the caller listed them already. */
  openPulls?: PullRequest[];
}

export interface RefreshOutcome extends FlowResult<RefreshResult> {
  list: ListAtCommit;
  /** The papers as the refresh left them (with any `added:` it recorded): what readers' files show. */
  papers: PaperList;
  /**
   * The list on the default branch after the refresh, when it is known without reading it again
   * (nothing was committed, or only the README and the form were): the rebuild builds on it.
   */
  current?: ListAtCommit;
}

export async function refresh(ctx: FlowContext, options: RefreshOptions): Promise<RefreshOutcome> {
  for (let attempt = 1; ; attempt++) {
    const head = await getCommit(ctx.gh, ctx.repo, ctx.defaultBranch);
    const list = await loadListAtCommit(ctx, head);
    const bibtex = list.settings.bibtex;
    const bibtexFile = bibtex ? await readRepoFile(ctx.gh, ctx.repo, bibtex, head.sha) : undefined;
    const plan = planRefresh({
      list,
      paths: ctx.paths,
      dataChanged: options.dataChanged,
      ...(options.stampTime ? { stampTime: options.stampTime } : {}),
      extraFiles: (await options.extraFiles?.(list)) ?? {},
      ...(options.addedSince ? { addedSince: options.addedSince } : {}),
      ...(bibtexFile ? { bibtexText: bibtexFile.text } : {}),
      ...(options.adopt ? { adopt: options.adopt } : {}),
    });
    if (plan.kind !== 'list-broken') for (const w of plan.warnings) ctx.warn(formatProblem(w));
    const papers = plan.kind === 'list-broken' ? list.list : plan.list;
    if (plan.kind !== 'write' || ctx.dryRun) {
      return { ...describeRefreshPlan(ctx, plan), list, papers, current: list };
    }
    // Listed before the first try: after a lost race, the refresh PR may have been opened since.
    const landed = await landRefresh(
      ctx,
      list,
      plan,
      attempt === 1 ? options.openPulls : undefined,
    );
    if (landed !== 'lost-race') {
      const { landed: head, ...outcome } = landed;
      const current = head ? listAfter(ctx, list, head, plan.files) : undefined;
      return { ...outcome, list, papers, ...(current ? { current } : {}) };
    }
    if (attempt >= ATTEMPTS)
      throw new Error(`the default branch kept moving; gave up after ${ATTEMPTS} tries`);
    ctx.log(`${ctx.defaultBranch} moved while refreshing; re-applying on the new head`);
  }
}

/** A plan that writes nothing (or a dry run's), as the run reports it. */
export function describeRefreshPlan(
  ctx: FlowContext,
  plan: RefreshPlan,
): FlowResult<RefreshResult> {
  switch (plan.kind) {
    case 'list-broken':
      throw new InputError(plan.problems);
    case 'up-to-date':
      return {
        result: 'unchanged',
        outputs: { 'up-to-date': 'true' },
        summary: `${ctx.paths.readme} is up to date at ${shortSha(plan.head.sha)}; nothing was written.`,
      };
    case 'write':
      return {
        result: 'out-of-date',
        outputs: { 'up-to-date': 'false' },
        summary: withHandEdits(
          `Dry run: ${listed(Object.keys(plan.files))} would be updated at ${shortSha(plan.head.sha)}; nothing was written.`,
          plan,
          ctx.paths,
        ),
      };
  }
}

/**
 * The list at the refresh's own commit, from the files it wrote (the data file parsed again, as a
 * read would); undefined when it wrote the settings, whose effect only a fresh read shows.
 */
function listAfter(
  ctx: FlowContext,
  list: ListAtCommit,
  head: ListAtCommit['head'],
  files: Record<string, string>,
): ListAtCommit | undefined {
  if (files[ctx.paths.config] !== undefined) return undefined;
  const readme = files[ctx.paths.readme] ?? list.readme.text;
  const data = files[ctx.paths.dataFile];
  if (data === undefined) return { ...list, head, readme: { ...list.readme, text: readme } };
  const loaded = loadData(data, ctx.paths.dataFile);
  if (!loaded.ok) return undefined;
  return {
    ...list,
    head,
    data: { ...list.data, text: data },
    readme: { ...list.readme, text: readme },
    list: loaded.value,
  };
}
