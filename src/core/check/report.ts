// The text of a pull request check: the PR comment (found again by its first line and edited in
// place) and the step summary. Titles and messages come from the pull request's files, so they are
// shown as safe inline text, with @mentions and #refs neutralised.
import { describeHandEdits } from '../adopt/describe.js';
import { formatProblem } from '../problem.js';
import { neutralizeReferences, safeInline } from '../suggest/neutralize.js';
import type { PullVerdict } from './verdict.js';

/** First line of the check comment: how the bot finds its own comment on the pull request again. */
export const CHECK_MARKER = '<!-- paperlist:check -->';

/** More problems than this are summed up in one line, so the comment stays short. */
const MAX_LINES = 50;

export function checkReport(verdict: PullVerdict, dataFile: string, headSha: string): string {
  const out = [
    CHECK_MARKER,
    verdict.passed
      ? `### paperlist: check passed`
      : `### paperlist: check failed (${count(verdict.problems.length, 'problem')})`,
    '',
    `Checked the files at ${headSha.slice(0, 7)} (read as data; nothing of the pull request was run).`,
  ];
  if (verdict.problems.length > 0) {
    out.push(
      '',
      '**Problems**',
      '',
      ...capped(verdict.problems.map((p) => `- ${safeInline(formatProblem(p))}`)),
    );
  }
  if (verdict.rows.length > 0) {
    const shown = verdict.words.entry === 'row' ? 'Rows' : 'Entries';
    out.push('', `**${shown} as they will look**`, '');
    const header = verdict.rows[0]?.header ?? '';
    const rule =
      header
        .split('|')
        .slice(1, -1)
        .map(() => '|----')
        .join('') + '|';
    for (const section of new Set(verdict.rows.map((r) => r.section))) {
      // An entry of a list with its own layout stands alone, as the list writes it.
      out.push(`${safeInline(section)}:`, '', ...(header === '' ? [] : [header, rule]));
      for (const r of verdict.rows.filter((x) => x.section === section)) {
        out.push(neutralizeReferences(r.row), ...(header === '' ? [''] : []));
      }
      out.push('');
    }
  }
  const edits = verdict.handEdits
    ? describeHandEdits(verdict.handEdits, dataFile, verdict.words)
    : [];
  if (edits.length > 0) {
    out.push(
      '',
      `**Hand edits of the README ${verdict.words.zone}, and what the refresh after the merge does with them**`,
      '',
    );
    out.push(...capped(edits.map((l) => `- ${safeInline(l)}`)));
  }
  if (verdict.notes.length > 0) {
    out.push('', '**Notes**', '', ...capped(verdict.notes.map((n) => `- ${safeInline(n)}`)));
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

/** The commit status description: at most 140 characters, as GitHub allows. */
export function statusDescription(verdict: PullVerdict): string {
  const text = verdict.passed
    ? `check passed${verdict.rows.length ? `: ${count(verdict.rows.length, 'paper')} added or changed` : ''}`
    : `check failed: ${count(verdict.problems.length, 'problem')}`;
  return text.slice(0, 140);
}

function capped(lines: string[]): string[] {
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES), `- … and ${lines.length - MAX_LINES} more`];
}

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
