// Putting a built suggestion commit up for review: its branch and its one pull request. An open PR is
// updated; one paperlist closed (the suggestion was invalid for a while, or its issue was closed and
// reopened) is reopened; one a maintainer closed stays closed; otherwise a PR is opened, or taken over when a run that stopped half-way opened it.
import { statusOf } from '../../adapters/github/client.js';
import { addLabels } from '../../adapters/github/issues.js';
import {
  createPull,
  findPullByHead,
  updatePull,
  type PullRequest,
} from '../../adapters/github/pulls.js';
import type { FlowContext } from '../context.js';
import { closedByBot } from './marker.js';
import { moveBranch } from './race.js';

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
}

export type Outcome = 'created' | 'updated' | 'reopened';

/** Thrown when a maintainer closed the suggestion's PR: an edit of the issue does not reopen it. */
export class ClosedByMaintainer extends Error {
  constructor(readonly pull: PullRequest) {
    super(`#${pull.number} was closed by a maintainer`);
    this.name = 'ClosedByMaintainer';
  }
}

/** Thrown when the repository does not let the token open pull requests. */
export class PullsNotPermitted extends Error {
  constructor(cause: unknown) {
    super('GitHub Actions is not permitted to create pull requests', { cause });
    this.name = 'PullsNotPermitted';
  }
}

export async function publish(
  ctx: FlowContext,
  p: Publication,
): Promise<{ pull: PullRequest; outcome: Outcome }> {
  const text = { title: p.title, body: p.body };
  if (p.own) {
    await moveBranch(ctx, p.branch, p.sha, true);
    const pull = await updatePull(ctx.gh, ctx.repo, p.own.number, text);
    if (!p.own.labels.includes(p.label)) await addLabels(ctx.gh, ctx.repo, pull.number, [p.label]);
    return { pull, outcome: 'updated' };
  }
  const previous = p.mayHaveClosed ? await findPullByHead(ctx.gh, ctx.repo, p.branch) : undefined;
  if (previous && !previous.merged && previous.state === 'closed' && !closedByBot(previous.body)) {
    throw new ClosedByMaintainer(previous);
  }
  if (previous && !previous.merged) {
    const reopened = await reopen(ctx, p.branch, previous, text);
    if (reopened) {
      await moveBranch(ctx, p.branch, p.sha, true);
      // Labels survive closing; adding one that is there already changes nothing.
      await addLabels(ctx.gh, ctx.repo, reopened.number, [p.label]);
      return { pull: reopened, outcome: previous.state === 'open' ? 'updated' : 'reopened' };
    }
  }
  await moveBranch(ctx, p.branch, p.sha);
  const { pull, created } = await openPull(ctx, p.branch, text);
  await addLabels(ctx.gh, ctx.repo, pull.number, [p.label]);
  return { pull, outcome: created ? 'created' : 'updated' };
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
  text: { title: string; body: string },
): Promise<PullRequest | undefined> {
  const patch = { ...text, state: 'open' as const };
  if (pull.state === 'open') return updatePull(ctx.gh, ctx.repo, pull.number, text);
  try {
    return await updatePull(ctx.gh, ctx.repo, pull.number, patch);
  } catch (error) {
    if (statusOf(error) !== 422) throw error;
  }
  await moveBranch(ctx, branch, pull.headSha);
  try {
    return await updatePull(ctx.gh, ctx.repo, pull.number, patch);
  } catch (error) {
    if (statusOf(error) !== 422) throw error;
    ctx.log(`#${pull.number} could not be reopened; a new pull request is opened`);
    return undefined;
  }
}

async function openPull(
  ctx: FlowContext,
  branch: string,
  text: { title: string; body: string },
): Promise<{ pull: PullRequest; created: boolean }> {
  try {
    const pull = await createPull(ctx.gh, ctx.repo, {
      head: branch,
      base: ctx.defaultBranch,
      ...text,
    });
    return { pull, created: true };
  } catch (error) {
    if (
      statusOf(error) === 403 &&
      /not permitted to create or approve pull requests/i.test(String(error))
    ) {
      throw new PullsNotPermitted(error);
    }
    // 422 "A pull request already exists": opened by a request whose answer was lost, or by a run
    // that stopped half-way; take it over.
    if (statusOf(error) !== 422) throw error;
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
