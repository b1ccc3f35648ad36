// Commands on the digest issue (labelled `paperlist-digest`): `accept` and `decline` act on its
// candidates. This is the one place the command flow hands them to; the digest's own flow
// (src/flows/digest/decisions.ts) implements them. `section` and `reject` are about a suggestion, not
// the digest.
import type { Command, CommandOutcome } from '../../core/commands/types.js';
import { applyDigestDecisions } from '../digest/decisions.js';
import type { CommandScope } from './types.js';

type DigestCommand = Extract<Command, { kind: 'accept' | 'decline' }>;

export async function digestCommand(
  scope: CommandScope,
  command: DigestCommand,
): Promise<CommandOutcome> {
  const decision = {
    kind: command.kind,
    paper: command.paper,
    ...(command.kind === 'accept' && command.section !== undefined
      ? { section: command.section }
      : {}),
  };
  const outcome = await applyDigestDecisions(scope.ctx, scope.commentedOn, [decision], scope.actor);
  const reply = outcome.replies[0];
  if (reply === undefined) return { command, status: 'refused', note: 'nothing was decided.' };
  const status = reply.ok ? 'done' : reply.unchanged ? 'unchanged' : 'refused';
  return { command, status, note: reply.text };
}

/** `accept` or `decline` anywhere but the digest: where they work instead. */
export function notOnDigest(command: DigestCommand): CommandOutcome {
  return {
    command,
    status: 'refused',
    note: `\`${command.kind}\` works in the digest issue (labelled \`paperlist-digest\`), on its candidates. To add a paper here, suggest it with the issue form.`,
  };
}
