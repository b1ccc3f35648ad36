// The step summary of a command run: each command as written, what became of it and why.
import { shownCommand } from '../../core/commands/replies.js';
import type { Command, CommandOutcome } from '../../core/commands/types.js';
import type { CommandFlowResult, CommandRunResult, CommandScope } from './types.js';

export function describeOutcomes(
  result: CommandRunResult,
  outcomes: readonly CommandOutcome[],
): CommandFlowResult {
  const lines = outcomes.map(
    (o) =>
      `- ${shownCommand(o.command)} (line ${o.command.line}): ${o.status}${o.note ? ` — ${o.note}` : ''}`,
  );
  return { result, outputs: {}, summary: lines.join('\n') };
}

/** A dry run writes nothing, not even the reaction that marks the comment handled. */
export function describeDryRun(
  scope: CommandScope,
  commands: readonly Command[],
): CommandFlowResult {
  const where =
    scope.target.kind === 'digest'
      ? 'the digest'
      : scope.target.kind === 'suggestion'
        ? `the suggestion #${scope.target.issue}`
        : `#${scope.commentedOn}`;
  const lines = commands.map((c) => `- ${shownCommand(c)} (line ${c.line})`);
  return {
    result: 'ignored',
    outputs: {},
    summary: [
      `Dry run: would run these commands of ${scope.actor} on ${where}:`,
      ...lines,
      'Nothing was written.',
    ].join('\n'),
  };
}
