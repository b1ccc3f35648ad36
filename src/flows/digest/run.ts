// The digest on scheduled and manually started runs, when the settings have `digest`: arXiv asked for
// the newest papers of the query, the candidates planned (core/digest/plan.ts), and the one digest
// issue created, edited in place, reopened, or left alone when nothing but the check time would
// change. A problem with arXiv is a warning of the run and is said in the issue and the summary (before
// the first answer there is no issue yet: then the warning and the summary say it).
import { searchArxiv } from '../../adapters/metadata/arxiv-search.js';
import { createIssue, updateIssue } from '../../adapters/github/issues.js';
import { DIGEST_LABEL, DIGEST_TITLE, withoutCheckTime } from '../../core/digest/body.js';
import { planDigest, type DigestPlan } from '../../core/digest/plan.js';
import type { FlowContext } from '../context.js';
import type { ListAtCommit } from '../list-at-commit.js';
import {
  readDigestIssue,
  readOpenSuggestions,
  rereadDigestIssue,
  sameDecisions,
  type DigestIssue,
} from './read.js';

export interface DigestOutcome {
  url?: string;
  summary: string;
}

export async function runDigest(ctx: FlowContext, list: ListAtCommit): Promise<DigestOutcome> {
  const settings = list.settings.digest;
  if (settings === undefined) return { summary: '' };
  if (ctx.metadata === undefined) {
    return { summary: 'Digest: no metadata services are configured; arXiv was not asked.' };
  }
  // arXiv first: when it gives no answer, the open suggestions are not needed.
  const outcome = await searchArxiv(ctx.metadata(list.settings.contact), settings.arxiv);
  const [issue, suggested] = await Promise.all([
    readDigestIssue(ctx),
    outcome.ok
      ? readOpenSuggestions(ctx, list.settings.labels.suggestion)
      : Promise.resolve({ open: [], openIssues: [] }),
  ]);
  const planFor = (found: DigestIssue | undefined) =>
    planDigest({
      outcome,
      list: list.list,
      ...suggested,
      ...(found ? { previous: { body: found.body, state: found.digest } } : {}),
      listName: list.settings.name,
      query: settings.arxiv,
      max: settings.max,
      now: ctx.now(),
    });
  const plan = planFor(issue);
  if (plan.problem !== undefined) ctx.warn(`digest: ${plan.problem}`);
  if (ctx.dryRun) return { summary: `${plan.summary} Dry run: the digest issue was not written.` };
  // No digest yet, and nothing to show but a problem: the run's warning and summary say it, and
  // the issue is opened by the first run that has an answer.
  if (!issue && plan.problem !== undefined) {
    return { summary: `${plan.summary} The digest issue is opened once arXiv answers.` };
  }
  if (issue === undefined) return writeDigest(ctx, plan, issue);
  if (unchanged(plan, issue)) return done(plan, issue, 'The digest', ' already says so');
  // Maintainers may have accepted or declined while arXiv was asked: their decisions are in the
  // issue now, and the body is planned again from it rather than written over them.
  const now = await rereadDigestIssue(ctx, issue);
  return writeDigest(ctx, sameDecisions(now.digest, issue.digest) ? plan : planFor(now), now);
}

async function writeDigest(
  ctx: FlowContext,
  plan: DigestPlan,
  issue: DigestIssue | undefined,
): Promise<DigestOutcome> {
  const text = { title: DIGEST_TITLE, body: plan.body };
  if (issue === undefined) {
    const created = await createIssue(ctx.gh, ctx.repo, { ...text, labels: [DIGEST_LABEL] });
    return done(plan, created, 'Opened the digest');
  }
  if (unchanged(plan, issue)) return done(plan, issue, 'The digest', ' already says so');
  await updateIssue(ctx.gh, ctx.repo, issue.number, { ...text, state: 'open' });
  return done(plan, issue, 'Updated the digest');
}

/** Whether the issue says what the plan would write, but for the time of the check. */
function unchanged(plan: DigestPlan, issue: DigestIssue): boolean {
  return (
    issue.state === 'open' &&
    issue.title === DIGEST_TITLE &&
    withoutCheckTime(issue.body) === withoutCheckTime(plan.body)
  );
}

function done(
  plan: DigestPlan,
  issue: { number: number; url: string },
  before: string,
  after = '',
): DigestOutcome {
  return {
    url: issue.url,
    summary: `${plan.summary} ${before} [#${issue.number}](${issue.url})${after}.`,
  };
}
