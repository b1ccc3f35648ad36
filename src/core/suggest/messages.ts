// The Markdown the bot writes for a suggestion: its one status comment on the issue, and the body of
// the pull request. Everything that came from the issue is escaped and neutralised first.
import { fieldLabel } from '../form/labels.js';
import type { FormTemplate } from '../form/types.js';
import type { Problem } from '../problem.js';
import { layoutOf } from '../render/layouts/built-in.js';
import { previewEntry } from '../render/layouts/preview.js';
import type { Settings } from '../settings/types.js';
import { listWords } from '../settings/words.js';
import type { Paper } from '../types.js';
import { neutralizeReferences, safeInline } from './neutralize.js';
import type { SourceLine } from '../metadata/suggestion.js';
import type { CheckResult } from './types.js';

/** First line of the status comment: how the bot finds its own comment again to update it. */
export const STATUS_MARKER = '<!-- paperlist:status -->';

export interface PullRequestRef {
  number: number;
  url: string;
}

/** The new row under the table's header, as it will look in the README. */
export function rowPreview(paper: Paper, settings: Settings): string {
  return neutralizeReferences(previewEntry(paper, settings, layoutOf(settings)));
}

const sectionList = (sections: string[]): string => sections.map(safeInline).join(', ');

/** More problems than this are summed up in one line: a comment must stay readable and short. */
const MAX_PROBLEM_LINES = 30;

/** `- **Label**: what is wrong — how to fix it`, labels taken from the form when the field is one. */
function problemLines(problems: Problem[], form: FormTemplate): string[] {
  const lines = problems.slice(0, MAX_PROBLEM_LINES).map((p) => {
    const label = fieldLabel(form, p.field);
    const where = p.line !== undefined ? ` (line ${p.line})` : '';
    const head = label !== undefined ? `**${safeInline(label)}**${where}: ` : '';
    const hint = p.hint !== undefined ? ` — ${safeInline(p.hint)}` : '';
    return linkRefs(`- ${head}${safeInline(p.message)}${hint}`, p.refs);
  });
  return capLines(lines, problems.length);
}

/** Lines for the first problems, and one line saying how many more there are. */
export function capLines(lines: string[], total: number): string[] {
  const shown = lines.slice(0, MAX_PROBLEM_LINES);
  const more = total - shown.length;
  if (more > 0) shown.push(`- … and ${more} more problems, shown once the ones above are fixed`);
  return shown;
}

/** Undoes the neutralising of `#N` for the issues the bot itself names (never for issue text). */
function linkRefs(line: string, refs: number[] | undefined): string {
  let out = line;
  for (const n of refs ?? []) out = out.replace(new RegExp(`#\u2060${n}(?!\\d)`, 'g'), `#${n}`);
  return out;
}

export interface StatusContext {
  /** The form the issue was written with: problems name its field labels. */
  form: FormTemplate;
  settings: Settings;
  /** The suggestion's pull request, once opened or updated. */
  pullRequest?: PullRequestRef;
  /** `### ` headings of the body that are no question of the form (renamed or typed by hand). */
  unknownHeadings?: string[];
}

/** The bot's one comment on a suggestion issue: the pull request and a preview, or every problem. */
export function statusComment(result: CheckResult, ctx: StatusContext): string {
  const parts = [STATUS_MARKER];
  if (result.ok) {
    const pr = ctx.pullRequest;
    parts.push(
      pr !== undefined
        ? `The suggestion passed the checks. Pull request [#${pr.number}](${pr.url}) adds it; once a maintainer merges it, the paper is in the list and this issue closes.`
        : 'The suggestion passed the checks.',
      `The new ${listWords(ctx.settings).entry}, in ${sectionList(result.value.sections)}:`,
      rowPreview(result.value.paper, ctx.settings),
      ...sourceParts(result.value.sources),
      'Editing the issue checks it again and updates the pull request.',
    );
  } else {
    parts.push(
      'The suggestion cannot be added yet. Edit the issue (the "···" menu at its top, then "Edit") to fix the following; it is checked again on every edit.',
      problemLines(result.problems, ctx.form).join('\n'),
    );
  }
  const unknown = ctx.unknownHeadings ?? [];
  if (unknown.length > 0) {
    const headings = ctx.form.fields.map((f) => `### ${safeInline(f.label)}`).join(', ');
    parts.push(
      `${unknown.map((h) => `"### ${safeInline(h)}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a question of the form, so what follows is not read. Keep the headings as the form wrote them: ${headings}.`,
    );
  }
  const warnings = result.warnings ?? [];
  if (warnings.length > 0) {
    parts.push('Worth a look:', problemLines(warnings, ctx.form).join('\n'));
  }
  return parts.join('\n\n') + '\n';
}

/** `- **venue**: ICLR — DBLP`: where each value of a looked-up paper came from. */
function sourceParts(sources: SourceLine[] | undefined): string[] {
  if (sources === undefined || sources.length === 0) return [];
  const lines = sources.map((s) => {
    // The record's address is a service's (a cleaned http(s) URL), linked only through the service name.
    const from =
      s.url !== undefined
        ? `[${safeInline(s.source)}](<${s.url.replace(/[<>]/g, encodeURIComponent)}>)`
        : safeInline(s.source);
    return `- **${s.field}**: ${safeInline(s.value)} — ${from}`;
  });
  return ['Where the values come from (typed answers always win):', lines.join('\n')];
}

export interface PullRequestContext {
  issue: number;
  issueUrl: string;
  paper: Paper;
  sections: string[];
  settings: Settings;
  warnings?: Problem[];
  form: FormTemplate;
  /** The contributor's notes for the maintainers, as written in the form. */
  notes?: string;
}

/** The body of the suggestion's pull request. `Closes #N` merges close the issue. */
export function pullRequestBody(ctx: PullRequestContext): string {
  const parts = [
    `Adds a paper suggested in [issue #${ctx.issue}](${ctx.issueUrl}), to ${sectionList(ctx.sections)}:`,
    rowPreview(ctx.paper, ctx.settings),
  ];
  if (ctx.notes !== undefined && ctx.notes !== '') {
    const quoted = ctx.notes
      .split('\n')
      .map((l) => `> ${safeInline(l)}`.trimEnd())
      .join('\n');
    parts.push('Notes from the contributor:', quoted);
  }
  if (ctx.warnings !== undefined && ctx.warnings.length > 0) {
    parts.push('Worth a look before merging:', problemLines(ctx.warnings, ctx.form).join('\n'));
  }
  parts.push(`Closes #${ctx.issue}`);
  return parts.join('\n\n') + '\n';
}
