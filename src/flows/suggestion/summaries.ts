// The step summaries of the suggestion flow that both the executor and the dry run give, in words.
import { InputError } from '../../core/problem.js';
import { safeInline } from '../../core/suggest/neutralize.js';
import { ignored } from '../results.js';
import type { SuggestionFlowResult } from './execute.js';
import type { SuggestionPlan } from './plan.js';

type Refusal = Extract<SuggestionPlan, { kind: 'refuse' }>;

/** Why the suggestion was refused; `verb` is `Closed`, or `Would close` in a dry run. */
export function refusedSummary(plan: Refusal, verb: 'Closed' | 'Would close'): string {
  const n = plan.problemCount;
  const what = plan.result === 'duplicate' ? 'a duplicate' : 'not valid yet';
  const closed = plan.closePull ? ` ${verb} #${plan.closePull.number} until it is fixed.` : '';
  return `Issue #${plan.issue} is ${what}: ${n} problem${n === 1 ? '' : 's'}, listed in the status comment.${closed}`;
}

/**
 * The plans that write nothing, performed or not: not a suggestion (ignored), or a list whose own
 * files cannot take the entry (the maintainers' problem, reported with file and line).
 */
export function withoutWrites(
  plan: Extract<SuggestionPlan, { kind: 'not-a-suggestion' | 'list-broken' }>,
): SuggestionFlowResult {
  if (plan.kind === 'list-broken') throw new InputError(plan.problems);
  return ignored(`issue #${plan.issue} is not a paper suggestion`);
}

/** `"Title" to A, B` for the step summary: issue text, so escaped like a table cell. */
export function shownPaper(title: string, sections: string[]): string {
  return `"${safeInline(title)}" to ${sections.map(safeInline).join(', ')}`;
}
