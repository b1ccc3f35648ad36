// Commands on the digest issue (labelled `paperlist-digest`): `accept` and `decline` act on its
// candidates. This is the one place the command flow hands them to; the digest's own flow
// (src/flows/digest/) implements them. `section` and `reject` are about a suggestion, not the digest.
import type { Command, CommandOutcome } from '../../core/commands/types.js';
import type { CommandScope } from './types.js';

type DigestCommand = Extract<Command, { kind: 'accept' | 'decline' }>;

export function digestCommand(
  _scope: CommandScope,
  command: DigestCommand,
): Promise<CommandOutcome> {
  return Promise.resolve({
    command,
    status: 'refused',
    note: 'the digest does not take commands in this version of paperlist yet.',
  });
}

/** `accept` or `decline` anywhere but the digest: where they work instead. */
export function notOnDigest(command: DigestCommand): CommandOutcome {
  return {
    command,
    status: 'refused',
    note: `\`${command.kind}\` works in the digest issue (labelled \`paperlist-digest\`), on its candidates. To add a paper here, suggest it with the issue form.`,
  };
}
