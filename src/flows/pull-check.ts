// A person's pull request, checked before it is merged: its files are read at its head through the
// API as data (never checked out, nothing of it run), judged by the pure check (core/check), and the
// verdict reported as error annotations at file:line and in the summary; where the token may write,
// also as one comment on the pull request (edited in place) and a `paperlist` commit status.
import { upsertComment } from '../adapters/github/comments.js';
import { statusOf, WriteNotPermitted } from '../adapters/github/errors.js';
import { getCommit } from '../adapters/github/commits.js';
import { readRepoFile } from '../adapters/github/files.js';
import { listPullFiles } from '../adapters/github/pull-files.js';
import { listOpenPulls } from '../adapters/github/pulls.js';
import { setCommitStatus } from '../adapters/github/statuses.js';
import { CHECK_MARKER, checkReport, statusDescription } from '../core/check/report.js';
import { checkPull, type PullVerdict } from '../core/check/verdict.js';
import type { FlowContext, FlowResult } from './context.js';
import { loadListAtCommit } from './list-at-commit.js';
import type { PullCheckResult } from './outcomes.js';
import { ignored } from './results.js';
import { issueOfBranch } from './suggestion/marker.js';
import { openSuggestions } from './suggestion/plan.js';

/** The part of a `pull_request` payload the check reads. */
export interface PullRequestPayload {
  action?: string;
  number?: number;
  changes?: Record<string, unknown>;
  pull_request?: {
    number: number;
    html_url?: string;
    state?: string;
    head: { sha: string; ref: string; repo: { full_name: string } | null };
    base: { ref: string; repo?: { full_name: string } };
  };
}

const CHECKED_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'edited']);

export interface PullCheckPlan {
  number: number;
  headSha: string;
  /** Whether the token may write: a pull request from this repository, or `pull_request_target`. */
  mayWrite: boolean;
}

/** Which pull requests are checked, from the payload alone (no request). */
export function planPullCheck(
  ctx: FlowContext,
  eventName: string,
  payload: PullRequestPayload,
): PullCheckPlan | { ignored: string } {
  const pull = payload.pull_request;
  if (!pull) return { ignored: 'the event carries no pull request' };
  if (!CHECKED_ACTIONS.has(payload.action ?? '')) {
    return {
      ignored: `pull request #${pull.number} was ${payload.action ?? 'changed'}; its files were not`,
    };
  }
  // An edit of the title or the description changes no file: the last check still stands.
  if (payload.action === 'edited' && !payload.changes?.base) {
    return { ignored: `only the title or description of #${pull.number} was edited` };
  }
  if (pull.base.ref !== ctx.defaultBranch) {
    return { ignored: `#${pull.number} is not into ${ctx.defaultBranch}` };
  }
  const own = `${ctx.repo.owner}/${ctx.repo.repo}`.toLowerCase();
  const fromHere = pull.head.repo?.full_name.toLowerCase() === own;
  return {
    number: pull.number,
    headSha: pull.head.sha,
    mayWrite: !ctx.dryRun && (eventName === 'pull_request_target' || fromHere),
  };
}

export async function pullCheckFlow(
  ctx: FlowContext,
  eventName: string,
  payload: PullRequestPayload,
): Promise<FlowResult<PullCheckResult | 'ignored'>> {
  const plan = planPullCheck(ctx, eventName, payload);
  if ('ignored' in plan) return ignored(plan.ignored);
  const pull = payload.pull_request!;
  // The payload does not list the changed files: one read of the list (100 a page) tells.
  const changed = new Set(await listPullFiles(ctx.gh, ctx.repo, plan.number));
  const watched = [ctx.paths.dataFile, ctx.paths.readme, ctx.paths.config];
  if (!watched.some((p) => changed.has(p.replace(/^(\.\/)+/, '')))) {
    return ignored(`#${plan.number} changes none of ${watched.map((p) => `\`${p}\``).join(', ')}`);
  }
  const verdict = await judge(ctx, plan, pull.head.ref);
  const report = checkReport(verdict, ctx.paths.dataFile, plan.headSha);
  const wrote = plan.mayWrite ? await writeVerdict(ctx, plan, verdict, report) : false;
  const where = plan.mayWrite
    ? wrote
      ? `The verdict is in the pull request's comment and its \`paperlist\` commit status.`
      : 'The token may not write here; the verdict is in this summary and the annotations only.'
    : 'A pull request from a fork under `pull_request` gets a read-only token: the verdict is in this summary and the annotations only.';
  return {
    result: verdict.passed ? 'check-passed' : 'check-failed',
    outputs: {
      'pull-request-number': String(plan.number),
      ...(pull.html_url ? { 'pull-request-url': pull.html_url } : {}),
    },
    summary: `${report.replace(`${CHECK_MARKER}\n`, '')}\n${where}`,
    problems: verdict.problems,
    ...(verdict.passed
      ? {}
      : {
          failure: `the pull request has ${verdict.problems.length} problem(s); see the annotations`,
        }),
  };
}

/** Reads the pull request's files at its head and the base branch's list, and judges them. */
async function judge(ctx: FlowContext, plan: PullCheckPlan, headRef: string): Promise<PullVerdict> {
  const read = (path: string) => readRepoFile(ctx.gh, ctx.repo, path, plan.headSha);
  const { dataFile, readme, config } = ctx.paths;
  const [data, readmeFile, configFile, baseHead] = await Promise.all([
    read(dataFile),
    read(readme),
    read(config),
    getCommit(ctx.gh, ctx.repo, ctx.defaultBranch),
  ]);
  const [base, pulls] = await Promise.all([
    loadListAtCommit(ctx, baseHead),
    listOpenPulls(ctx.gh, ctx.repo, ctx.defaultBranch),
  ]);
  // The bot's own suggestion pull request is not a duplicate of itself.
  const own = plan.mayWrite ? (issueOfBranch(headRef) ?? -1) : -1;
  return checkPull({
    paths: ctx.paths,
    head: { data: data?.text, readme: readmeFile?.text, config: configFile?.text },
    base: base.list,
    openSuggestions: openSuggestions(pulls, own),
  });
}

/** The check's one comment on the pull request; a 403 is a permission the workflow lacks. */
async function upsertPullComment(ctx: FlowContext, number: number, report: string): Promise<void> {
  try {
    await upsertComment(ctx.gh, ctx.repo, number, CHECK_MARKER, report);
  } catch (error) {
    if (statusOf(error) === 403) throw new WriteNotPermitted('comment on pull requests', error);
    throw error;
  }
}

/** One comment, edited in place, and the commit status; false when GitHub refused the writes. */
async function writeVerdict(
  ctx: FlowContext,
  plan: PullCheckPlan,
  verdict: PullVerdict,
  report: string,
): Promise<boolean> {
  try {
    await upsertPullComment(ctx, plan.number, report);
    await setCommitStatus(ctx.gh, ctx.repo, plan.headSha, {
      state: verdict.passed ? 'success' : 'failure',
      description: statusDescription(verdict),
    });
    return true;
  } catch (error) {
    if (!(error instanceof WriteNotPermitted)) throw error;
    ctx.warn(
      'GitHub refused the check comment or the commit status (403); give the workflow `pull-requests: write` and `statuses: write`',
    );
    return false;
  }
}
