// A comment body -> the commands it holds, in order. A command is a line of its own starting with
// `/paperlist`, outside quotes and code (./lines.ts). When a comment is edited, only the commands
// the edit added run: each command of the new body is matched against one equal command of the
// previous body (same kind and arguments, wherever the line is), and the matched ones are left out.
import { commandLines } from './lines.js';
import { readCommand } from './read.js';
import type { Command } from './types.js';

/** Most commands read from one comment; the lines past it get one `invalid` command. */
export const MAX_COMMANDS = 30;

/** The commands of `body`; with `previousBody` (an edit), only those it did not hold. */
export function parseCommands(body: string, previousBody?: string): Command[] {
  const commands = readAll(body);
  if (previousBody === undefined) return commands;
  const before = new Map<string, number>();
  for (const c of readAll(previousBody))
    before.set(commandKey(c), (before.get(commandKey(c)) ?? 0) + 1);
  return commands.filter((c) => {
    const left = before.get(commandKey(c)) ?? 0;
    if (left === 0) return true;
    before.set(commandKey(c), left - 1);
    return false;
  });
}

function readAll(body: string): Command[] {
  const lines = commandLines(body.replace(/\r\n?/g, '\n'));
  const commands = lines.slice(0, MAX_COMMANDS).map((l) => readCommand(l.text, l.line));
  const extra = lines[MAX_COMMANDS];
  if (extra) {
    commands.push({
      kind: 'invalid',
      text: extra.text,
      line: extra.line,
      why: `A comment holds at most ${MAX_COMMANDS} commands; this line and those after it were not read. Write the rest in another comment.`,
    });
  }
  return commands;
}

/** What makes two commands the same, wherever they stand: kind and arguments, case-folded. */
export function commandKey(c: Command): string {
  switch (c.kind) {
    case 'accept':
      return `accept ${c.target} ${(c.section ?? '').toLowerCase()}`;
    case 'decline':
      return `decline ${c.target}`;
    case 'section':
      return `section ${c.sections.map((s) => s.toLowerCase()).join(';')}`;
    case 'reject':
      return `reject ${c.reason ?? ''}`;
    case 'invalid':
      return `invalid ${c.text}`;
  }
}
