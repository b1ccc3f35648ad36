// The Markdown the bot writes for a suggestion: its one status comment on the issue, and the body of
// the pull request. Everything that came from the issue is escaped and neutralised first.
import type { FormTemplate } from '../form/types.js';
import type { Problem } from '../problem.js';
import { escapeCell } from '../render/escape.js';
import { renderRow } from '../render/table.js';
import type { Settings } from '../settings/types.js';
import type { Paper } from '../types.js';
import { neutralizeReferences, safeInline } from './neutralize.js';
import type { CheckResult } from './types.js';

/** First line of the status comment: how the bot finds its own comment again to update it. */
export const STATUS_MARKER = '<!-- paperlist:status -->';

export interface PullRequestRef {
  number: number;
  url: string;
}

/** The new row under the table's header, as it will look in the README. */
export function rowPreview(paper: Paper, settings: Settings): string {
  const header = settings.columns.map((c) => `| ${escapeCell(c.header)} `).join('') + '|';
  const rule = settings.columns.map(() => '|----').join('') + '|';
  return [header, rule, neutralizeReferences(renderRow(paper, settings))].join('\n');
}

const sectionList = (sections: string[]): string => sections.map(safeInline).join(', ');

/** More problems than this are summed up in one line: a comment must stay readable and short. */
const MAX_PROBLEM_LINES = 30;

/** `- **Label**: what is wrong — how to fix it`, labels taken from the form when the field is one. */
function problemLines(problems: Problem[], form: FormTemplate): string[] {
  const lines = problems.slice(0, MAX_PROBLEM_LINES).map((p) => {
    const label = form.fields.find((f) => f.id === p.field)?.label ?? p.field;
    const where = p.line !== undefined ? ` (line ${p.line})` : '';
    const head = label !== undefined ? `**${safeInline(label)}**${where}: ` : '';
    const hint = p.hint !== undefined ? ` — ${safeInline(p.hint)}` : '';
    return `- ${head}${safeInline(p.message)}${hint}`;
  });
  const more = problems.length - lines.length;
  if (more > 0) lines.push(`- … and ${more} more of the same kinds`);
  return lines;
}

export interface StatusContext {
  /** The form the issue was written with: problems name its field labels. */
  form: FormTemplate;
  settings: Settings;
  /** The suggestion's pull request, once opened or updated. */
  pullRequest?: PullRequestRef;
}

/** The bot's one comment on a suggestion issue: the pull request and a preview, or every problem. */
export function statusComment(result: CheckResult, ctx: StatusContext): string {
  const parts = [STATUS_MARKER];
  if (result.ok) {
    const pr = ctx.pullRequest;
    parts.push(
      pr !== undefined
        ? `The suggestion passed the checks. Pull request [#${pr.number}](${pr.url}) adds it to the list.`
        : 'The suggestion passed the checks.',
      `The new row, in ${sectionList(result.sections)}:`,
      rowPreview(result.paper, ctx.settings),
      'Editing the issue checks it again and updates the pull request.',
    );
  } else {
    parts.push(
      'The suggestion cannot be added yet. Edit the issue to fix the following; it is checked again on every edit.',
      problemLines(result.problems, ctx.form).join('\n'),
    );
    // Issue text is neutralised above, so the other suggestion is linked here, from its number alone.
    const other = result.duplicate?.issue;
    if (other !== undefined) parts.push(`The open suggestion of the same paper: #${other}.`);
  }
  if (result.warnings.length > 0) {
    parts.push('Worth a look:', problemLines(result.warnings, ctx.form).join('\n'));
  }
  return parts.join('\n\n') + '\n';
}

export interface PullRequestContext {
  issue: number;
  issueUrl: string;
  paper: Paper;
  sections: string[];
  settings: Settings;
  warnings?: Problem[];
  form: FormTemplate;
}

/** The body of the suggestion's pull request. `Closes #N` merges close the issue. */
export function pullRequestBody(ctx: PullRequestContext): string {
  const parts = [
    `Adds a paper suggested in [issue #${ctx.issue}](${ctx.issueUrl}), to ${sectionList(ctx.sections)}:`,
    rowPreview(ctx.paper, ctx.settings),
  ];
  if (ctx.warnings !== undefined && ctx.warnings.length > 0) {
    parts.push(
      'Checks to look at before merging:',
      problemLines(ctx.warnings, ctx.form).join('\n'),
    );
  }
  parts.push(`Closes #${ctx.issue}`);
  return parts.join('\n\n') + '\n';
}
