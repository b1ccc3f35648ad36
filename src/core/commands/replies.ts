// What the bot answers to a comment with commands: one reply for the whole comment, naming each
// command that has something to say (why it could not be done and how to write it, or what came
// of it), and the short refusal for someone who may not command. Replies carry a hidden marker, so
// the bot never reads its own reply as commands, and never mention anyone.
import { STATUS_MARKER } from '../suggest/messages.js';
import { safeInline } from '../suggest/neutralize.js';
import type { Command, CommandOutcome } from './types.js';
import { USAGE } from './read.js';

export const REPLY_MARKER = '<!-- paperlist:command-reply -->';

/** The command as written, in a code span (no backticks inside, bounded length). */
export function shownCommand(c: Command): string {
  const text = c.kind === 'invalid' ? c.text : writtenCommand(c);
  const clipped = text.length > 120 ? `${text.slice(0, 120)}…` : text;
  return `\`${clipped.replace(/`/g, "'")}\``;
}

function writtenCommand(c: Exclude<Command, { kind: 'invalid' }>): string {
  switch (c.kind) {
    case 'accept':
      return `/paperlist accept ${c.target}${c.section ? ` to "${c.section}"` : ''}`;
    case 'decline':
      return `/paperlist decline ${c.target}`;
    case 'section':
      return `/paperlist section ${c.sections.map((s) => `"${s}"`).join('; ')}`;
    case 'reject':
      return `/paperlist reject${c.reason ? ` ${c.reason}` : ''}`;
  }
}

/** The reply for a comment's outcomes; undefined when no command has anything to say. */
export function commandReply(outcomes: readonly CommandOutcome[]): string | undefined {
  const said = outcomes.filter((o) => o.note !== undefined);
  if (said.length === 0) return undefined;
  const lines = said.map((o) => `- ${shownCommand(o.command)} (line ${o.command.line}): ${o.note}`);
  const refused = said.some((o) => o.status === 'refused');
  const usage = refused
    ? ['', `The commands, each on a line of its own: ${USAGE.join(', ')}.`]
    : [];
  return [REPLY_MARKER, ...lines, ...usage].join('\n') + '\n';
}

/** The one reply to someone who may not command: nothing was changed. */
export function notPermittedReply(): string {
  return (
    [
      REPLY_MARKER,
      'Only people with write, maintain or admin permission on this repository can use `/paperlist` commands, so nothing was changed. A maintainer will look at this conversation.',
    ].join('\n') + '\n'
  );
}

/** Text from a comment or the list, for a reply line: no formatting, links or mentions. */
export function quoted(text: string): string {
  return `"${safeInline(text)}"`;
}

/** The list's sections, for a reply that names an unknown one. */
export function sectionList(names: readonly string[]): string {
  return names.map((n) => quoted(n)).join(', ');
}

/** The suggestion's status comment once a maintainer rejected it (`by`: their login, no `@`). */
export function rejectedStatus(by: string, reason: string | undefined): string {
  const why = reason ? ` The reason given: ${safeInline(reason)}` : ' No reason was given.';
  return (
    [
      STATUS_MARKER,
      `A maintainer (${safeInline(by)}) declined this suggestion with \`/paperlist reject\`, so it is closed, with its pull request.${why}`,
    ].join('\n\n') + '\n'
  );
}
