// A suggestion PR a maintainer has taken over: its branch holds a commit that is not the bot's (a
// fix-up pushed onto it, an amended commit). Such a branch is never force-moved and its PR is no
// longer rewritten from the issue; the status comment tells the contributor so. Telling costs one
// read, and only when the branch's head is not the commit the PR's record names (a rebuild moves the
// branch without rewriting the body, so after one the head is read once). The same read tells which
// files a bot commit holds, so a branch rebuilt already is not rebuilt again.
import { getCommitFacts } from '../../adapters/github/commits.js';
import type { PullRequest } from '../../adapters/github/pulls.js';
import { filesTrailer, isBotCommit } from '../../core/suggest/bot-commit.js';
import { STATUS_MARKER } from '../../core/suggest/messages.js';
import type { FlowContext } from '../context.js';
import { decodeRecord } from './marker.js';
import { planForPull, type OwnHead, type SuggestionPlan } from './plan.js';

/**
 * The PR's head commit, read; undefined (and no read) when it is the commit the record names, and
 * `known` without a read when that is it.
 */
export async function readOwnHead(
  ctx: FlowContext,
  pull: PullRequest,
  known?: OwnHead,
): Promise<OwnHead | undefined> {
  if (decodeRecord(pull.body)?.commit === pull.headSha) return undefined;
  if (known?.sha === pull.headSha) return known;
  const facts = await getCommitFacts(ctx.gh, ctx.repo, pull.headSha);
  return { sha: pull.headSha, bot: isBotCommit(facts), files: filesTrailer(facts.message) };
}

/** What the head of a plan's open PR calls for. */
export type HeadCheck =
  | { kind: 'taken-over'; pull: PullRequest }
  /** The plan to perform: the first one, or the one planned again with the head's facts. */
  | { kind: 'go'; plan: SuggestionPlan };

/**
 * Before a plan that would rewrite an open PR (move its branch, or close it): a head that is not the
 * bot's means the PR was taken over; a bot head that is not the one the record names is planned
 * again with what it holds (planForPull), which may find there is nothing to write. `known`: a head
 * this run wrote itself, so it is not read.
 */
export async function checkOwnHead(
  ctx: FlowContext,
  plan: SuggestionPlan,
  known?: OwnHead,
): Promise<HeadCheck> {
  const pull = pullToRewrite(plan);
  const head = pull ? await readOwnHead(ctx, pull, known) : undefined;
  if (!pull || !head) return { kind: 'go', plan };
  if (!head.bot) return { kind: 'taken-over', pull };
  return { kind: 'go', plan: plan.kind === 'publish' ? planForPull(plan, head) : plan };
}

/** The open PR a plan would rewrite (move its branch, or close it), if any. */
export function pullToRewrite(plan: SuggestionPlan): PullRequest | undefined {
  if (plan.kind === 'publish') return plan.own;
  if (plan.kind === 'refuse') return plan.closePull;
  return undefined;
}

/** The status comment of a suggestion whose PR a maintainer has taken over. */
export function takenOverComment(pull: { number: number; url: string }, why: string): string {
  return (
    [
      STATUS_MARKER,
      `A maintainer has taken over pull request [#${pull.number}](${pull.url}): its branch holds their commits, so paperlist no longer changes it. ${why}`,
      'To change the suggestion now, comment on the pull request.',
    ].join('\n\n') + '\n'
  );
}
