// The issue form file (`.github/ISSUE_TEMPLATE/suggest-paper.yml`): writing paperlist's own form, and
// reading whichever form a list repository actually has.
import { parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { Problem } from '../problem.js';
import { failure, success, type Result } from '../result.js';
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

/** Fields every form has: what a suggestion needs (title, year, sections, a link) and the notes. */
const ALWAYS_ASKED = new Set(['link', 'title', 'year', 'sections', 'page', 'notes']);

function moreLines(field: ShownField): string[] {
  const lines = [`  - type: input`, `    id: ${q(field.id)}`, '    attributes:'];
  lines.push(`      label: ${q(field.label)}`, `      description: ${q(field.description)}`);
  if (field.placeholder !== undefined) lines.push(`      placeholder: ${q(field.placeholder)}`);
  lines.push('    validations:', `      required: ${field.required === true}`);
  return lines;
}

/** A field of a list's own that its entries show (authors, a date...): a text input. */
export interface ShownField {
  id: string;
  label: string;
  description: string;
  placeholder?: string;
  /** Every entry shows a value: an entry without one would leave a gap its neighbours never have. */
  required?: boolean;
}

/**
 * The YAML of paperlist's "suggest a paper" issue form, offering `sections` in the given order.
 * `fields`, when given, is what the list's entries show: the form asks for those of its own fields
 * (the ones every form needs stay) and for the list's other fields, after the year.
 */
export function buildFormTemplate(
  sections: string[],
  opts: { label: string; fields?: { own: ReadonlySet<string>; more: readonly ShownField[] } },
): string {
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
  const shown = opts.fields;
  for (const spec of FIELD_SPECS) {
    if (shown && !shown.own.has(spec.id) && !ALWAYS_ASKED.has(spec.id)) continue;
    lines.push(...fieldLines(spec, sections));
    if (spec.id === 'year') for (const more of shown?.more ?? []) lines.push(...moreLines(more));
  }
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

/** The form's `labels`: a list, or one comma-separated text. */
function formLabels(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.flatMap((l) => str(l) ?? []);
  if (typeof raw !== 'string') return [];
  return raw
    .split(',')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * The body item at index `i` as a field; undefined for an item without an id (a markdown block),
 * a problem for a field without a label.
 */
function readField(
  item: unknown,
  itemNode: unknown,
  i: number,
  source: { file: string; text: string },
): FormField | Problem | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const {
    id: rawId,
    type,
    attributes: rawAttributes,
    validations: rawValidations,
  } = item as Record<string, unknown>;
  const id = str(rawId);
  if (id === undefined) return undefined;
  const attributes = (rawAttributes ?? {}) as Record<string, unknown>;
  const validations = (rawValidations ?? {}) as Record<string, unknown>;
  const label = str(attributes.label);
  if (label === undefined || label.trim() === '') {
    const node = isMap(itemNode) || isScalar(itemNode) ? itemNode : undefined;
    return problemAt(source.file, source.text, node, {
      field: `body[${i}]`,
      message: `the field "${id}" has no label`,
      hint: 'give it `attributes.label`: GitHub writes the label above the answer, and paperlist finds answers by it',
    });
  }
  return {
    id,
    label: label.trim(),
    type: str(type) ?? 'input',
    multiple: attributes.multiple === true,
    required: validations.required === true,
    options: optionList(attributes.options),
  };
}

/** A problem for each field id paperlist reads that the form does not have. */
function missingIdProblems(fields: readonly FormField[], file: string): Problem[] {
  return REQUIRED_FORM_IDS.filter((id) => !fields.some((f) => f.id === id)).map((id) => ({
    file,
    field: id,
    message: `the issue form has no field with id "${id}"`,
    hint: `add the field back or restore its \`id: ${id}\`; labels can change, ids cannot`,
  }));
}

/** Reads an issue form. Fields without an id (markdown blocks) are skipped. */
export function parseFormTemplate(text: string, file: string): Result<FormTemplate> {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return failure(
      doc.errors.map((e) => ({
        ...at(file, text, e.pos[0]),
        message: `the issue form is not valid YAML: ${e.message}`,
        hint: 'fix the YAML syntax at this place',
      })),
    );
  }
  const root: unknown = doc.toJS();
  const bodyNode = isMap(doc.contents) ? doc.contents.get('body', true) : undefined;
  if (typeof root !== 'object' || root === null || !isSeq(bodyNode)) {
    return failure([
      problemAt(file, text, doc.contents, {
        field: 'body',
        message: 'the issue form has no `body` list of fields',
        hint: 'an issue form needs a top-level `body:` sequence of fields',
      }),
    ]);
  }
  const { labels, body } = root as { labels?: unknown; body: unknown[] };
  const read = bodyNode.items.map((node, i) => readField(body[i], node, i, { file, text }));
  const fields = read.filter((f): f is FormField => f !== undefined && 'id' in f);
  const problems = [
    ...read.filter((f): f is Problem => f !== undefined && !('id' in f)),
    ...missingIdProblems(fields, file),
  ];
  if (problems.length > 0) return failure(problems);
  return success({ labels: formLabels(labels), fields });
}
