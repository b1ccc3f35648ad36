// An edit of the digest issue: each box the edit ticked (a candidate the record does not hold as
// accepted, and whose box was not ticked before the edit) is an accept into its likeliest section,
// when the person who edited may command the bot (write, maintain or admin, asked of GitHub's
// collaborator permission endpoint). Edits by bots and edits that tick nothing new change nothing;
// boxes ticked by people without that permission are unticked again, nothing else. What could not be
// accepted is said in one comment on the digest.
import { createCommentOnce } from '../../adapters/github/comments.js';
import { getIssue, updateIssue } from '../../adapters/github/issues.js';
import { canCommand, getPermission } from '../../adapters/github/permission.js';
import { DIGEST_LABEL } from '../../core/digest/body.js';
import { tickedNumbers } from '../../core/digest/decide.js';
import { untickBoxes } from '../../core/digest/mark.js';
import { DIGEST_MARKER, decodeDigestState } from '../../core/digest/record.js';
import { safeInline } from '../../core/suggest/neutralize.js';
import type { FlowContext, FlowResult } from '../context.js';
import { ignored } from '../results.js';
import type { IssuePayload } from '../suggestion/payload.js';
import { applyDigestDecisions } from './decisions.js';

export interface Sender {
  login: string;
  type?: string;
}

/** Whether an issue is the digest: its label, and the record its body opens with. */
export function isDigestIssue(issue: IssuePayload['issue']): boolean {
  return (
    issue.labels.some((l) => l.name === DIGEST_LABEL) &&
    (issue.body ?? '').startsWith(DIGEST_MARKER)
  );
}

export async function digestEdited(
  ctx: FlowContext,
  event: IssuePayload,
  sender: Sender | undefined,
): Promise<FlowResult> {
  const number = event.issue.number;
  if (event.action !== 'edited') return ignored(`digest #${number} was ${event.action}`);
  if (!sender || sender.type === 'Bot' || sender.login.endsWith('[bot]')) {
    return ignored(`digest #${number} was edited by a bot`);
  }
  // The issue as it is now: a re-run's payload may be older than the digest.
  const issue = await getIssue(ctx.gh, ctx.repo, number);
  const state = decodeDigestState(issue.body ?? '');
  // Only the boxes this edit ticked (the body it started from is in the event).
  const ticked = state ? tickedNumbers(issue.body ?? '', state, event.changes?.body?.from) : [];
  if (ticked.length === 0) return ignored(`the edit of digest #${number} ticks no new candidate`);
  if (!canCommand(await getPermission(ctx.gh, ctx.repo, sender.login))) {
    // The boxes are unticked again, so the digest shows no accept that did not happen (and a
    // later edit by a maintainer does not find them ticked).
    if (!ctx.dryRun) {
      await updateIssue(ctx.gh, ctx.repo, number, { body: untickBoxes(issue.body ?? '', ticked) });
    }
    return ignored(`${sender.login} may not accept candidates (write permission is needed)`);
  }
  const decisions = ticked.map((index) => ({
    kind: 'accept' as const,
    paper: { kind: 'index' as const, index },
  }));
  const outcome = await applyDigestDecisions(ctx, number, decisions, sender.login, issue);
  const refused = outcome.replies.filter((r) => !r.ok);
  if (refused.length > 0 && !ctx.dryRun) {
    const lines = refused.map((r) => `- Box ${ticked[r.index]}: ${r.text}`);
    await createCommentOnce(
      ctx.gh,
      ctx.repo,
      number,
      [`Some boxes ${safeInline(sender.login)} ticked could not be accepted:`, '', ...lines].join(
        '\n',
      ),
    );
  }
  const first = outcome.pulls[0];
  return {
    result: first ? 'pull-request-created' : 'ignored',
    outputs: first
      ? { 'pull-request-number': String(first.number), 'pull-request-url': first.url }
      : {},
    summary: `Digest #${number}, boxes ticked by ${sender.login}:\n${outcome.summary}`,
  };
}
