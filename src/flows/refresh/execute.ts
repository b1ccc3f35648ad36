// The refresh's executor: lands a `write` plan as a direct commit on the default branch, or in the one
// refresh pull request from `paperlist/refresh` (created, or force-updated; no write when it holds
// the refresh already). A protected branch sends the commit to the pull request; a branch that moved
// meanwhile is reported as a lost race, and the caller plans again on the new head.
import {
  createCommit,
  createCommitObject,
  getCommit,
  type Head,
} from '../../adapters/github/commits.js';
import { BranchMoved, BranchProtected } from '../../adapters/github/errors.js';
import { readRepoFile } from '../../adapters/github/files.js';
import {
  createPull,
  findPullByHead,
  updatePull,
  type PullRequest,
} from '../../adapters/github/pulls.js';
import { setBranch } from '../../adapters/github/refs.js';
import type { FlowContext, FlowResult } from '../context.js';
import type { ListAtCommit } from '../list-at-commit.js';
import type { RefreshResult } from '../outcomes.js';
import { withHandEdits } from './hand-edits.js';
import {
  landingRoute,
  listed,
  REFRESH_BODY,
  REFRESH_BRANCH,
  REFRESH_MESSAGE,
  refreshPullText,
  shortSha,
  type RefreshPlan,
} from './plan.js';

type WritePlan = Extract<RefreshPlan, { kind: 'write' }>;

/** The commit message: the fixed text, then the hand edits it adopted or reported. */
function messageOf(plan: WritePlan, ctx: FlowContext): string {
  return withHandEdits(`${REFRESH_MESSAGE}\n\n${REFRESH_BODY}`, plan, ctx.paths, 'plain');
}

export async function landRefresh(
  ctx: FlowContext,
  list: ListAtCommit,
  plan: WritePlan,
  openPulls?: PullRequest[],
): Promise<(FlowResult<RefreshResult> & { landed?: Head }) | 'lost-race'> {
  // The open PRs, when the caller listed them already (the push run, for its rebuild): no read.
  const existing = openPulls
    ? openPulls.find((p) => p.headRef === REFRESH_BRANCH)
    : await findPullByHead(ctx.gh, ctx.repo, REFRESH_BRANCH);
  const open = existing?.state === 'open' ? existing : undefined;
  if (landingRoute(list.settings, open) === 'pull-request') {
    return landInPull(ctx, list, plan, open);
  }
  const message = messageOf(plan, ctx);
  const made = await createCommitObject(ctx.gh, ctx.repo, {
    parent: plan.head,
    files: plan.files,
    message,
  });
  const sha = made.sha;
  try {
    await setBranch(ctx.gh, ctx.repo, ctx.defaultBranch, sha, { force: false, exists: true });
    const landed: Head = {
      sha,
      treeSha: made.treeSha,
      date: plan.head.date,
      message,
      parents: [plan.head.sha],
    };
    return {
      landed,
      result: 'refreshed',
      outputs: { 'commit-sha': sha, 'up-to-date': 'false' },
      summary: withHandEdits(
        `Committed ${listed(Object.keys(plan.files))} to \`${ctx.defaultBranch}\` as ${shortSha(sha)}.`,
        plan,
        ctx.paths,
      ),
    };
  } catch (error) {
    if (error instanceof BranchMoved) return 'lost-race';
    if (!(error instanceof BranchProtected)) throw error;
    ctx.log(`${ctx.defaultBranch} is protected; opening a refresh pull request instead`);
  }
  return landInPull(ctx, list, plan, undefined, sha);
}

/** One refresh pull request, created or force-updated; no write when it holds the refresh. */
async function landInPull(
  ctx: FlowContext,
  list: ListAtCommit,
  plan: WritePlan,
  open: PullRequest | undefined,
  commit?: string,
): Promise<FlowResult<RefreshResult>> {
  if (open && (await pullHoldsRefresh(ctx, open, plan.head, plan.files))) {
    return refreshPullResult(
      open,
      open.headSha,
      `The refresh pull request [#${open.number}](${open.url}) already holds this refresh.`,
    );
  }
  const sha = commit ?? (await commitFiles(ctx, plan));
  await setBranch(ctx.gh, ctx.repo, REFRESH_BRANCH, sha, { force: true });
  const text = refreshPullText(list, ctx.paths, ctx.defaultBranch, plan.files);
  const pull = open
    ? await updatePull(ctx.gh, ctx.repo, open.number, text)
    : await createPull(ctx.gh, ctx.repo, {
        head: REFRESH_BRANCH,
        base: ctx.defaultBranch,
        ...text,
      });
  return refreshPullResult(
    pull,
    sha,
    withHandEdits(
      `${open ? 'Updated' : 'Opened'} the refresh pull request [#${pull.number}](${pull.url}).`,
      plan,
      ctx.paths,
    ),
  );
}

function commitFiles(ctx: FlowContext, plan: WritePlan): Promise<string> {
  const message = messageOf(plan, ctx);
  return createCommit(ctx.gh, ctx.repo, { parent: plan.head, files: plan.files, message });
}

/** Whether the pull request's head is one commit on `head` whose files are exactly `files`. */
async function pullHoldsRefresh(
  ctx: FlowContext,
  pull: PullRequest,
  head: Head,
  files: Record<string, string>,
): Promise<boolean> {
  const tip = await getCommit(ctx.gh, ctx.repo, pull.headSha);
  if (tip.parents.length !== 1 || tip.parents[0] !== head.sha) return false;
  for (const [path, text] of Object.entries(files)) {
    const current = await readRepoFile(ctx.gh, ctx.repo, path, pull.headSha);
    if (current?.text !== text) return false;
  }
  return true;
}

function refreshPullResult(
  pull: PullRequest,
  sha: string,
  summary: string,
): FlowResult<RefreshResult> {
  return {
    result: 'refresh-pull-request',
    outputs: {
      'commit-sha': sha,
      'pull-request-number': String(pull.number),
      'pull-request-url': pull.url,
      'up-to-date': 'false',
    },
    summary,
  };
}
