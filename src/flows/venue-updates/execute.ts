// Writing the venue look-up's plan: the remembered state committed to its own branch when it
// changed, and the "Venue updates" pull request created, updated (its branch moved to one new commit
// on the default branch's head with the data file's venues, and their years, changed), closed, or
// left alone.
import { createCommit } from '../../adapters/github/commits.js';
import { PullRequestExists, PullsNotPermitted } from '../../adapters/github/errors.js';
import { createPull, findPullByHead, updatePull } from '../../adapters/github/pulls.js';
import { setBranch } from '../../adapters/github/refs.js';
import { setVenues } from '../../core/data/set-venue.js';
import { formatProblem } from '../../core/problem.js';
import {
  renderClosedBody,
  renderVenuePullBody,
  VENUE_PULL_TITLE,
} from '../../core/venue-updates/body.js';
import { proposedChange, type VenuePlan } from '../../core/venue-updates/plan.js';
import { serializeVenueState } from '../../core/venue-updates/state.js';
import type { FlowContext } from '../context.js';
import type { ListAtCommit } from '../list-at-commit.js';
import type { VenueUpdatesOutcome } from './run.js';
import { STATE_BRANCH, STATE_PATH, VENUE_BRANCH } from './read.js';

async function writeState(ctx: FlowContext, list: ListAtCommit, plan: VenuePlan): Promise<void> {
  if (!plan.stateChanged) return;
  const sha = await createCommit(ctx.gh, ctx.repo, {
    parent: list.head,
    files: { [STATE_PATH]: serializeVenueState(plan.state) },
    message: 'Venue look-up: when each preprint was checked',
  });
  await setBranch(ctx.gh, ctx.repo, STATE_BRANCH, sha, { force: true });
}

/** The pull request's branch moved to the data file with the proposed venues; false if refused. */
async function pushProposals(
  ctx: FlowContext,
  list: ListAtCommit,
  plan: VenuePlan,
): Promise<boolean> {
  const changes = plan.proposals.map((p) => ({ ref: p.candidate.ref, ...proposedChange(p) }));
  const data = setVenues(list.data.text, list.list, changes, ctx.paths.dataFile);
  if (!data.ok) {
    for (const p of data.problems) ctx.warn(formatProblem(p));
    return false;
  }
  const n = plan.proposals.length;
  const sha = await createCommit(ctx.gh, ctx.repo, {
    parent: list.head,
    files: { [ctx.paths.dataFile]: data.value },
    message: `Venue updates: the published venue of ${n} preprint${n === 1 ? '' : 's'}`,
  });
  await setBranch(ctx.gh, ctx.repo, VENUE_BRANCH, sha, { force: true });
  return true;
}

async function openPull(ctx: FlowContext, body: string): Promise<string> {
  const text = { title: VENUE_PULL_TITLE, body };
  try {
    const req = { head: VENUE_BRANCH, base: ctx.defaultBranch, ...text };
    return (await createPull(ctx.gh, ctx.repo, req)).url;
  } catch (error) {
    if (!(error instanceof PullRequestExists)) throw error;
    const open = await findPullByHead(ctx.gh, ctx.repo, VENUE_BRANCH);
    if (open?.state !== 'open') throw error;
    return (await updatePull(ctx.gh, ctx.repo, open.number, text)).url;
  }
}

export async function writeVenuePlan(
  ctx: FlowContext,
  list: ListAtCommit,
  plan: VenuePlan,
  counts: string,
): Promise<VenueUpdatesOutcome> {
  await writeState(ctx, list, plan);
  const action = plan.pull;
  const body = renderVenuePullBody(plan.proposals, ctx.paths.dataFile);
  switch (action.kind) {
    case 'none':
      return { summary: counts };
    case 'keep':
      return {
        url: action.pull.url,
        summary: `${counts} [#${action.pull.number}](${action.pull.url}) already proposes them.`,
      };
    case 'close':
      await updatePull(ctx.gh, ctx.repo, action.pull.number, {
        body: renderClosedBody(),
        state: 'closed',
      });
      return { summary: `${counts} Closed [#${action.pull.number}](${action.pull.url}).` };
    case 'create':
    case 'update':
      break;
  }
  if (!(await pushProposals(ctx, list, plan))) return { summary: `${counts} Nothing was written.` };
  try {
    const url =
      action.kind === 'update'
        ? (
            await updatePull(ctx.gh, ctx.repo, action.pull.number, {
              title: VENUE_PULL_TITLE,
              body,
            })
          ).url
        : await openPull(ctx, body);
    return { url, summary: `${counts} [Venue updates](${url}) proposes them.` };
  } catch (error) {
    if (!(error instanceof PullsNotPermitted)) throw error;
    ctx.warn(`the venue updates could not be proposed: ${error.message}`);
    return { summary: `${counts} The pull request could not be opened.` };
  }
}
