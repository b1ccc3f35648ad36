import { describe, expect, it } from 'vitest';
import { MAX_COMMANDS, parseCommands } from '../../../src/core/commands/parse.js';
import { readTarget, splitSections } from '../../../src/core/commands/read.js';
import type { Command } from '../../../src/core/commands/types.js';

const kinds = (cs: Command[]) => cs.map((c) => c.kind);

describe('reading each command', () => {
  it('reads accept with a digest number, an arXiv id, or either with a section', () => {
    expect(parseCommands('/paperlist accept 3')).toEqual([
      { kind: 'accept', target: '3', paper: { kind: 'index', index: 3 }, line: 1 },
    ]);
    expect(parseCommands('/paperlist accept 2401.01234v2 to "Exit Policy"')).toEqual([
      {
        kind: 'accept',
        target: '2401.01234',
        paper: { kind: 'arxiv', id: '2401.01234' },
        section: 'Exit Policy',
        line: 1,
      },
    ]);
    expect(parseCommands('/paperlist accept arXiv:2401.01234 TO Exit Policy ')[0]).toMatchObject({
      target: '2401.01234',
      section: 'Exit Policy',
    });
    expect(parseCommands('/paperlist accept #12 to “Exit Policy”')[0]).toMatchObject({
      target: '12',
      section: 'Exit Policy',
    });
  });

  it('reads decline with a number or an arXiv link', () => {
    expect(parseCommands('/paperlist decline 7')[0]).toMatchObject({
      kind: 'decline',
      target: '7',
    });
    expect(parseCommands('/paperlist decline https://arxiv.org/abs/2401.01234v1')[0]).toEqual({
      kind: 'decline',
      target: '2401.01234',
      paper: { kind: 'arxiv', id: '2401.01234' },
      line: 1,
    });
    expect(parseCommands('/paperlist decline cs/0501001')[0]).toMatchObject({
      target: 'cs/0501001',
    });
  });

  it('reads section with one or several sections, quoted or not', () => {
    expect(parseCommands('/paperlist section Exit Policy')).toEqual([
      { kind: 'section', sections: ['Exit Policy'], line: 1 },
    ]);
    expect(parseCommands('/paperlist section "Exit Policy"; Early Exit ;"A; B"')[0]).toEqual({
      kind: 'section',
      sections: ['Exit Policy', 'Early Exit', 'A; B'],
      line: 1,
    });
  });

  it('reads reject with or without a reason', () => {
    expect(parseCommands('/paperlist reject')).toEqual([{ kind: 'reject', line: 1 }]);
    expect(parseCommands('/paperlist reject  out of scope: not about early exits ')).toEqual([
      { kind: 'reject', reason: 'out of scope: not about early exits', line: 1 },
    ]);
  });

  it('ignores the case of the prefix and the verb', () => {
    expect(kinds(parseCommands('/PaperList Reject\n\n/paperlist SECTION x'))).toEqual([
      'reject',
      'section',
    ]);
  });

  it('says why a command line is not a command, and how to write it', () => {
    const cases: Array<[string, RegExp]> = [
      ['/paperlist', /No command follows/],
      ['/paperlist merge 3', /`merge` is not a command.*\/paperlist accept/],
      ['/paperlist accept', /needs the paper/],
      ['/paperlist accept the third one', /`the` is neither/],
      ['/paperlist accept 3 into X', /`to <section>`/],
      ['/paperlist accept 3 to', /`to <section>`/],
      ['/paperlist accept 3 to ""', /`to <section>`/],
      ['/paperlist accept 0', /neither a number/],
      ['/paperlist decline 10.1000/xyz', /neither a number/],
      ['/paperlist decline 3 4', /neither a number/],
      ['/paperlist section', /No section is named/],
      ['/paperlist section ; ""', /No section is named/],
    ];
    for (const [text, why] of cases) {
      const [c] = parseCommands(text);
      expect(c, text).toMatchObject({ kind: 'invalid', text, line: 1 });
      expect(c?.kind === 'invalid' && c.why, text).toMatch(why);
    }
  });

  it('does not take a longer word for the prefix', () => {
    expect(parseCommands('/paperlists accept 3')).toEqual([]);
    expect(parseCommands('/paperlist-accept 3')).toEqual([]);
  });
});

describe('which lines count', () => {
  it('reads several commands, each on a line of its own, with their line numbers', () => {
    const body = 'Thanks!\n/paperlist accept 1\n\n/paperlist decline 2\nand more text\n';
    expect(parseCommands(body).map((c) => [c.kind, c.line])).toEqual([
      ['accept', 2],
      ['decline', 4],
    ]);
  });

  it('reads comments written with CRLF line breaks', () => {
    expect(parseCommands('Hi\r\n/paperlist reject spam\r\n\r\n/paperlist accept 2\r\n')).toEqual([
      { kind: 'reject', reason: 'spam', line: 2 },
      { kind: 'accept', target: '2', paper: { kind: 'index', index: 2 }, line: 4 },
    ]);
  });

  it('does not count a command in the middle of a line', () => {
    expect(parseCommands('please /paperlist accept 3')).toEqual([]);
    expect(parseCommands('**/paperlist accept 3**')).toEqual([]);
  });

  it('does not count quoted commands, however deep', () => {
    expect(parseCommands('> /paperlist reject')).toEqual([]);
    expect(parseCommands('> > /paperlist reject\n> more')).toEqual([]);
    expect(parseCommands('> someone said\n/paperlist reject')).toEqual([]); // lazy continuation
    expect(kinds(parseCommands('> /paperlist reject\n\n/paperlist accept 1'))).toEqual(['accept']);
  });

  it('does not count commands in code', () => {
    expect(parseCommands('```\n/paperlist reject\n```')).toEqual([]);
    expect(parseCommands('~~~md\n/paperlist reject\n~~~\n')).toEqual([]);
    expect(parseCommands('    /paperlist reject')).toEqual([]);
    expect(parseCommands('```\nunclosed fence\n/paperlist reject')).toEqual([]);
    expect(parseCommands('text `code\n/paperlist reject` more')).toEqual([]);
    expect(parseCommands('<!--\n/paperlist reject\n-->')).toEqual([]);
    expect(parseCommands('text <span title="a\n/paperlist reject">x</span>')).toEqual([]);
  });

  it('does not count commands in lists or tables', () => {
    expect(parseCommands('- /paperlist reject')).toEqual([]);
    expect(parseCommands('1. x\n   /paperlist reject')).toEqual([]);
    expect(parseCommands('| a |\n| - |\n| /paperlist reject |')).toEqual([]);
  });

  it('counts a command indented by up to three spaces, or after a hard break', () => {
    expect(kinds(parseCommands('   /paperlist reject'))).toEqual(['reject']);
    expect(kinds(parseCommands('Thanks  \n/paperlist reject'))).toEqual(['reject']);
  });

  it('reads at most a bounded number of commands, and says so', () => {
    const body = Array.from({ length: MAX_COMMANDS + 5 }, (_, i) => `/paperlist decline ${i + 1}`);
    const cs = parseCommands(body.join('\n'));
    expect(cs).toHaveLength(MAX_COMMANDS + 1);
    expect(cs[MAX_COMMANDS]).toMatchObject({ kind: 'invalid', line: MAX_COMMANDS + 1 });
  });
});

describe('an edited comment', () => {
  it('runs only the commands the edit added', () => {
    const before = '/paperlist accept 1\n\nthanks';
    const after = 'thanks\n\n/paperlist accept 1\n/paperlist decline 2';
    expect(parseCommands(after, before)).toEqual([
      { kind: 'decline', target: '2', paper: { kind: 'index', index: 2 }, line: 4 },
    ]);
  });

  it('runs nothing when only the text around the commands changed', () => {
    expect(parseCommands('Hello!\n/paperlist reject dup', '/paperlist reject dup')).toEqual([]);
  });

  it('takes the same paper written another way as the same command', () => {
    expect(
      parseCommands('/paperlist decline arXiv:2401.01234v3', '/paperlist decline 2401.01234'),
    ).toEqual([]);
    expect(
      parseCommands('/paperlist section "exit policy"', '/paperlist section Exit Policy'),
    ).toEqual([]);
  });

  it('runs a command that was quoted or in code before the edit', () => {
    expect(kinds(parseCommands('/paperlist reject', '> /paperlist reject'))).toEqual(['reject']);
    expect(kinds(parseCommands('/paperlist reject', '`/paperlist reject`'))).toEqual(['reject']);
  });

  it('runs a command written once more than before', () => {
    expect(
      parseCommands('/paperlist decline 2\n/paperlist decline 2', '/paperlist decline 2'),
    ).toEqual([{ kind: 'decline', target: '2', paper: { kind: 'index', index: 2 }, line: 2 }]);
  });

  it('runs a changed command: a new reason is a new reject', () => {
    expect(parseCommands('/paperlist reject spam', '/paperlist reject')).toEqual([
      { kind: 'reject', reason: 'spam', line: 1 },
    ]);
  });
});

describe('targets and sections', () => {
  it('reads numbers and arXiv ids, nothing else', () => {
    expect(readTarget('42')).toEqual({ kind: 'index', index: 42 });
    expect(readTarget('https://doi.org/10.48550/arXiv.2401.01234')).toEqual({
      kind: 'arxiv',
      id: '2401.01234',
    });
    expect(readTarget('1234567')).toBeUndefined();
    expect(readTarget('https://example.org/paper')).toBeUndefined();
    expect(readTarget('')).toBeUndefined();
  });

  it('splits sections on semicolons outside quotes and drops empty ones', () => {
    expect(splitSections('A;;B; "C;D" ;')).toEqual(['A', 'B', 'C;D']);
  });
});

describe('comments no person writes', () => {
  it('are not read past the Markdown bounds, and quickly', () => {
    const started = performance.now();
    expect(parseCommands('/paperlist reject\n' + '>'.repeat(65000))).toEqual([]);
    expect(parseCommands('/paperlist reject\n\n' + '*a _b '.repeat(10000))).toEqual([]);
    const nested = Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
    expect(parseCommands(`/paperlist reject\n\n${nested}`)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(10_000); // a blow-up takes minutes; a busy machine takes a second
  });
});
