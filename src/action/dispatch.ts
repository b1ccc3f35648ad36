// Which flow an event starts. The mode comes from the event name alone.
import type { FlowContext, FlowResult } from '../flows/context.js';
import { refresh } from '../flows/refresh.js';
import type { IssuePayload } from '../flows/suggestion/payload.js';
import { suggestionFlow } from '../flows/suggestion/run.js';
import { pushTouched } from './push.js';

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
      return refresh(ctx, { dataChanged });
    }
    case 'issues': {
      const event = payload as unknown as IssuePayload;
      if (!event.issue || event.issue.pull_request) return ignored('the event carries no issue');
      return suggestionFlow(ctx, event);
    }
    case 'schedule':
    case 'workflow_dispatch':
      return refresh(ctx, { dataChanged: false });
    default:
      return ignored(`the ${eventName || 'unknown'} event is not one paperlist handles`);
  }
}

function ignored(why: string): FlowResult {
  return { result: 'ignored', outputs: {}, summary: `Nothing to do: ${why}.` };
}
