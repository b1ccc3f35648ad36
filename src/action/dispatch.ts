// Which flow an event starts. The mode comes from the event name alone.
import type { FlowContext, FlowResult } from '../flows/context.js';
import { listOpenPulls } from '../adapters/github/pulls.js';
import { maintain } from '../flows/maintain.js';
import { describeRebuild, rebuiltList } from '../flows/rebuild/describe.js';
import { rebuildSuggestions } from '../flows/rebuild/run.js';
import { refresh, REFRESH_MESSAGE } from '../flows/refresh/run.js';
import type { IssuePayload } from '../flows/suggestion/payload.js';
import { ignored } from '../flows/results.js';
import { suggestionFlow } from '../flows/suggestion/run.js';
import { listBefore } from '../flows/refresh/before.js';
import { withSite, writeReaderSite } from '../flows/site.js';
import { pullCheckFlow, type PullRequestPayload } from '../flows/pull-check.js';
import { pushedAt, pushTouched } from './push.js';
import { digestEdited, isDigestIssue, type Sender } from '../flows/digest/ticks.js';
import { commandFlow } from '../flows/command/run.js';
import type { CommentPayload } from '../flows/command/types.js';

export async function dispatch(
  ctx: FlowContext,
  eventName: string,
  payload: Record<string, unknown>,
): Promise<FlowResult> {
  switch (eventName) {
    case 'push':
      return onPush(ctx, payload);
    case 'issues': {
      const event = payload as unknown as IssuePayload;
      if (!event.issue || event.issue.pull_request) return ignored('the event carries no issue');
      if (isDigestIssue(event.issue)) return digestEdited(ctx, event, senderOf(payload));
      return suggestionFlow(ctx, event);
    }
    case 'pull_request':
    case 'pull_request_target':
      return pullCheckFlow(ctx, eventName, payload as PullRequestPayload);
    case 'issue_comment':
      return commandFlow(ctx, payload as unknown as CommentPayload);
    case 'schedule':
    case 'workflow_dispatch':
      return maintain(ctx);
    default:
      return ignored(`the ${eventName || 'unknown'} event is not one paperlist handles`);
  }
}

/** A push to the default branch: the refresh, then the open suggestions rebuilt on the new head. */
async function onPush(ctx: FlowContext, payload: Record<string, unknown>): Promise<FlowResult> {
  if (payload.ref !== `refs/heads/${ctx.defaultBranch}`) {
    return ignored(`push to ${String(payload.ref)}, not to ${ctx.defaultBranch}`);
  }
  const dataChanged = pushTouched(payload, [ctx.paths.dataFile, ctx.paths.config], REFRESH_MESSAGE);
  const stampTime = pushedAt(payload, REFRESH_MESSAGE);
  // A push that edited the README may hold hand edits of its tables: they are adopted, judged
  // against the data as it was before the push (so a change of the data file wins over them).
  const readmeChanged = pushTouched(payload, [ctx.paths.readme], REFRESH_MESSAGE);
  // The entries this push added get the day it was pushed (the merge day of a suggestion).
  const before =
    (dataChanged && stampTime) || readmeChanged
      ? await listBefore(ctx, stringOr(payload.before))
      : undefined;
  // Listed once for both: the refresh looks for its own PR among them, the rebuild rebuilds them.
  const openPulls = ctx.dryRun
    ? undefined
    : await listOpenPulls(ctx.gh, ctx.repo, ctx.defaultBranch);
  const refreshed = await refresh(ctx, {
    dataChanged,
    ...(openPulls ? { openPulls } : {}),
    ...(stampTime ? { stampTime } : {}),
    ...(before && stampTime ? { addedSince: { before, time: stampTime } } : {}),
    ...(readmeChanged ? { adopt: before ? { base: before } : {} } : {}),
  });
  const site = writeReaderSite(
    ctx,
    refreshed.papers,
    refreshed.list.settings,
    stampTime ?? new Date(refreshed.list.head.date),
  );
  if (ctx.dryRun) return withSite(refreshed, site);
  const rebuilt = await rebuildSuggestions(ctx, refreshed.current, openPulls);
  return withSite(
    {
      ...refreshed,
      outputs: { ...refreshed.outputs, 'rebuilt-pull-requests': rebuiltList(rebuilt.results) },
      summary: `${refreshed.summary}\n\n${describeRebuild(rebuilt)}`,
    },
    site,
  );
}

function senderOf(payload: Record<string, unknown>): Sender | undefined {
  const s = payload.sender as { login?: unknown; type?: unknown } | undefined;
  if (typeof s?.login !== 'string') return undefined;
  return { login: s.login, ...(typeof s.type === 'string' ? { type: s.type } : {}) };
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
