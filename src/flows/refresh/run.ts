// The refresh: render the README from the data at the default branch's head and land it if the bytes
// changed — a direct commit, or a refresh pull request when the branch is protected or the settings
// ask for one. The stamp is the time of the change being refreshed (the pushed commit's), never the
// clock, so a re-run of the same event, or a run on the bot's own commit, changes nothing. Read,
// plan (plan.ts), then land (execute.ts) or, in a dry run, describe; a lost race plans again.
import { getCommit } from '../../adapters/github/commits.js';
import { InputError } from '../../core/problem.js';
import type { FlowContext, FlowResult } from '../context.js';
import { loadListAt, type ListAt } from '../list-at.js';
import type { RefreshResult } from '../outcomes.js';
import { landRefresh } from './execute.js';
import { listed, planRefresh, shortSha, type RefreshPlan } from './plan.js';

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
  extraFiles?: (list: ListAt) => Promise<Record<string, string>>;
}

export interface RefreshOutcome extends FlowResult<RefreshResult> {
  list: ListAt;
}

export async function refresh(ctx: FlowContext, options: RefreshOptions): Promise<RefreshOutcome> {
  for (let attempt = 1; ; attempt++) {
    const head = await getCommit(ctx.gh, ctx.repo, ctx.defaultBranch);
    const list = await loadListAt(ctx, head);
    const plan = planRefresh({
      list,
      paths: ctx.paths,
      dataChanged: options.dataChanged,
      ...(options.stampTime ? { stampTime: options.stampTime } : {}),
      extraFiles: (await options.extraFiles?.(list)) ?? {},
    });
    if (plan.kind !== 'write' || ctx.dryRun) return { ...describeRefreshPlan(ctx, plan), list };
    const landed = await landRefresh(ctx, list, plan);
    if (landed !== 'lost-race') return { ...landed, list };
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
        summary: `Dry run: ${listed(Object.keys(plan.files))} would be updated at ${shortSha(plan.head.sha)}; nothing was written.`,
      };
  }
}
