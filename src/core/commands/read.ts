// One command line (`/paperlist accept 2401.01234 to "Exit Policy"`) read into a typed command, or
// into an `invalid` one whose `why` tells the commenter what is wrong and how to write it.
import { recognizeLink } from '../metadata/link.js';
import type { Command, CommandTarget } from './types.js';

export const USAGE = [
  '`/paperlist accept <number in the digest, or arXiv id> [to <section>]`',
  '`/paperlist decline <number in the digest, or arXiv id>`',
  '`/paperlist section <section>` (several separated by `;`)',
  '`/paperlist reject [reason]`',
];

/** Most characters of a command line that are read; a longer line is not a command. */
export const MAX_LINE = 1000;

/** The command on `text` (a line starting with `/paperlist`, trimmed) at `line`. */
export function readCommand(text: string, line: number): Command {
  const invalid = (why: string): Command => ({ kind: 'invalid', text, line, why });
  if (text.length > MAX_LINE) return invalid(`The line is longer than ${MAX_LINE} characters.`);
  const rest = text.slice('/paperlist'.length).trim();
  const verb = /^\S*/.exec(rest)![0];
  const args = rest.slice(verb.length).trim();
  switch (verb.toLowerCase()) {
    case 'accept':
      return readAccept(args, line, invalid);
    case 'decline': {
      const paper = readTarget(args);
      if (!paper) return invalid(targetWhy('decline', args) + ` Write ${USAGE[1]}.`);
      return { kind: 'decline', target: targetString(paper), paper, line };
    }
    case 'section': {
      const sections = splitSections(args);
      if (sections.length === 0) return invalid(`No section is named. Write ${USAGE[2]}.`);
      return { kind: 'section', sections, line };
    }
    case 'reject':
      return args === '' ? { kind: 'reject', line } : { kind: 'reject', reason: args, line };
    default:
      return invalid(
        (verb === '' ? 'No command follows `/paperlist`.' : `\`${clip(verb)}\` is not a command.`) +
          ` The commands are ${USAGE.join(', ')}.`,
      );
  }
}

function readAccept(args: string, line: number, invalid: (why: string) => Command): Command {
  const m = /^(\S*)(?:\s+(\S+)(?:\s+(.*))?)?$/s.exec(args)!;
  const paper = readTarget(m[1]!);
  if (!paper) return invalid(targetWhy('accept', m[1]!) + ` Write ${USAGE[0]}.`);
  const target = targetString(paper);
  if (m[2] === undefined) return { kind: 'accept', target, paper, line };
  const section = m[3] === undefined ? '' : unquote(m[3]);
  if (m[2].toLowerCase() !== 'to' || section === '') {
    return invalid(`After the paper, write \`to <section>\` or nothing. Write ${USAGE[0]}.`);
  }
  return { kind: 'accept', target, paper, section, line };
}

/** `3` (or `#3`): the 3rd candidate of the digest; an arXiv id, `arXiv:` id or arXiv link. */
export function readTarget(text: string): CommandTarget | undefined {
  const n = /^#?(\d{1,6})$/.exec(text);
  if (n) return Number(n[1]) > 0 ? { kind: 'index', index: Number(n[1]) } : undefined;
  if (text === '' || /\s/.test(text)) return undefined;
  const link = recognizeLink(text);
  if (link.kind === 'arxiv') return { kind: 'arxiv', id: link.id };
  if (link.kind === 'doi' && link.arxiv !== undefined) return { kind: 'arxiv', id: link.arxiv };
  return undefined;
}

function targetString(t: CommandTarget): string {
  return t.kind === 'index' ? String(t.index) : t.id;
}

function targetWhy(verb: string, given: string): string {
  return given === ''
    ? `\`${verb}\` needs the paper: its number in the digest or its arXiv id.`
    : `\`${clip(given)}\` is neither a number in the digest nor an arXiv id.`;
}

/** Sections separated by `;` (not inside double quotes), each without its quotes. */
export function splitSections(text: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let cur = '';
  for (const ch of text) {
    if (QUOTES.includes(ch)) quoted = !quoted;
    if (ch === ';' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map(unquote).filter((s) => s !== '');
}

const QUOTES = '"\u201c\u201d';

/** A name without surrounding double quotes (straight or typographic, as phones write them). */
export function unquote(text: string): string {
  const t = text.trim();
  const m = /^["\u201c\u201d](.*)["\u201c\u201d]$/s.exec(t);
  return (m ? m[1]! : t).trim();
}

function clip(text: string): string {
  const t = text.replace(/`/g, "'");
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}
