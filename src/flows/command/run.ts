// The command flow: an `issue_comment` event whose comment holds `/paperlist` commands. From the
// payload alone, comments by bots (the bot's own replies and status comments included) and comments
// without commands are left alone, at no request. Then: what the comment is on (a fork's pull
// request is left alone), the comment claimed as handled (claim.ts: a repeated delivery or a re-run
// does nothing), the commenter's permission (write, maintain or admin may command; anyone else gets
// one short reply, once per comment), each command run in order, and one acknowledgement: a reaction,
// and a reply when a command has something to say.
import { createCommentOnce } from '../../adapters/github/comments.js';
import { canCommand, getPermission } from '../../adapters/github/permission.js';
import { reactToComment } from '../../adapters/github/reactions.js';
import { parseCommands } from '../../core/commands/parse.js';
import { commandReply, notPermittedReply, REPLY_MARKER } from '../../core/commands/replies.js';
import type { Command, CommandOutcome } from '../../core/commands/types.js';
import { STATUS_MARKER } from '../../core/suggest/messages.js';
import type { FlowContext } from '../context.js';
import { ignored } from '../results.js';
import { claimComment, releaseClaim, settleClaim, type Claim } from './claim.js';
import { digestCommand, notOnDigest } from './digest.js';
import { rejectCommand } from './reject.js';
import { sectionCommand } from './section.js';
import { describeOutcomes, describeDryRun } from './summary.js';
import { findTarget } from './target.js';
import type { CommandFlowResult, CommandScope, CommentPayload } from './types.js';

/** Why the event is left alone, from the payload alone; undefined when it may hold commands. */
export function reasonToIgnore(payload: CommentPayload): string | undefined {
  const { comment, action } = payload;
  if (!comment || !payload.issue) return 'the event carries no comment';
  if (action !== 'created' && action !== 'edited') return `the comment was ${action}`;
  const user = comment.user;
  if (!user || user.type === 'Bot' || user.login.endsWith('[bot]')) {
    return `comment ${comment.id} is by a bot`;
  }
  const body = comment.body ?? '';
  if (body.includes(REPLY_MARKER) || body.includes(STATUS_MARKER)) {
    return `comment ${comment.id} is paperlist's own`;
  }
  return undefined;
}

/** The commands to run: all of the comment's, or on an edit of a handled comment, the new ones. */
function commandsOf(payload: CommentPayload, onlyNew: boolean): Command[] {
  const from = payload.changes?.body?.from;
  const body = payload.comment.body ?? '';
  return onlyNew && from !== undefined ? parseCommands(body, from) : parseCommands(body);
}

export async function commandFlow(
  ctx: FlowContext,
  payload: CommentPayload,
): Promise<CommandFlowResult> {
  const why = reasonToIgnore(payload);
  if (why !== undefined) return ignored(why);
  const id = payload.comment.id;
  if (commandsOf(payload, payload.action === 'edited').length === 0) {
    return ignored(`comment ${id} holds no new \`/paperlist\` command`);
  }
  const target = await findTarget(ctx, payload);
  if (target === 'fork') return ignored(`#${payload.issue.number} is a pull request from a fork`);
  const scope: CommandScope = {
    ctx,
    target,
    actor: payload.comment.user!.login,
    commentedOn: payload.issue.number,
  };
  if (ctx.dryRun) return describeDryRun(scope, commandsOf(payload, payload.action === 'edited'));
  const claim = await claimComment(ctx, payload.comment);
  if (claim.kind === 'handled') return ignored(`comment ${id} was handled already`);
  if (claim.kind === 'read-only') {
    ctx.warn(
      'GitHub refused a reaction on the comment (403): give the workflow `issues: write` and `pull-requests: write` so that maintainers can command it',
    );
    return ignored(`the token may not write here, so the commands of comment ${id} cannot be done`);
  }
  try {
    const result = await runClaimed(scope, payload, claim);
    await settleClaim(ctx, id, claim);
    return result;
  } catch (error) {
    await releaseClaim(ctx, id, claim).catch(() => undefined);
    throw error;
  }
}

async function runClaimed(
  scope: CommandScope,
  payload: CommentPayload,
  claim: Extract<Claim, { kind: 'first' | 'edit' }>,
): Promise<CommandFlowResult> {
  const { ctx, actor, commentedOn } = scope;
  const commands = commandsOf(payload, claim.kind === 'edit');
  const permission = await getPermission(ctx.gh, ctx.repo, actor);
  if (!canCommand(permission)) {
    // One short reply per comment: not again when it is edited.
    if (claim.kind === 'first')
      await createCommentOnce(ctx.gh, ctx.repo, commentedOn, notPermittedReply());
    return {
      result: 'commands-refused',
      outputs: {},
      summary: `${actor} has ${permission} permission and may not command; nothing was changed.`,
    };
  }
  const outcomes: CommandOutcome[] = [];
  for (const command of commands) outcomes.push(await runCommand(scope, command));
  const reply = commandReply(outcomes);
  if (reply !== undefined) await createCommentOnce(ctx.gh, ctx.repo, commentedOn, reply);
  const anyDone = outcomes.some((o) => o.status !== 'refused');
  await reactToComment(ctx.gh, ctx.repo, payload.comment.id, anyDone ? 'rocket' : 'confused');
  return describeOutcomes(anyDone ? 'commands-done' : 'commands-refused', outcomes);
}

function runCommand(scope: CommandScope, command: Command): Promise<CommandOutcome> {
  switch (command.kind) {
    case 'invalid':
      return Promise.resolve({ command, status: 'refused', note: command.why });
    case 'accept':
    case 'decline':
      return scope.target.kind === 'digest'
        ? digestCommand(scope, command)
        : Promise.resolve(notOnDigest(command));
    case 'section':
      return sectionCommand(scope, command);
    case 'reject':
      return rejectCommand(scope, command);
  }
}
