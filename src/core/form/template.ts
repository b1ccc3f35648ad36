// The issue form file (`.github/ISSUE_TEMPLATE/suggest-paper.yml`): writing paperlist's own form, and
// reading whichever form a list repository actually has.
import { parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { Problem } from '../problem.js';
import type { Result } from '../result.js';
import { FIELD_SPECS, REQUIRED_FORM_IDS, type FieldSpec } from './fields.js';
import type { FormField, FormTemplate } from './types.js';

/** Double-quoted YAML scalar; JSON's escapes are all valid YAML, so any text survives. */
const q = (s: string): string => JSON.stringify(s);

function fieldLines(spec: FieldSpec, sections: string[]): string[] {
  const lines = [`  - type: ${spec.type}`, `    id: ${spec.id}`, '    attributes:'];
  lines.push(`      label: ${q(spec.label)}`, `      description: ${q(spec.description)}`);
  if (spec.placeholder !== undefined) lines.push(`      placeholder: ${q(spec.placeholder)}`);
  if (spec.type === 'dropdown') {
    lines.push(`      multiple: ${spec.multiple === true}`, '      options:');
    for (const s of sections) lines.push(`        - ${q(s)}`);
  }
  lines.push('    validations:', `      required: ${spec.required}`);
  return lines;
}

/** The YAML of paperlist's "suggest a paper" issue form, offering `sections` in the given order. */
export function buildFormTemplate(sections: string[], opts: { label: string }): string {
  const lines = [
    '# The "suggest a paper" form. paperlist reads the answers by field id: reword labels and',
    '# descriptions freely, but keep the ids. The bot keeps the options of "sections" in step with',
    '# the sections of the data file.',
    `name: ${q('Suggest a paper')}`,
    `description: ${q('Propose a paper for the list. A bot checks it and opens a pull request.')}`,
    `title: ${q('[Paper]: ')}`,
    'labels:',
    `  - ${q(opts.label)}`,
    'body:',
    '  - type: markdown',
    '    attributes:',
    `      value: ${q('Fill in what you know. A bot checks the answers and replies here, either with a pull request that adds the paper or with what needs fixing. Edit the issue to fix an answer; the bot checks it again.')}`,
  ];
  for (const spec of FIELD_SPECS) lines.push(...fieldLines(spec, sections));
  return lines.join('\n') + '\n';
}

function at(file: string, text: string, offset: number | undefined): Omit<Problem, 'message'> {
  if (offset === undefined) return { file };
  const before = text.slice(0, offset);
  return { file, line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

function problemAt(file: string, text: string, node: Node | null | undefined, p: Problem): Problem {
  return { ...at(file, text, node?.range?.[0]), ...p };
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : undefined;

/** Options of a dropdown are strings; checkbox options are `{label}` mappings. */
function optionList(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((o: unknown) => {
    const label =
      typeof o === 'object' && o !== null ? str((o as { label?: unknown }).label) : str(o);
    return label === undefined ? [] : [label];
  });
}

/** Reads an issue form. Fields without an id (markdown blocks) are skipped. */
export function parseFormTemplate(text: string, file: string): Result<FormTemplate> {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        ...at(file, text, e.pos[0]),
        message: `the issue form is not valid YAML: ${e.message}`,
        hint: 'fix the YAML syntax at this place',
      })),
    };
  }
  const root: unknown = doc.toJS();
  const bodyNode = isMap(doc.contents) ? doc.contents.get('body', true) : undefined;
  if (typeof root !== 'object' || root === null || !isSeq(bodyNode)) {
    return {
      ok: false,
      problems: [
        problemAt(file, text, doc.contents, {
          field: 'body',
          message: 'the issue form has no `body` list of fields',
          hint: 'an issue form needs a top-level `body:` sequence of fields',
        }),
      ],
    };
  }
  const problems: Problem[] = [];
  const rawLabels = (root as { labels?: unknown }).labels;
  const labels = Array.isArray(rawLabels)
    ? rawLabels.flatMap((l) => str(l) ?? [])
    : typeof rawLabels === 'string'
      ? rawLabels
          .split(',')
          .map((l) => l.trim())
          .filter((l) => l !== '')
      : [];
  const fields: FormField[] = [];
  bodyNode.items.forEach((itemNode, i) => {
    const item = (root as { body: unknown[] }).body[i] as Record<string, unknown> | null;
    if (typeof item !== 'object' || item === null) return;
    const id = str(item.id);
    if (id === undefined) return;
    const attributes = (item.attributes ?? {}) as Record<string, unknown>;
    const validations = (item.validations ?? {}) as Record<string, unknown>;
    const label = str(attributes.label);
    if (label === undefined || label.trim() === '') {
      problems.push(
        problemAt(file, text, isMap(itemNode) || isScalar(itemNode) ? itemNode : undefined, {
          field: `body[${i}]`,
          message: `the field "${id}" has no label`,
          hint: 'give it `attributes.label`: GitHub writes the label above the answer, and paperlist finds answers by it',
        }),
      );
      return;
    }
    fields.push({
      id,
      label: label.trim(),
      type: str(item.type) ?? 'input',
      multiple: attributes.multiple === true,
      required: validations.required === true,
      options: optionList(attributes.options),
    });
  });
  for (const id of REQUIRED_FORM_IDS) {
    if (!fields.some((f) => f.id === id)) {
      problems.push({
        file,
        field: id,
        message: `the issue form has no field with id "${id}"`,
        hint: `add the field back or restore its \`id: ${id}\`; labels can change, ids cannot`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { labels, fields } };
}
