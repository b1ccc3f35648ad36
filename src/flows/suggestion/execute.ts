// The suggestion's executor: performs a plan (plan.ts) and reports what it did. It decides nothing
// the plan did not, except what only the writes can tell: whether another suggestion of the paper
// claimed it first (claim.ts), and what GitHub did with the pull request (publish.ts).
import { createCommit } from '../../adapters/github/commits.js';
import { failure } from '../../core/result.js';
import { statusComment } from '../../core/suggest/messages.js';
import { PullsNotPermitted } from '../../adapters/github/errors.js';
import { addLabels } from '../../adapters/github/issues.js';
import { updatePull } from '../../adapters/github/pulls.js';
import type { FlowContext, FlowResult } from '../context.js';
import type { SuggestionResult } from '../outcomes.js';
import { claimPaper } from './claim.js';
import { claimedProblem } from './claim-plan.js';
import { markClosedByBot } from './marker.js';
import { pullBody, statusCommentFor, type PublishPlan, type SuggestionPlan } from './plan.js';
import { publish, type Published } from './publish.js';
import { pullResult } from '../results.js';
import {
  closedByMaintainerComment,
  notPermittedComment,
  PULLS_NOT_PERMITTED,
  writeStatusComment,
} from './status.js';
import { refusedSummary, withoutWrites } from './summaries.js';
import type { ClaimOutcome } from './types.js';

export type SuggestionFlowResult = FlowResult<SuggestionResult | 'ignored'>;

export async function executeSuggestion(
  ctx: FlowContext,
  plan: SuggestionPlan,
): Promise<SuggestionFlowResult> {
  switch (plan.kind) {
    case 'not-a-suggestion':
    case 'list-broken':
      return withoutWrites(plan);
    case 'refuse':
      if (plan.closePull) {
        const body = markClosedByBot(plan.closePull.body);
        await updatePull(ctx.gh, ctx.repo, plan.closePull.number, { state: 'closed', body });
      }
      await writeStatusComment(ctx, plan.issue, plan.fresh, plan.statusComment);
      return { result: plan.result, outputs: {}, summary: refusedSummary(plan, 'Closed') };
    case 'keep':
      // A run that stopped right after opening the PR left it without its label.
      if (plan.addLabel) await addLabels(ctx.gh, ctx.repo, plan.pull.number, [plan.addLabel]);
      await writeStatus(ctx, plan, plan.statusComment);
      return pullResult(
        'unchanged',
        plan.pull,
        `#${plan.pull.number} already holds this suggestion.`,
      );
    case 'update-text': {
      const { title, body } = plan;
      // Before the body whose record says the comment is current.
      await writeStatus(ctx, plan, plan.statusComment);
      const pull = await updatePull(ctx.gh, ctx.repo, plan.pull.number, { title, body });
      if (plan.addLabel) await addLabels(ctx.gh, ctx.repo, plan.pull.number, [plan.addLabel]);
      return pullResult(
        'pull-request-updated',
        pull,
        `Updated the description of #${pull.number}.`,
      );
    }
    case 'publish':
      return executePublish(ctx, plan);
  }
}

/** Commits the suggestion's files, points its branch there and opens or updates its PR. */
async function executePublish(ctx: FlowContext, plan: PublishPlan): Promise<SuggestionFlowResult> {
  // The PR's record will say the status comment is current: with an open PR (whose number the
  // comment names) it is made so first, so a run that stops half-way never leaves it behind.
  if (plan.own) await writeStatus(ctx, plan, statusCommentFor(plan.status, plan.own));
  const sha = await createCommit(ctx.gh, ctx.repo, {
    parent: plan.parent,
    files: plan.files,
    message: plan.commitMessage,
    botTrailer: true,
  });
  // A suggestion without an open PR opens one only if it holds the paper's claim.
  if (!plan.own) {
    const claim = await claimPaper(ctx, plan.issue, plan.record.paper, sha);
    if (claim.kind === 'taken') return reportClaimed(ctx, plan, claim);
  }
  const published = await publishOrExplain(ctx, plan, sha);
  const { pull } = published;
  if (published.outcome === 'closed-by-maintainer') {
    const comment = closedByMaintainerComment(pull, plan.status.check, plan.status.settings);
    await writeStatusComment(ctx, plan.issue, plan.fresh, comment);
    return pullResult(
      'closed-by-maintainer',
      pull,
      `#${pull.number} was closed by a maintainer; the edit of #${plan.issue} does not reopen it.`,
    );
  }
  if (pull.number !== plan.own?.number) {
    await writeStatusComment(ctx, plan.issue, plan.fresh, statusCommentFor(plan.status, pull));
  }
  const verb = { created: 'Opened', updated: 'Updated', reopened: 'Reopened' }[published.outcome];
  const done = pullResult(
    published.outcome === 'created' ? 'pull-request-created' : 'pull-request-updated',
    pull,
    `${verb} [#${pull.number}](${pull.url}) adding ${plan.shown}.`,
  );
  return { ...done, outputs: { ...done.outputs, 'commit-sha': sha } };
}

/** Another suggestion holds the paper: the status comment names it, and nothing else is written. */
async function reportClaimed(
  ctx: FlowContext,
  plan: PublishPlan,
  taken: Extract<ClaimOutcome, { kind: 'taken' }>,
): Promise<SuggestionFlowResult> {
  const problem = claimedProblem(taken, 'title');
  const comment = statusComment(failure([problem]), {
    form: plan.status.form,
    settings: plan.status.settings,
    unknownHeadings: plan.status.unknownHeadings,
  });
  await writeStatusComment(ctx, plan.issue, plan.fresh, comment);
  const where = taken.pull
    ? `#${taken.issue} (pull request #${taken.pull.number})`
    : `#${taken.issue}`;
  return {
    result: 'duplicate',
    outputs: {},
    summary: `Issue #${plan.issue} is a duplicate: ${plan.shown} is already suggested in ${where}.`,
  };
}

/** Publishes; when pull requests are not permitted, the contributor hears why before the run fails. */
async function publishOrExplain(
  ctx: FlowContext,
  plan: PublishPlan,
  sha: string,
): Promise<Published> {
  try {
    return await publish(ctx, {
      branch: plan.branch,
      sha,
      title: plan.title,
      body: pullBody(plan, sha),
      label: plan.label,
      own: plan.own,
      mayHaveClosed: !plan.fresh,
      commitStatus: plan.status.settings.commitStatus,
    });
  } catch (error) {
    if (!(error instanceof PullsNotPermitted)) throw error;
    const { paper, sections } = plan.status.check.value;
    const comment = notPermittedComment(paper, sections, plan.branch, plan.status.settings);
    await writeStatusComment(ctx, plan.issue, plan.fresh, comment);
    throw new Error(PULLS_NOT_PERMITTED, { cause: error });
  }
}

/** Writes the status comment unless the plan knows it says this already. */
async function writeStatus(
  ctx: FlowContext,
  plan: { issue: number; fresh: boolean; statusKnown?: boolean },
  body: string,
): Promise<void> {
  if (plan.statusKnown === true) return;
  await writeStatusComment(ctx, plan.issue, plan.fresh, body);
}
