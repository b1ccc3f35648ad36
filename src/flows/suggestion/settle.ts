// Deciding again after writing. Runs for different issues (and pushes) are not serialised by GitHub,
// so what a run read may be stale by the time it wrote: the default branch may have moved (its commit
// is then on an old head), or another issue may have opened a PR adding the same paper. After it
// wrote, the issue's run reads the head and the open PRs once more (two requests) and plans again
// from them: a plan that keeps what was written ends it; any other is performed (the suggestion is
// rebuilt on the new head, or refused as a duplicate of an earlier issue). A later issue whose open
// PR adds the same paper is run again, so that it hears it is a duplicate: whichever run decides
// last sees both PRs, so the race is caught. Suggestions that share the paper's key never get that
// far (claim.ts: only one of them opens a PR); this catches those whose keys differ (one gives an
// arXiv link, the other only the title).
import { getCommit } from '../../adapters/github/commits.js';
import { getIssue } from '../../adapters/github/issues.js';
import { listOpenPulls, type PullRequest } from '../../adapters/github/pulls.js';
import { buildDuplicateIndex, findDuplicates } from '../../core/suggest/duplicates.js';
import type { Paper } from '../../core/types.js';
import type { FlowContext } from '../context.js';
import { loadListAtCommit } from '../list-at-commit.js';
import { decodeRecord, issueOfBranch } from './marker.js';
import { planSuggestion, type OwnHead, type SuggestionPlan, type SuggestionReads } from './plan.js';

/** What a fresh read says about a suggestion just written. */
export interface Recheck {
  plan: SuggestionPlan;
  /** Later issues whose open PRs add the same paper. */
  laterDuplicates: number[];
}

export async function recheck(
  ctx: FlowContext,
  reads: SuggestionReads,
  paper: Paper,
  written: OwnHead,
): Promise<Recheck> {
  const [head, pulls] = await Promise.all([
    getCommit(ctx.gh, ctx.repo, ctx.defaultBranch),
    listOpenPulls(ctx.gh, ctx.repo, ctx.defaultBranch),
  ]);
  const list = head.sha === reads.head.sha ? reads.list : await loadListAtCommit(ctx, head);
  const fresh: SuggestionReads = { ...reads, head, list, pulls, ownHead: written };
  const options = { paths: ctx.paths, firstTry: false, firstAttempt: ctx.firstAttempt };
  return {
    plan: planSuggestion(fresh, options),
    laterDuplicates: laterDuplicates(reads.event.issue.number, paper, pulls),
  };
}

/** Issues after `issue` whose open suggestion PRs add `paper` too. */
export function laterDuplicates(issue: number, paper: Paper, pulls: PullRequest[]): number[] {
  const index = buildDuplicateIndex({ sections: [] }, [{ issue, paper, sections: [] }]);
  return pulls.flatMap((p) => {
    const n = issueOfBranch(p.headRef);
    const record = n !== undefined && n > issue ? decodeRecord(p.body) : undefined;
    if (!record) return [];
    return findDuplicates(index, record.paper).duplicates.length > 0 ? [record.issue] : [];
  });
}

/** The later issue as it is now, for its own run of the flow; undefined when it is gone. */
export async function currentIssue(ctx: FlowContext, issue: number) {
  try {
    return await getIssue(ctx.gh, ctx.repo, issue);
  } catch (error) {
    ctx.log(`issue #${issue} could not be read again: ${String(error)}`);
    return undefined;
  }
}
