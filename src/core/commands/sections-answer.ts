// `/paperlist section` writes the sections into the suggestion issue's own answer, as a maintainer
// editing the issue would: the issue stays the one source of the suggestion, so the suggestion flow
// builds its pull request from it unchanged, a later edit of the issue keeps the maintainer's
// choice, and running the command again changes nothing. Only the lines of the sections answer
// change; the rest of the body is kept byte for byte.
import { parseIssueBody } from '../form/body.js';
import type { FormTemplate } from '../form/types.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * `body` with its sections answer set to `sections` (written as GitHub writes a multiple choice, or
 * one per `;` for a text field); undefined when the form has no sections field or the result would
 * not read back as `sections` (the caller then says so instead of writing it).
 */
export function withSectionsAnswer(
  body: string,
  form: FormTemplate,
  sections: readonly string[],
): string | undefined {
  const index = form.fields.findIndex((f) => f.id === 'sections');
  const field = form.fields[index];
  if (!field || sections.length === 0) return undefined;
  if (field.type === 'dropdown' && !field.multiple && sections.length > 1) return undefined;
  const value = sections.join(field.multiple ? ', ' : '; ');
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const headings = headingLines(lines, form);
  const at = headings.find((h) => h.field === index);
  const next = headings.find((h) => h.field > index);
  const answer = ['', value, ''];
  const out = at
    ? [...lines.slice(0, at.line + 1), ...answer, ...lines.slice(next?.line ?? lines.length)]
    : next
      ? [...lines.slice(0, next.line), `### ${field.label}`, ...answer, ...lines.slice(next.line)]
      : [...lines, '', `### ${field.label}`, ...answer];
  // A body written with CRLF (an edit in the web UI) keeps them.
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const text = out.join('\n').replace(/\n+$/, '\n').replace(/\n/g, eol);
  const read = parseIssueBody(text, form).fields.sections;
  const back = Array.isArray(read) ? read : (read ?? '').split(';').map((s) => s.trim());
  return back.length === sections.length && back.every((s, i) => s === sections[i])
    ? text
    : undefined;
}

/** The `### <label>` lines of the form's fields, in order, outside code fences. */
function headingLines(lines: string[], form: FormTemplate): Array<{ line: number; field: number }> {
  const labels = form.fields.map((f) => f.label.trim());
  const out: Array<{ line: number; field: number }> = [];
  let fence: string | undefined;
  let next = 0;
  lines.forEach((line, i) => {
    const f = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      const closes = f !== undefined && f[0] === fence[0] && f.length >= fence.length;
      if (closes && line.trim() === f) fence = undefined;
      return;
    }
    if (f !== undefined) {
      fence = f;
      return;
    }
    const heading = /^### (.*)$/.exec(line.trimEnd())?.[1]?.trim();
    const field = heading === undefined ? -1 : labels.indexOf(heading, next);
    if (field !== -1) {
      out.push({ line: i, field });
      next = field + 1;
    }
  });
  return out;
}
