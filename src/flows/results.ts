// Results every flow reports the same way: nothing to do (and why), and a result naming a pull
// request in the `pull-request-number` and `pull-request-url` outputs.
import type { PullRequest } from '../adapters/github/pulls.js';
import type { FlowResult } from './context.js';
import type { RunResult } from './outcomes.js';

export function pullResult<R extends RunResult>(
  result: R,
  pull: Pick<PullRequest, 'number' | 'url'>,
  summary: string,
): FlowResult<R> {
  return {
    result,
    outputs: { 'pull-request-number': String(pull.number), 'pull-request-url': pull.url },
    summary,
  };
}

/** Nothing to do, and why (the sentence's end). */
export function ignored(why: string): FlowResult<'ignored'> {
  return { result: 'ignored', outputs: {}, summary: `Nothing to do: ${why}.` };
}
