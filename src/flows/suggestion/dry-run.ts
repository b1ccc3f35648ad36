// A dry run of the suggestion flow: the plan, described instead of performed. Nothing is written;
// the result and outputs are the ones the run would report.
import type { SuggestionPlan } from './plan.js';
import type { SuggestionFlowResult } from './execute.js';
import { pullResult } from '../results.js';
import { refusedSummary, withoutWrites } from './summaries.js';

export function describeSuggestionPlan(plan: SuggestionPlan): SuggestionFlowResult {
  switch (plan.kind) {
    case 'not-a-suggestion':
    case 'list-broken':
      return withoutWrites(plan);
    case 'refuse':
      return { result: plan.result, outputs: {}, summary: refusedSummary(plan, 'Would close') };
    case 'keep':
      return pullResult(
        'unchanged',
        plan.pull,
        `#${plan.pull.number} already holds this suggestion.`,
      );
    case 'update-text':
      return {
        ...pullResult('pull-request-updated', plan.pull, ''),
        summary: wouldWrite(`update #${plan.pull.number}`, plan.shown),
      };
    case 'publish':
      if (plan.own) {
        return {
          ...pullResult('pull-request-updated', plan.own, ''),
          summary: wouldWrite(`update #${plan.own.number}`, plan.shown),
        };
      }
      return {
        result: 'pull-request-created',
        outputs: {},
        summary: wouldWrite('open a pull request', plan.shown),
      };
  }
}

function wouldWrite(what: string, shown: string): string {
  return `Dry run: would ${what} adding ${shown}. Nothing was written.`;
}
