// After the default branch moves, every open suggestion PR is rebuilt on the new head from its issue
// (the same read, plan and executor as the suggestion flow), so suggestions can be merged in any
// order without conflicts. A PR whose files would not change is left alone. The rebuild's own plan
// is the list of suggestion PRs to rebuild; each of them is then planned as a suggestion.
import { getIssue, type IssueDetails } from '../adapters/github/issues.js';
import { listOpenPulls, type PullRequest } from '../adapters/github/pulls.js';
import type { FlowContext } from './context.js';
import type { RebuildResult } from './outcomes.js';
import { executeSuggestion } from './suggestion/execute.js';
import { issueOfBranch } from './suggestion/marker.js';
import { ignored } from './results.js';
import { planAndPerform, reasonToIgnore } from './suggestion/run.js';

export interface RebuildReport {
  /** Issue number -> what was done with its suggestion. */
  results: Record<number, RebuildResult>;
}

/** The issues whose suggestion PRs are to be rebuilt, in the order of the PRs. */
export function planRebuild(pulls: PullRequest[]): number[] {
  return pulls.flatMap((pull) => {
    const issue = issueOfBranch(pull.headRef);
    return issue === undefined ? [] : [issue];
  });
}

export async function rebuildSuggestions(ctx: FlowContext): Promise<RebuildReport> {
  const pulls = await listOpenPulls(ctx.gh, ctx.repo, ctx.defaultBranch);
  const results: Record<number, RebuildResult> = {};
  for (const issueNumber of planRebuild(pulls)) {
    const issue = await getIssue(ctx.gh, ctx.repo, issueNumber);
    if (issue.state !== 'open') continue;
    try {
      results[issueNumber] = await rebuildOne(ctx, issue);
    } catch (error) {
      // One broken suggestion must not stop the others from being rebuilt.
      results[issueNumber] = 'failed';
      ctx.log(`rebuilding the suggestion of #${issueNumber} failed: ${String(error)}`);
    }
  }
  return { results };
}

/** One suggestion rebuilt from its issue as just read; skipped when the issue changes meanwhile. */
async function rebuildOne(ctx: FlowContext, issue: IssueDetails): Promise<RebuildResult> {
  const event = { action: 'edited', issue };
  const why = reasonToIgnore(event);
  if (why !== undefined) return ignored(why).result;
  return planAndPerform(ctx, event, async (plan) => {
    // An edit that lands while this rebuild runs must not be overwritten with older text.
    if (plan.kind === 'publish' && !(await stillCurrent(ctx, issue))) return 'skipped';
    return (await executeSuggestion(ctx, plan)).result;
  });
}

async function stillCurrent(ctx: FlowContext, issue: IssueDetails): Promise<boolean> {
  const now = await getIssue(ctx.gh, ctx.repo, issue.number);
  return now.state === 'open' && now.body === issue.body;
}

/** What each rebuild result means for a rebuilt PR, in words. */
const OUTCOMES: Record<RebuildResult, string> = {
  unchanged: 'unchanged (its files are still right)',
  'pull-request-updated': 'rebuilt on the new head',
  'pull-request-created': 'pull request opened',
  duplicate: 'now a duplicate; its pull request was closed',
  invalid: 'no longer valid; its pull request was closed',
  skipped: 'skipped: the issue changed meanwhile, and the run of that change rebuilds it',
  'closed-by-maintainer': 'left alone: a maintainer closed its pull request',
  'pull-request-closed': 'its pull request was closed',
  ignored: 'left alone: the issue is no longer a paper suggestion',
  failed: 'failed (see the log)',
};

/** One line per rebuilt suggestion, for the step summary. */
export function describeRebuild(report: RebuildReport): string {
  const entries = Object.entries(report.results) as [string, RebuildResult][];
  if (entries.length === 0) return 'No open suggestion pull requests to rebuild.';
  return [
    'Open suggestions rebuilt on the new head:',
    ...entries.map(([n, r]) => `- #${n}: ${OUTCOMES[r]}`),
  ].join('\n');
}
