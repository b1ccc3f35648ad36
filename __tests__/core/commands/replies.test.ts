// The bot's replies to commands: one per comment, each command that has something to say on its
// line, the usage when one was refused, nobody mentioned, and a marker so the bot skips its own.
import { describe, expect, it } from 'vitest';
import { parseCommands } from '../../../src/core/commands/parse.js';
import {
  commandReply,
  notPermittedReply,
  REPLY_MARKER,
  rejectedStatus,
} from '../../../src/core/commands/replies.js';

const [section, accept] = parseCommands(
  '/paperlist section "Exit `Policy`"\n/paperlist accept 3 to X',
);

describe('the reply to a comment', () => {
  it('is nothing when no command has anything to say', () => {
    expect(commandReply([{ command: section!, status: 'done' }])).toBeUndefined();
  });

  it('names each command that has a note, with its line, and the usage after a refusal', () => {
    const reply = commandReply([
      { command: section!, status: 'refused', note: 'why one.' },
      { command: accept!, status: 'done' },
    ])!;
    expect(reply.startsWith(`${REPLY_MARKER}\n`)).toBe(true);
    expect(reply).toContain(`- \`/paperlist section "Exit 'Policy'"\` (line 1): why one.`);
    expect(reply).not.toContain('line 2');
    expect(reply).toContain('The commands, each on a line of its own:');
  });

  it('has no usage when nothing was refused', () => {
    const reply = commandReply([{ command: accept!, status: 'done', note: 'opened #4.' }])!;
    expect(reply).toContain('- `/paperlist accept 3 to "X"` (line 2): opened #4.');
    expect(reply).not.toContain('The commands');
  });

  it('the refusal for someone who may not command carries the marker', () => {
    expect(notPermittedReply()).toContain(REPLY_MARKER);
  });
});

describe('the status comment of a rejected suggestion', () => {
  it('names the maintainer without mentioning them, and shows the reason inert', () => {
    const text = rejectedStatus('mona', 'see @octocat in #12, <b>off-topic</b>');
    expect(text).toContain('<!-- paperlist:status -->');
    expect(text).toContain('A maintainer (mona)');
    expect(text).not.toMatch(/@octocat|#12|<b>/);
  });
});
