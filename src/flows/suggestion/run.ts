// The suggestion flow: an `issues` event on a suggestion becomes one branch, one pull request and
// one status comment, all kept in step with the issue. It reads (read.ts), plans (plan.ts), then
// performs the plan (execute.ts) or, in a dry run, describes it (dry-run.ts). Re-running the same
// event writes nothing; a branch that moved while it was written is read again and planned anew.
import { BranchMoved, Gone, NotFound } from '../../adapters/github/errors.js';
import { getIssue, type IssueDetails } from '../../adapters/github/issues.js';
import type { PullRequest } from '../../adapters/github/pulls.js';
import { InputError } from '../../core/problem.js';
import type { FlowContext } from '../context.js';
import { closeSuggestion } from './close.js';
import { describeSuggestionPlan } from './dry-run.js';
import { executeSuggestion, type SuggestionFlowResult } from './execute.js';
import { looksLikeSuggestion, mayBeSuggestion } from './form.js';
import type { IssuePayload } from './payload.js';
import { planSuggestion, type SuggestionPlan, type SuggestionReads } from './plan.js';
import { readForSuggestion } from './read.js';
import { ignored, pullResult } from '../results.js';
import { currentIssue, recheck } from './settle.js';
import { checkOwnHead, takenOverComment } from './takeover.js';
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
  const issue = current ? received.issue : await issueNow(ctx, received.issue.number);
  if (!issue) return ignored(`issue #${received.issue.number} was deleted or moved`);
  const event = { ...received, issue };
  const why = reasonToIgnore(event);
  if (why !== undefined) return ignored(why);
  if (ctx.dryRun) {
    return planAndPerform(ctx, event, (plan) => Promise.resolve(describeSuggestionPlan(plan)));
  }
  return planAndPerform(ctx, event, (plan, reads) => performAndSettle(ctx, plan, reads));
}

/** The issue as it is now; undefined when it was deleted or transferred meanwhile. */
async function issueNow(ctx: FlowContext, issue: number): Promise<IssueDetails | undefined> {
  try {
    return await getIssue(ctx.gh, ctx.repo, issue);
  } catch (error) {
    if (error instanceof Gone || error instanceof NotFound) return undefined;
    throw error;
  }
}

/** Rounds of "write, read again, plan again" before the run accepts what it wrote. */
const SETTLE_ROUNDS = 2;

/**
 * Performs the plan, unless it would rewrite a PR a maintainer has taken over; then decides again
 * from a fresh read (settle.ts) and performs what that asks for.
 */
async function performAndSettle(
  ctx: FlowContext,
  first: SuggestionPlan,
  reads: SuggestionReads,
): Promise<SuggestionFlowResult> {
  // `known`: the PR's head as far as this run knows it (read, or written by it).
  let [plan, known] = [first, reads.ownHead];
  let result: SuggestionFlowResult;
  for (let round = 1; ; round++) {
    const checked = await checkOwnHead(ctx, plan, known);
    if (checked.kind === 'taken-over') return reportTakenOver(ctx, plan, checked.pull);
    plan = checked.plan;
    result = await executeSuggestion(ctx, plan);
    // Only a commit just written can have been built on a stale read.
    const sha = result.outputs['commit-sha'];
    if (plan.kind !== 'publish' || !sha || round >= SETTLE_ROUNDS) break;
    // The commit just written is known: its PR's body need not name it.
    const written = { sha, bot: true, files: plan.record.fingerprint };
    const again = await recheck(ctx, reads, plan.record.paper, written);
    for (const later of again.laterDuplicates) {
      const issue = await currentIssue(ctx, later);
      if (issue) await suggestionFlow(ctx, { action: 'edited', issue });
    }
    if (again.plan.kind === 'keep') break;
    ctx.log(`#${plan.issue} changed while it was written (${again.plan.kind}); applying it again`);
    [plan, known] = [again.plan, written];
  }
  return result;
}

/** Leaves a taken-over PR alone; the status comment says so. */
async function reportTakenOver(
  ctx: FlowContext,
  plan: SuggestionPlan,
  pull: PullRequest,
): Promise<SuggestionFlowResult> {
  const why = 'Edits of this issue are checked but no longer applied to it.';
  await writeStatusComment(ctx, plan.issue, false, takenOverComment(pull, why));
  return pullResult(
    'taken-over',
    pull,
    `A maintainer pushed to [#${pull.number}](${pull.url}); it is left as they made it.`,
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
  perform: (plan: SuggestionPlan, reads: SuggestionReads) => Promise<R>,
): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      const reads = await readForSuggestion(ctx, event);
      const options = { paths: ctx.paths, firstTry: attempt === 1, firstAttempt: ctx.firstAttempt };
      return await perform(planSuggestion(reads, options), reads);
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
