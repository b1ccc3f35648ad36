// `/paperlist reject [reason]`: the suggestion is declined. Its status comment says so (with the
// reason), the issue is closed as not planned, and its pull request is closed and its branch
// deleted by the suggestion flow's own close path, as when the issue is closed by hand.
import { updateIssue } from '../../adapters/github/issues.js';
import { rejectedStatus } from '../../core/commands/replies.js';
import type { Command, CommandOutcome } from '../../core/commands/types.js';
import { closeSuggestion } from '../suggestion/close.js';
import { writeStatusComment } from '../suggestion/status.js';
import { readSuggestionOf } from './suggestion.js';
import type { CommandScope } from './types.js';

type RejectCommand = Extract<Command, { kind: 'reject' }>;

export async function rejectCommand(
  { ctx, target, actor }: CommandScope,
  command: RejectCommand,
): Promise<CommandOutcome> {
  const read = await readSuggestionOf(ctx, target, 'reject');
  if ('refused' in read) return { command, status: 'refused', note: read.refused };
  const issue = read.issue;
  if (issue.state !== 'open') {
    // Closed already (by hand, or by an earlier run that stopped half-way): only its PR is tidied.
    const closed = await closeSuggestion(ctx, issue.number);
    return { command, status: closed.result === 'ignored' ? 'unchanged' : 'done' };
  }
  await writeStatusComment(ctx, issue.number, false, rejectedStatus(actor, command.reason));
  await updateIssue(ctx.gh, ctx.repo, issue.number, {
    state: 'closed',
    state_reason: 'not_planned',
  });
  await closeSuggestion(ctx, issue.number);
  return { command, status: 'done' };
}
