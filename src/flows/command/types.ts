// The command flow's shapes: the parts of an `issue_comment` event it reads, what a comment is on
// (the digest, a suggestion by its issue or pull request, anything else), and what a run did.
import type { IssueDetails } from '../../adapters/github/issues.js';
import type { Command, CommandOutcome } from '../../core/commands/types.js';
import type { FlowContext, FlowResult } from '../context.js';
import type { CommandResult } from '../outcomes.js';

export interface CommentPayload {
  action: string;
  comment: {
    id: number;
    body: string | null;
    /** When the comment was last written (GitHub's clock); an edit moves it. */
    updated_at: string;
    user: { login: string; type?: string } | null;
  };
  issue: IssueDetails & { pull_request?: unknown };
  /** On `edited`: the body before the edit. */
  changes?: { body?: { from?: string } };
}

/** What a comment with commands is on, as far as the commands care. */
export type CommandTarget =
  /** The digest issue (labelled `paperlist-digest`): accept and decline its candidates. */
  | { kind: 'digest'; issue: IssueDetails }
  /** A suggestion issue, commented on directly or through its pull request (`pull`). */
  | { kind: 'suggestion'; issue: number; pull?: number }
  /** Anything else: `why` says what it is, for the replies. */
  | { kind: 'other'; why: string };

/** Who commands, and where: what every command's handler is given besides the flow context. */
export interface CommandScope {
  ctx: FlowContext;
  target: CommandTarget;
  /** The commenter's login (shown without `@` in texts, so nobody is notified). */
  actor: string;
  /** The issue or pull request commented on. */
  commentedOn: number;
}

export type CommandHandler<C extends Command = Command> = (
  scope: CommandScope,
  command: C,
) => Promise<CommandOutcome>;

export type CommandRunResult = CommandResult | 'ignored';
export type CommandFlowResult = FlowResult<CommandRunResult>;
