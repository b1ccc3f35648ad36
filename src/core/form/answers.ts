// Reading a suggestion's answers the same way in the bot and in the CLI: with paperlist's own form
// first, and with the repository's form only when the body has headings the built-in form does not
// know (a maintainer renamed a label). The repository's form is loaded lazily by the caller's loader
// (the bot reads it through the API, the CLI from disk; this module reads no file), so the usual case
// costs nothing.
import { parseIssueBody, type ParsedBody } from './body.js';
import { BUILTIN_FORM } from './builtin.js';
import { parseFormTemplate } from './template.js';
import type { FormTemplate } from './types.js';
import type { Settings } from '../settings/types.js';
import type { PaperList } from '../types.js';

/** Where a list keeps its issue form, relative to the repository root. */
export const FORM_PATH = '.github/ISSUE_TEMPLATE/suggest-paper.yml';

export interface ReadForm {
  /** The form the answers were read with: problems name its labels. */
  form: FormTemplate;
  parsed: ParsedBody;
}

export async function readAnswers(
  body: string,
  list: PaperList,
  settings: Settings,
  loadTemplate: () => Promise<string | undefined>,
  log: (message: string) => void,
): Promise<ReadForm> {
  const builtin = BUILTIN_FORM(
    list.sections.map((s) => s.name),
    { label: settings.labels.suggestion },
  );
  const parsed = parseIssueBody(body, builtin);
  if (parsed.unknownHeadings.length === 0) return { form: builtin, parsed };
  const text = await loadTemplate();
  if (text === undefined) return { form: builtin, parsed };
  const template = parseFormTemplate(text, FORM_PATH);
  if (!template.ok) {
    log(`${FORM_PATH} could not be read; the built-in form is used instead`);
    return { form: builtin, parsed };
  }
  return { form: template.value, parsed: parseIssueBody(body, template.value) };
}
