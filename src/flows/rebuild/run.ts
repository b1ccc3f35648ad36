// After the default branch moves, every open suggestion PR is rebuilt on the new head, so suggestions
// can be merged in any order without conflicts. The run reconciles each open suggestion with its PR
// from shared reads: the list at the head (usually known from the refresh), the open PRs and the open
// suggestion issues, each one paged list request. Each suggestion is then planned as the issue flow
// plans it (suggestion/plan.ts); a PR whose files would not change costs nothing more, a rebuilt one
// its tree, commit and ref (its PR body says nothing that changed, so it is left as it is; a head the
// body does not name is read once, see suggestion/takeover.ts). After writing, the suggestion issues
// are listed once more, and a suggestion whose issue was edited meanwhile is rebuilt again from the
// new text, so an edit that landed during the rebuild is never left overwritten by older text. When
// the hourly API budget runs short, the oldest suggestions are rebuilt and the rest are left for the
// next run.
import { budgetOf } from '../../adapters/github/budget.js';
import { getCommit } from '../../adapters/github/commits.js';
import { BranchMoved, Gone, NotFound } from '../../adapters/github/errors.js';
import { getIssue, listOpenIssueDetails, type IssueDetails } from '../../adapters/github/issues.js';
import { listOpenPulls, type PullRequest } from '../../adapters/github/pulls.js';
import type { FlowContext } from '../context.js';
import { loadListAtCommit, type ListAtCommit } from '../list-at-commit.js';
import type { RebuildResult } from '../outcomes.js';
import { closeSuggestion } from '../suggestion/close.js';
import { executeSuggestion } from '../suggestion/execute.js';
import { lookupForRebuild } from '../suggestion/kept-lookup.js';
import { decodeRecord, issueOfBranch, suggestionBranch } from '../suggestion/marker.js';
import { readRepoFile } from '../../adapters/github/files.js';
import { FORM_PATH, readAnswers } from '../../core/form/answers.js';
import { planSuggestion } from '../suggestion/plan.js';
import { reasonToIgnore } from '../suggestion/run.js';
import { writeStatusComment } from '../suggestion/status.js';
import { checkOwnHead, takenOverComment } from '../suggestion/takeover.js';
import { closeOrphan } from './orphan.js';
import {
  issueChanged,
  numberOf,
  planRebuild,
  REQUESTS_PER_SUGGESTION,
  type RebuildItem,
} from './plan.js';

/** Margin for the clocks of this runner and GitHub disagreeing, when asking what changed since. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface RebuildReport {
  /** Issue number -> what was done with its suggestion, oldest issue first. */
  results: Record<number, RebuildResult>;
  /** When suggestions were left for the next run: the budget then. */
  deferred?: { left: number | undefined; resetsAt: Date | undefined };
}

interface Shared {
  list: ListAtCommit;
  pulls: PullRequest[];
  /** The repository's issue form, read at most once per run (only for renamed labels). */
  template: () => Promise<string | undefined>;
}

async function readForm(ctx: FlowContext, list: ListAtCommit): Promise<string | undefined> {
  return (await readRepoFile(ctx.gh, ctx.repo, FORM_PATH, list.head.sha))?.text;
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

/**
 * `current`: the list on the default branch as the refresh left it, when known; `openPulls`: the
 * open PRs, when the caller listed them already (the refresh leaves them as they were).
 */
export async function rebuildSuggestions(
  ctx: FlowContext,
  current?: ListAtCommit,
  openPulls?: PullRequest[],
): Promise<RebuildReport> {
  const started = ctx.now();
  const list = current ?? (await readCurrent(ctx));
  const label = list.settings.labels.suggestion;
  const pulls = openPulls ?? (await listOpenPulls(ctx.gh, ctx.repo, ctx.defaultBranch));
  // Without an open suggestion PR there is nothing to rebuild, and no issue to list.
  const issues = pulls.some((p) => issueOfBranch(p.headRef) !== undefined)
    ? await listOpenIssueDetails(ctx.gh, ctx.repo, label)
    : [];
  const shared: Shared = { list, pulls, template: once(() => readForm(ctx, list)) };
  const results: Record<number, RebuildResult> = {};
  const built = new Map<number, IssueDetails>();
  const report: RebuildReport = { results };
  const budget = budgetOf(ctx.gh);
  for (const item of planRebuild(pulls, issues)) {
    const number = numberOf(item);
    if (budget && !budget.affords(REQUESTS_PER_SUGGESTION)) {
      results[number] = 'deferred';
      report.deferred = { left: budget.left(), resetsAt: budget.resetsAt() };
      continue;
    }
    results[number] = await guarded(ctx, number, async () => {
      const issue = await issueOf(ctx, item);
      if (issue === 'gone') return orphaned(ctx, item);
      if (issue.state !== 'open') return (await closeSuggestion(ctx, number)).result;
      const result = await rebuildOne(ctx, shared, issue);
      if (wrote(result)) built.set(number, issue);
      return result;
    });
  }
  if (built.size > 0) await redoEdited(ctx, shared.list, label, built, results, started);
  return report;
}

/** The list at the default branch's head, read afresh. */
async function readCurrent(ctx: FlowContext): Promise<ListAtCommit> {
  return loadListAtCommit(ctx, await getCommit(ctx.gh, ctx.repo, ctx.defaultBranch));
}

/** One suggestion; a failure is logged and reported, and the others go on. */
async function guarded(
  ctx: FlowContext,
  number: number,
  work: () => Promise<RebuildResult>,
): Promise<RebuildResult> {
  try {
    return await work();
  } catch (error) {
    ctx.log(`rebuilding the suggestion of #${number} failed: ${String(error)}`);
    return 'failed';
  }
}

/** The item's issue as listed, or as read now; `gone` when it was deleted or moved away. */
async function issueOf(ctx: FlowContext, item: RebuildItem): Promise<IssueDetails | 'gone'> {
  if (item.kind === 'rebuild') return item.issue;
  try {
    return await getIssue(ctx.gh, ctx.repo, item.number);
  } catch (error) {
    if (error instanceof Gone || error instanceof NotFound) return 'gone';
    throw error;
  }
}

async function orphaned(ctx: FlowContext, item: RebuildItem): Promise<RebuildResult> {
  await closeOrphan(ctx, item.pull, numberOf(item));
  return 'orphan-closed';
}

/** Plans one suggestion from the shared reads and performs the plan. */
async function rebuildOne(
  ctx: FlowContext,
  shared: Shared,
  issue: IssueDetails,
): Promise<RebuildResult> {
  const event = { action: 'edited', issue };
  if (reasonToIgnore(event) !== undefined) return 'ignored';
  const { list } = shared;
  const answers = await readAnswers(
    issue.body ?? '',
    list.list,
    list.settings,
    shared.template,
    ctx.log,
  );
  // The services' answers kept in the PR's record, unless the issue text changed since.
  const own = shared.pulls.find((p) => p.headRef === suggestionBranch(issue.number));
  const record = own ? decodeRecord(own.body) : undefined;
  const lookup = await lookupForRebuild(ctx, list, answers, issue.body, record);
  const reads = {
    event,
    head: shared.list.head,
    list: shared.list,
    pulls: shared.pulls,
    answers,
    ...(lookup ? { lookup } : {}),
  };
  const options = { paths: ctx.paths, firstTry: true, firstAttempt: ctx.firstAttempt };
  const checked = await checkOwnHead(ctx, planSuggestion(reads, options));
  if (checked.kind === 'taken-over') {
    const why =
      'The default branch has moved since, and the pull request was not rebuilt on it: merge it as it is, or bring its branch up to date by hand.';
    await writeStatusComment(ctx, issue.number, false, takenOverComment(checked.pull, why));
    return 'taken-over';
  }
  const plan = checked.plan;
  try {
    return (await executeSuggestion(ctx, plan)).result;
  } catch (error) {
    // The branch was deleted or moved meanwhile: the next run starts from what is there then.
    if (error instanceof BranchMoved) return 'skipped';
    throw error;
  }
}

function wrote(result: RebuildResult): boolean {
  return result === 'pull-request-updated' || result === 'pull-request-created';
}

/**
 * The suggestion issues listed again after writing: one edited while its suggestion was rebuilt
 * is rebuilt again from its new text (the edit's own run may have written before this run did).
 */
async function redoEdited(
  ctx: FlowContext,
  list: ListAtCommit,
  label: string,
  built: Map<number, IssueDetails>,
  results: Record<number, RebuildResult>,
  started: Date,
): Promise<void> {
  // Only issues updated since the rebuild read them can have been edited: usually one short page.
  const since = new Date(started.getTime() - CLOCK_SKEW_MS);
  const now = new Map(
    (await listOpenIssueDetails(ctx.gh, ctx.repo, label, since)).map((i) => [i.number, i]),
  );
  const edited = [...built].filter(([n, before]) => now.has(n) && issueChanged(before, now.get(n)));
  if (edited.length === 0) return;
  const pulls = await listOpenPulls(ctx.gh, ctx.repo, ctx.defaultBranch);
  for (const [number] of edited) {
    const issue = now.get(number);
    if (!issue) continue;
    ctx.log(`#${number} was edited while its suggestion was rebuilt; rebuilding it from the edit`);
    const shared = { list, pulls, template: once(() => readForm(ctx, list)) };
    const again = await guarded(ctx, number, () => rebuildOne(ctx, shared, issue));
    if (again !== 'unchanged') results[number] = again;
  }
}
