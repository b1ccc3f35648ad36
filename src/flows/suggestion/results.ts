// The flow's results as the action reports them: the `result` output, the PR outputs, a summary.
import type { PullRequest } from '../../adapters/github/pulls.js';
import type { FlowResult } from '../context.js';

export function pullResult(result: string, pull: PullRequest, summary: string): FlowResult {
  return {
    result,
    outputs: { 'pull-request-number': String(pull.number), 'pull-request-url': pull.url },
    summary,
  };
}

export function ignored(why: string): FlowResult {
  return { result: 'ignored', outputs: {}, summary: `Nothing to do: ${why}.` };
}
