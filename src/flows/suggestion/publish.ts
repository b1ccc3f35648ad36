// Putting a built suggestion commit up for review: its branch and its one pull request. An open PR is
// updated; one paperlist closed (the suggestion was invalid for a while, or its issue was closed and
// reopened) is reopened; one a maintainer closed stays closed (an outcome, not an error); otherwise a
// PR is opened, or taken over when a run that stopped half-way opened it. GitHub's refusals arrive
// as typed errors from the adapters: `BranchMoved` (the caller reads again) and `PullsNotPermitted`
// pass through; the others are handled here.
import {
  PullNotReopenable,
  PullRequestExists,
  WriteNotPermitted,
} from '../../adapters/github/errors.js';
import { setCommitStatus } from '../../adapters/github/statuses.js';
import { addLabels } from '../../adapters/github/issues.js';
import {
  createPull,
  findPullByHead,
  reopenPull,
  updatePull,
  type PullRequest,
} from '../../adapters/github/pulls.js';
import { setBranch } from '../../adapters/github/refs.js';
import type { FlowContext } from '../context.js';
import { closedByBot, sameBody } from './marker.js';

export interface Publication {
  branch: string;
  /** The commit the branch is to point at. */
  sha: string;
  title: string;
  body: string;
  label: string;
  /** The open PR of this branch, from the list of open PRs. */
  own: PullRequest | undefined;
  /** Whether a closed PR of this branch may exist (false only for a brand-new issue). */
  mayHaveClosed: boolean;
  /** Mark the commit with a `paperlist` success status (the `commit-status` setting). */
  commitStatus: boolean;
}

export type Published =
  | { outcome: 'created' | 'updated' | 'reopened'; pull: PullRequest }
  /** A maintainer closed the suggestion's PR: an edit of the issue does not reopen it. */
  | { outcome: 'closed-by-maintainer'; pull: PullRequest };

type PullText = { title: string; body: string };

/**
 * Publishes, then, when the settings ask for it, marks the suggestion commit with a `paperlist`
 * success status: the workflow token's pull requests start no other workflow, so a branch rule
 * requiring `paperlist` needs it from here. It is one request more for every commit, rebuilds
 * included, so only lists with such a rule turn it on.
 */
export async function publish(ctx: FlowContext, p: Publication): Promise<Published> {
  const published = await publishPull(ctx, p);
  if (published.outcome === 'closed-by-maintainer' || !p.commitStatus) return published;
  try {
    await setCommitStatus(ctx.gh, ctx.repo, p.sha, {
      state: 'success',
      description: 'a suggestion checked by paperlist',
    });
  } catch (error) {
    if (!(error instanceof WriteNotPermitted)) throw error;
    ctx.warn(
      'the commit status `paperlist` could not be set (403): give the workflow `statuses: write`',
    );
  }
  return published;
}

async function publishPull(ctx: FlowContext, p: Publication): Promise<Published> {
  const text = { title: p.title, body: p.body };
  if (p.own) {
    await moveSuggestionBranch(ctx, p.branch, p.sha, true);
    // A rebuild that only moved the base changes nothing the body says: it is not written.
    const pull =
      p.own.title === p.title && sameBody(p.own.body, p.body)
        ? { ...p.own, headSha: p.sha }
        : await updatePull(ctx.gh, ctx.repo, p.own.number, text);
    if (!p.own.labels.includes(p.label)) await addLabels(ctx.gh, ctx.repo, pull.number, [p.label]);
    return { outcome: 'updated', pull };
  }
  const previous = p.mayHaveClosed ? await findPullByHead(ctx.gh, ctx.repo, p.branch) : undefined;
  const route = routeForPrevious(previous);
  if (route === 'closed-by-maintainer' && previous) {
    return { outcome: 'closed-by-maintainer', pull: previous };
  }
  if (route === 'reopen' && previous) {
    const reopened = await reopen(ctx, p.branch, previous, text);
    if (reopened) {
      await moveSuggestionBranch(ctx, p.branch, p.sha, true);
      // Labels survive closing; adding one that is there already changes nothing.
      await addLabels(ctx.gh, ctx.repo, reopened.number, [p.label]);
      return { outcome: previous.state === 'open' ? 'updated' : 'reopened', pull: reopened };
    }
  }
  await moveSuggestionBranch(ctx, p.branch, p.sha);
  const { pull, created } = await openPull(ctx, p.branch, text);
  await addLabels(ctx.gh, ctx.repo, pull.number, [p.label]);
  return { outcome: created ? 'created' : 'updated', pull };
}

/** What an earlier PR of the branch (not in the open list) calls for. */
export function routeForPrevious(
  previous: PullRequest | undefined,
): 'open-new' | 'reopen' | 'closed-by-maintainer' {
  if (!previous || previous.merged) return 'open-new';
  if (previous.state === 'closed' && !closedByBot(previous.body)) return 'closed-by-maintainer';
  return 'reopen';
}

/** Points the suggestion branch at `sha` (created if missing, moved by force otherwise). */
function moveSuggestionBranch(
  ctx: FlowContext,
  branch: string,
  sha: string,
  exists?: boolean,
): Promise<void> {
  return setBranch(ctx.gh, ctx.repo, branch, sha, {
    force: true,
    ...(exists !== undefined ? { exists } : {}),
  });
}

/**
 * Reopens `pull` with the new title and body, before its branch moves: GitHub reopens a pull
 * request only while its head branch exists at the commit it was closed with, so a deleted branch
 * is first restored there. Undefined when GitHub still refuses (a new PR is opened instead).
 */
async function reopen(
  ctx: FlowContext,
  branch: string,
  pull: PullRequest,
  text: PullText,
): Promise<PullRequest | undefined> {
  if (pull.state === 'open') return updatePull(ctx.gh, ctx.repo, pull.number, text);
  try {
    return await reopenPull(ctx.gh, ctx.repo, pull.number, text);
  } catch (error) {
    if (!(error instanceof PullNotReopenable)) throw error;
  }
  await moveSuggestionBranch(ctx, branch, pull.headSha);
  try {
    return await reopenPull(ctx.gh, ctx.repo, pull.number, text);
  } catch (error) {
    if (!(error instanceof PullNotReopenable)) throw error;
    ctx.log(`#${pull.number} could not be reopened; a new pull request is opened`);
    return undefined;
  }
}

async function openPull(
  ctx: FlowContext,
  branch: string,
  text: PullText,
): Promise<{ pull: PullRequest; created: boolean }> {
  try {
    const pull = await createPull(ctx.gh, ctx.repo, {
      head: branch,
      base: ctx.defaultBranch,
      ...text,
    });
    return { pull, created: true };
  } catch (error) {
    // Opened by a request whose answer was lost, or by a run that stopped half-way: take it over.
    if (!(error instanceof PullRequestExists)) throw error;
    const existing = await findPullByHead(ctx.gh, ctx.repo, branch);
    if (!existing || existing.state !== 'open') throw error;
    const same = existing.title === text.title && existing.body === text.body;
    // Not in the list of open PRs this run started from: for this run, it is the one it opened.
    return {
      pull: same ? existing : await updatePull(ctx.gh, ctx.repo, existing.number, text),
      created: true,
    };
  }
}
