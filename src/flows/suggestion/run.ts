// The suggestion flow: an `issues` event on a suggestion becomes one branch, one pull request and
// one status comment, all kept in step with the issue. It reads (read.ts), plans (plan.ts), then
// performs the plan (execute.ts) or, in a dry run, describes it (dry-run.ts). Re-running the same
// event writes nothing; a branch that moved while it was written is read again and planned anew.
import { BranchMoved } from '../../adapters/github/errors.js';
import { getIssue } from '../../adapters/github/issues.js';
import { InputError } from '../../core/problem.js';
import type { FlowContext } from '../context.js';
import { closeSuggestion } from './close.js';
import { describeSuggestionPlan } from './dry-run.js';
import { executeSuggestion, type SuggestionFlowResult } from './execute.js';
import { looksLikeSuggestion, mayBeSuggestion } from './form.js';
import type { IssuePayload } from './payload.js';
import { planSuggestion, type SuggestionPlan } from './plan.js';
import { readForSuggestion } from './read.js';
import { ignored } from '../results.js';
import { listProblemComment, writeStatusComment } from './status.js';

const HANDLED = ['opened', 'edited', 'reopened'];

/** Fresh reads after a lost race on the branch, before giving up. */
const RACE_ATTEMPTS = 3;

export async function suggestionFlow(
  ctx: FlowContext,
  received: IssuePayload,
): Promise<SuggestionFlowResult> {
  if (received.action === 'closed') return closeSuggestion(ctx, received.issue.number);
  // A payload is the issue as it was when the event fired. A queued edit may run after the PR was
  // merged, and a re-run repeats an old payload: only the first run of `opened` is surely current.
  const current =
    (received.action === 'opened' && ctx.firstAttempt) ||
    !HANDLED.includes(received.action) ||
    !mayBeSuggestion(received.issue);
  const event = current
    ? received
    : { ...received, issue: await getIssue(ctx.gh, ctx.repo, received.issue.number) };
  const why = reasonToIgnore(event);
  if (why !== undefined) return ignored(why);
  return planAndPerform(ctx, event, (plan) =>
    ctx.dryRun ? Promise.resolve(describeSuggestionPlan(plan)) : executeSuggestion(ctx, plan),
  );
}

/** Why the event needs no reads at all, from the payload alone; undefined when it may. */
export function reasonToIgnore(event: IssuePayload): string | undefined {
  const issue = event.issue;
  if (!HANDLED.includes(event.action)) return `issue #${issue.number} was ${event.action}`;
  // An edit of a closed issue (a merged suggestion, say) must not open a new pull request.
  if (issue.state === 'closed') return `issue #${issue.number} is closed`;
  if (!mayBeSuggestion(issue)) return `issue #${issue.number} is not a paper suggestion`;
  return undefined;
}

/**
 * Reads, plans and hands the plan to `perform`; reads and plans again when the suggestion's branch
 * moved meanwhile. When the list itself is broken, a suggestion hears why nothing happened and the
 * run fails with the details for the maintainers.
 */
export async function planAndPerform<R>(
  ctx: FlowContext,
  event: IssuePayload,
  perform: (plan: SuggestionPlan) => Promise<R>,
): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      const reads = await readForSuggestion(ctx, event);
      const options = { paths: ctx.paths, firstTry: attempt === 1, firstAttempt: ctx.firstAttempt };
      return await perform(planSuggestion(reads, options));
    } catch (error) {
      if (error instanceof InputError && !ctx.dryRun && looksLikeSuggestion(event.issue)) {
        const comment = listProblemComment(error.problems);
        await writeStatusComment(ctx, event.issue.number, false, comment);
      }
      if (!(error instanceof BranchMoved) || attempt >= RACE_ATTEMPTS) throw error;
      ctx.log(`${error.message}; reading the repository again`);
    }
  }
}
