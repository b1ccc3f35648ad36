// The flow's results as the action reports them: the `result` output, the PR outputs, a summary.
import type { PullRequest } from '../../adapters/github/pulls.js';
import { safeInline } from '../../core/suggest/neutralize.js';
import type { FlowResult } from '../context.js';
import type { RunResult } from '../outcomes.js';

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

/** `"Title" to A, B` for the step summary: issue text, so escaped like a table cell. */
export function shownPaper(title: string, sections: string[]): string {
  return `"${safeInline(title)}" to ${sections.map(safeInline).join(', ')}`;
}
