// Maintainers' accepts and declines of digest candidates (comment commands, or ticked boxes): each
// decided against the digest's record (core/digest/decide.ts); an accept becomes a suggestion issue
// written in the form's format and handled at once by the suggestion flow, in this same run (an issue
// the workflow token opens starts no workflow), so the paper goes through exactly the path of a
// person's suggestion: looked up by its arXiv id, checked, rendered in the list's style, one pull
// request. The suggestion issue is opened before the digest records the accept, so a run that stops
// half-way can leave a suggestion but never an accept without one. Then the digest body is marked.
import { getCommit } from '../../adapters/github/commits.js';
import {
  createIssue,
  getIssue,
  updateIssue,
  type IssueDetails,
} from '../../adapters/github/issues.js';
import { acceptIssueText } from '../../core/digest/accept-issue.js';
import { decide, type Decision } from '../../core/digest/decide.js';
import { markDigestBody, withMarks, type Mark } from '../../core/digest/mark.js';
import { decodeDigestState } from '../../core/digest/record.js';
import type { DigestState } from '../../core/digest/types.js';
import { BUILTIN_FORM } from '../../core/form/builtin.js';
import type { FlowContext } from '../context.js';
import { loadListAtCommit, type ListAtCommit } from '../list-at-commit.js';
import { standingClaim } from '../suggestion/claim.js';
import { suggestionFlow } from '../suggestion/run.js';

export interface DecisionReply {
  /** The decision it answers (its index in the input). */
  index: number;
  ok: boolean;
  /** Not done because it was so already. */
  unchanged?: boolean;
  text: string;
}

export interface DecisionsOutcome {
  replies: DecisionReply[];
  /** Pull requests the accepts opened. */
  pulls: { number: number; url: string }[];
  summary: string;
}

/** Who holds a paper whose accept lost it to another suggestion (or undefined when unknown). */
type Holder = Awaited<ReturnType<typeof standingClaim>>;

interface Opened {
  /** The suggestion issue this accept opened (none when another suggestion held the paper). */
  issue?: IssueDetails;
  pull?: { number: number; url: string };
  /** Another suggestion holds the paper: its issue and pull request (this issue was closed). */
  heldBy?: NonNullable<Holder>;
}

/** The paper an accept names, as the claim of its suggestion knows it (by its arXiv id). */
const acceptedPaper = (id: string) => ({
  title: '',
  links: [{ label: 'PAGE', url: `https://arxiv.org/abs/${id}` }],
  extra: {},
});

/**
 * Opens the suggestion issue of an accepted paper and runs the suggestion flow on it, unless
 * another suggestion holds the paper already (its claim stands): then nothing is opened. When
 * another suggestion won while this one was on its way (a person's issue, or another accept, at the
 * same moment), the claim says which; this issue, the bot's own duplicate, is closed.
 */
async function openSuggestion(
  ctx: FlowContext,
  list: ListAtCommit,
  paper: { id: string; section: string; digest: number; by: string },
): Promise<Opened> {
  const before = await standingClaim(ctx, acceptedPaper(paper.id));
  if (before !== undefined) return { heldBy: before };
  const form = BUILTIN_FORM(
    list.list.sections.map((s) => s.name),
    { label: list.settings.labels.suggestion },
  );
  const text = acceptIssueText(paper, form);
  const created = await createIssue(ctx.gh, ctx.repo, {
    ...text,
    labels: [list.settings.labels.suggestion],
  });
  const issue = await getIssue(ctx.gh, ctx.repo, created.number);
  const run = await suggestionFlow(ctx, { action: 'opened', issue });
  const number = Number(run.outputs['pull-request-number']);
  const url = run.outputs['pull-request-url'];
  if (Number.isInteger(number) && number > 0 && url) return { issue, pull: { number, url } };
  if (run.result !== 'duplicate') return { issue };
  const heldBy = await standingClaim(ctx, acceptedPaper(paper.id));
  if (heldBy === undefined || heldBy.issue === issue.number) return { issue };
  await updateIssue(ctx.gh, ctx.repo, issue.number, {
    state: 'closed',
    state_reason: 'not_planned',
  });
  return { issue, heldBy };
}

function acceptedText(id: string, section: string, opened: Opened): string {
  const { issue, pull, heldBy } = opened;
  if (heldBy !== undefined) {
    const where = heldBy.pull
      ? heldBy.pull.merged
        ? `was added to the list by pull request #${heldBy.pull.number} (suggested in #${heldBy.issue})`
        : `is already suggested in #${heldBy.issue}: pull request #${heldBy.pull.number} adds it`
      : `is already suggested in #${heldBy.issue}, whose pull request is being opened`;
    const closed = issue
      ? `; the suggestion #${issue.number} opened for this accept was closed`
      : '';
    return `arXiv:${id} ${where}${closed}.`;
  }
  if (issue === undefined) return `arXiv:${id} was not accepted.`;
  return pull
    ? `Accepted arXiv:${id} into “${section}”: suggestion #${issue.number}, pull request #${pull.number}.`
    : `Accepted arXiv:${id} into “${section}” as suggestion #${issue.number}, but no pull request was opened: its status comment says why.`;
}

interface Applied {
  state: DigestState;
  ok: boolean;
  unchanged?: boolean;
  text: string;
  mark?: Mark;
  pull?: { number: number; url: string };
}

/** One decision against `state`: refused, a decline, or an accept opened as a suggestion. */
async function applyOne(
  ctx: FlowContext,
  list: ListAtCommit,
  state: DigestState,
  d: Decision,
  where: { digest: number; by: string },
): Promise<Applied> {
  const decided = decide(
    state,
    d,
    list.list.sections.map((s) => s.name),
  );
  if (!decided.ok) {
    return {
      state,
      ok: false,
      text: decided.why,
      ...(decided.unchanged ? { unchanged: true } : {}),
    };
  }
  const { id } = decided;
  if (decided.kind === 'decline') {
    const text = `Declined arXiv:${id}: the digest will not offer it again.`;
    return { state: decided.state, ok: true, text, mark: { kind: 'decline', id, by: where.by } };
  }
  const section = decided.section;
  if (ctx.dryRun) {
    return { state, ok: true, text: `Dry run: arXiv:${id} would be accepted into “${section}”.` };
  }
  const opened = await openSuggestion(ctx, list, { id, section, ...where });
  const { pull, heldBy } = opened;
  const pointsTo = heldBy
    ? { issue: heldBy.issue, ...(heldBy.pull ? { pull: heldBy.pull.number } : {}) }
    : {
        ...(opened.issue ? { issue: opened.issue.number } : {}),
        ...(pull ? { pull: pull.number } : {}),
      };
  const mark: Mark = { kind: 'accept', id, by: where.by, ...pointsTo };
  const text = acceptedText(id, section, opened);
  // Lost to another suggestion: not done here, but the paper is on its way (so it was so already).
  const ok = heldBy === undefined;
  return {
    state: decided.state,
    ok,
    ...(ok ? {} : { unchanged: true as const }),
    text,
    mark,
    ...(pull ? { pull } : {}),
  };
}

/**
 * Applies `decisions` by `actor` (already allowed to command) to digest issue `number`; the digest is
 * read fresh (or was, by the caller), so two runs in a row never accept one paper twice.
 */
export async function applyDigestDecisions(
  ctx: FlowContext,
  number: number,
  decisions: readonly Decision[],
  actor: string,
  /** The digest issue, when the caller has just read it. */
  read?: IssueDetails,
): Promise<DecisionsOutcome> {
  const digest = read ?? (await getIssue(ctx.gh, ctx.repo, number));
  let state: DigestState | undefined = decodeDigestState(digest.body ?? '');
  if (state === undefined) {
    const text = `#${number} holds no digest record paperlist can read; nothing was done.`;
    const replies = decisions.map((_, index) => ({ index, ok: false, text }));
    return { replies, pulls: [], summary: text };
  }
  const list = await loadListAtCommit(ctx, await getCommit(ctx.gh, ctx.repo, ctx.defaultBranch));
  const replies: DecisionReply[] = [];
  const marks: Mark[] = [];
  const pulls: { number: number; url: string }[] = [];
  for (const [index, d] of decisions.entries()) {
    const applied = await applyOne(ctx, list, state, d, { digest: number, by: actor });
    state = applied.state;
    const same = applied.unchanged ? { unchanged: true } : {};
    replies.push({ index, ok: applied.ok, text: applied.text, ...same });
    if (applied.mark) marks.push(applied.mark);
    if (applied.pull) pulls.push(applied.pull);
  }
  if (marks.length > 0 && !ctx.dryRun) await writeMarks(ctx, number, state, marks);
  return { replies, pulls, summary: replies.map((r) => `- ${r.text}`).join('\n') };
}

/**
 * Writes the decisions into the digest as it is now: read again just before the write, since
 * another run (a scheduled one, another maintainer's command) may have changed it while the
 * suggestions were being opened; its decisions are kept and these added.
 */
async function writeMarks(
  ctx: FlowContext,
  number: number,
  state: DigestState,
  marks: readonly Mark[],
): Promise<void> {
  const now = await getIssue(ctx.gh, ctx.repo, number);
  const body = now.body ?? '';
  const fresh = decodeDigestState(body);
  const merged = fresh === undefined ? state : withMarks(fresh, marks);
  await updateIssue(ctx.gh, ctx.repo, number, { body: markDigestBody(body, merged, marks) });
}
