// Which issues are suggestions, and their answers read with the repository's form when needed.
import { readRepoFile } from '../../adapters/github/files.js';
import { parseIssueBody, type ParsedBody } from '../../core/form/body.js';
import { BUILTIN_FORM } from '../../core/form/builtin.js';
import { DEFAULT_SUGGESTION_LABEL, REQUIRED_FORM_IDS } from '../../core/form/fields.js';
import type { FlowContext } from '../context.js';
import type { ListAtCommit } from '../list-at-commit.js';
import { FORM_PATH, readAnswers, type ReadForm } from '../../core/form/answers.js';
import type { IssuePayload } from './payload.js';

export { FORM_PATH };
export type { ReadForm };

export function readSuggestionForm(
  ctx: FlowContext,
  list: ListAtCommit,
  body: string,
): Promise<ReadForm> {
  return readAnswers(
    body,
    list.list,
    list.settings,
    async () => (await readRepoFile(ctx.gh, ctx.repo, FORM_PATH, list.head.sha))?.text,
    ctx.log,
  );
}

/** Whether an issue is a suggestion: it carries the label, or its body answers the form. */
export function isSuggestion(labels: string[], label: string, parsed: ParsedBody): boolean {
  if (labels.includes(label)) return true;
  return REQUIRED_FORM_IDS.every((id) => parsed.fields[id] !== undefined);
}

/**
 * Whether an issue could be a suggestion at all, from the payload alone: one without any label and
 * without a single `### ` heading is neither labelled nor a form submission, so it costs no API call.
 */
export function mayBeSuggestion(issue: IssuePayload['issue']): boolean {
  return issue.labels.length > 0 || /^### /m.test(issue.body ?? '');
}

/**
 * Whether an issue is a suggestion by paperlist's defaults alone: for when the list's own files
 * (settings included) cannot be read, so that only suggestions hear about it, not every issue.
 */
export function looksLikeSuggestion(issue: IssuePayload['issue']): boolean {
  const parsed = parseIssueBody(issue.body ?? '', BUILTIN_FORM([]));
  return isSuggestion(
    issue.labels.map((l) => l.name),
    DEFAULT_SUGGESTION_LABEL,
    parsed,
  );
}
