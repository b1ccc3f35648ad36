// Which flow an event starts. The mode comes from the event name alone.
import type { FlowContext, FlowResult } from '../flows/context.js';
import type { LinkCheckTuning } from '../flows/link-report.js';
import { maintain, rebuiltList } from '../flows/maintain.js';
import { describeRebuild, rebuildSuggestions } from '../flows/rebuild.js';
import { refresh, REFRESH_MESSAGE } from '../flows/refresh.js';
import type { IssuePayload } from '../flows/suggestion/payload.js';
import { suggestionFlow } from '../flows/suggestion/run.js';
import { pushedAt, pushTouched } from './push.js';

export async function dispatch(
  ctx: FlowContext,
  eventName: string,
  payload: Record<string, unknown>,
): Promise<FlowResult> {
  switch (eventName) {
    case 'push': {
      if (payload.ref !== `refs/heads/${ctx.defaultBranch}`) {
        return ignored(`push to ${String(payload.ref)}, not to ${ctx.defaultBranch}`);
      }
      const dataChanged = pushTouched(payload, [ctx.paths.dataFile, ctx.paths.config]);
      const stampTime = pushedAt(payload, REFRESH_MESSAGE);
      const refreshed = await refresh(ctx, { dataChanged, ...(stampTime ? { stampTime } : {}) });
      if (ctx.dryRun) return refreshed;
      const rebuilt = await rebuildSuggestions(ctx);
      return {
        ...refreshed,
        outputs: { ...refreshed.outputs, 'rebuilt-pull-requests': rebuiltList(rebuilt.results) },
        summary: `${refreshed.summary}\n\n${describeRebuild(rebuilt)}`,
      };
    }
    case 'issues': {
      const event = payload as unknown as IssuePayload;
      if (!event.issue || event.issue.pull_request) return ignored('the event carries no issue');
      return suggestionFlow(ctx, event);
    }
    case 'schedule':
    case 'workflow_dispatch':
      return maintain(ctx, new Date(), linkTuningFromEnv());
    default:
      return ignored(`the ${eventName || 'unknown'} event is not one paperlist handles`);
  }
}

/** Timeouts of the link check, adjustable for slow networks (and fast tests). */
function linkTuningFromEnv(): LinkCheckTuning {
  const n = (name: string): number | undefined => {
    const v = Number(process.env[name]);
    return process.env[name] && Number.isFinite(v) && v >= 0 ? v : undefined;
  };
  const tuning: LinkCheckTuning = {};
  const timeoutMs = n('PAPERLIST_LINK_TIMEOUT_MS');
  const retryDelayMs = n('PAPERLIST_LINK_RETRY_DELAY_MS');
  const hostDelayMs = n('PAPERLIST_LINK_HOST_DELAY_MS');
  if (timeoutMs !== undefined) tuning.timeoutMs = timeoutMs;
  if (retryDelayMs !== undefined) tuning.retryDelayMs = retryDelayMs;
  if (hostDelayMs !== undefined) tuning.hostDelayMs = hostDelayMs;
  return tuning;
}

function ignored(why: string): FlowResult {
  return { result: 'ignored', outputs: {}, summary: `Nothing to do: ${why}.` };
}
