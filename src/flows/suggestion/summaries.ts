// The step summaries of a suggestion that is not written (refused, or a dry run), in words.
import type { SuggestionPlan } from './plan.js';

type Refusal = Extract<SuggestionPlan, { kind: 'refuse' }>;

/** Why the suggestion was refused; `verb` is `Closed`, or `Would close` in a dry run. */
export function refusedSummary(plan: Refusal, verb: 'Closed' | 'Would close'): string {
  const n = plan.problemCount;
  const what = plan.result === 'duplicate' ? 'a duplicate' : 'not valid yet';
  const closed = plan.closePull ? ` ${verb} #${plan.closePull.number} until it is fixed.` : '';
  return `Issue #${plan.issue} is ${what}: ${n} problem${n === 1 ? '' : 's'}, listed in the status comment.${closed}`;
}
