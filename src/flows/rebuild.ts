// After the default branch moves, every open suggestion PR is rebuilt on the new head from its issue
// (the same apply as the suggestion flow), so suggestions can be merged in any order without
// conflicts. A PR whose files would not change is left alone.
import { getIssue } from '../adapters/github/issues.js';
import { listOpenPulls } from '../adapters/github/pulls.js';
import type { FlowContext } from './context.js';
import { issueOfBranch } from './suggestion/marker.js';
import { suggestionFlow } from './suggestion/run.js';

export interface RebuildReport {
  /** Issue number -> what the suggestion flow did (`unchanged`, `pull-request-updated`, `duplicate`...). */
  results: Record<number, string>;
}

export async function rebuildSuggestions(ctx: FlowContext): Promise<RebuildReport> {
  const pulls = await listOpenPulls(ctx.gh, ctx.repo, ctx.defaultBranch);
  const results: Record<number, string> = {};
  for (const pull of pulls) {
    const issueNumber = issueOfBranch(pull.headRef);
    if (issueNumber === undefined) continue;
    const issue = await getIssue(ctx.gh, ctx.repo, issueNumber);
    if (issue.state !== 'open') continue;
    try {
      const outcome = await suggestionFlow(
        ctx,
        { action: 'edited', issue },
        {
          issueIsCurrent: true,
          // An edit that lands while this rebuild runs must not be overwritten with older text.
          stillCurrent: async () => {
            const now = await getIssue(ctx.gh, ctx.repo, issueNumber);
            return now.state === 'open' && now.body === issue.body;
          },
        },
      );
      results[issueNumber] = outcome.result;
    } catch (error) {
      // One broken suggestion must not stop the others from being rebuilt.
      results[issueNumber] = 'failed';
      ctx.log(`rebuilding the suggestion of #${issueNumber} failed: ${String(error)}`);
    }
  }
  return { results };
}

/** What each suggestion-flow result means for a rebuilt PR, in words. */
const OUTCOMES: Record<string, string> = {
  unchanged: 'unchanged (its files are still right)',
  'pull-request-updated': 'rebuilt on the new head',
  'pull-request-created': 'pull request opened',
  duplicate: 'now a duplicate; its pull request was closed',
  invalid: 'no longer valid; its pull request was closed',
  skipped: 'skipped: the issue changed meanwhile, and the run of that change rebuilds it',
  'closed-by-maintainer': 'left alone: a maintainer closed its pull request',
  failed: 'failed (see the log)',
};

/** One line per rebuilt suggestion, for the step summary. */
export function describeRebuild(report: RebuildReport): string {
  const entries = Object.entries(report.results);
  if (entries.length === 0) return 'No open suggestion pull requests to rebuild.';
  return [
    'Open suggestions rebuilt on the new head:',
    ...entries.map(([n, r]) => `- #${n}: ${OUTCOMES[r] ?? r}`),
  ].join('\n');
}
