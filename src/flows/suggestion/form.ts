// Reading a suggestion's answers: with paperlist's own form first (no API call), and with the
// repository's form only when the body has headings the built-in form does not know.
import { readRepoFile } from '../../adapters/github/files.js';
import { parseIssueBody, type ParsedBody } from '../../core/form/body.js';
import { BUILTIN_FORM } from '../../core/form/builtin.js';
import { parseFormTemplate } from '../../core/form/template.js';
import type { FormTemplate } from '../../core/form/types.js';
import type { FlowContext } from '../context.js';
import type { ListAt } from '../list-at.js';

export const FORM_PATH = '.github/ISSUE_TEMPLATE/suggest-paper.yml';

export interface ReadForm {
  form: FormTemplate;
  parsed: ParsedBody;
}

export async function readSuggestionForm(
  ctx: FlowContext,
  list: ListAt,
  body: string,
): Promise<ReadForm> {
  const builtin = BUILTIN_FORM(
    list.list.sections.map((s) => s.name),
    { label: list.settings.labels.suggestion },
  );
  const parsed = parseIssueBody(body, builtin);
  if (parsed.unknownHeadings.length === 0) return { form: builtin, parsed };
  const file = await readRepoFile(ctx.gh, ctx.repo, FORM_PATH, list.head.sha);
  if (!file) return { form: builtin, parsed };
  const template = parseFormTemplate(file.text, FORM_PATH);
  if (!template.ok) {
    ctx.log(`${FORM_PATH} could not be read; using the built-in form`);
    return { form: builtin, parsed };
  }
  return { form: template.value, parsed: parseIssueBody(body, template.value) };
}

/** Whether an issue is a suggestion: it carries the label, or its body answers the form. */
export function isSuggestion(labels: string[], label: string, parsed: ParsedBody): boolean {
  if (labels.includes(label)) return true;
  return ['title', 'year', 'sections'].every((id) => parsed.fields[id] !== undefined);
}
