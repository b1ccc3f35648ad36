// The issue form: paperlist's own (written, built in) and reading a repository's form.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUILTIN_FORM } from '../../../src/core/form/builtin.js';
import { buildFormTemplate, parseFormTemplate } from '../../../src/core/form/template.js';

const upstreamSections = [
  'Survey',
  'EEN Design',
  'EEN Configuration',
  'KD for Training',
  'Conflict among Exits',
  'Train-test Mismatch',
  'Training Efficiency',
  'KD for Tuning',
  'Test-time Adaptation',
  'Tuning Efficiency',
  'Exit Policy',
  'Exits Prediction',
  'Inference Ensemble',
  'Inference Efficiency',
];

describe('buildFormTemplate', () => {
  const text = buildFormTemplate(['Survey', 'Odd "quoted": name'], { label: 'paper-suggestion' });

  test('reads back as the fields other parts rely on', () => {
    expect(parseFormTemplate(text, 'suggest-paper.yml')).toEqual({
      ok: true,
      value: {
        labels: ['paper-suggestion'],
        fields: [
          {
            id: 'link',
            label: 'Link',
            type: 'input',
            multiple: false,
            required: false,
            options: [],
          },
          {
            id: 'title',
            label: 'Title',
            type: 'input',
            multiple: false,
            required: false,
            options: [],
          },
          {
            id: 'abbr',
            label: 'Abbreviation',
            type: 'input',
            multiple: false,
            required: false,
            options: [],
          },
          {
            id: 'venue',
            label: 'Venue',
            type: 'input',
            multiple: false,
            required: false,
            options: [],
          },
          {
            id: 'year',
            label: 'Year',
            type: 'input',
            multiple: false,
            required: false,
            options: [],
          },
          {
            id: 'sections',
            label: 'Sections',
            type: 'dropdown',
            multiple: true,
            required: true,
            options: ['Survey', 'Odd "quoted": name'],
          },
          {
            id: 'page',
            label: 'Paper page',
            type: 'input',
            multiple: false,
            required: false,
            options: [],
          },
          { id: 'pdf', label: 'PDF', type: 'input', multiple: false, required: false, options: [] },
          {
            id: 'code',
            label: 'Code',
            type: 'input',
            multiple: false,
            required: false,
            options: [],
          },
          {
            id: 'notes',
            label: 'Notes',
            type: 'textarea',
            multiple: false,
            required: false,
            options: [],
          },
        ],
      },
    });
  });

  test('has the title prefix and the label GitHub puts on the issue', () => {
    expect(text).toContain('\ntitle: "[Paper]: "\nlabels:\n  - "paper-suggestion"\n');
  });

  test('the built-in form is the same form', () => {
    const parsed = parseFormTemplate(text, 'suggest-paper.yml');
    expect(parsed.ok && parsed.value).toEqual(
      BUILTIN_FORM(['Survey', 'Odd "quoted": name'], { label: 'paper-suggestion' }),
    );
  });

  test('the example list ships the form built from its data file', () => {
    const example = readFileSync(
      new URL('../../../examples/ednn/.github/ISSUE_TEMPLATE/suggest-paper.yml', import.meta.url),
      'utf8',
    );
    expect(example).toBe(buildFormTemplate(upstreamSections, { label: 'paper-suggestion' }));
  });
});

describe('parseFormTemplate', () => {
  test('skips markdown blocks, reads checkbox labels and a comma-separated labels string', () => {
    const text = [
      'name: x',
      'labels: "a, b"',
      'body:',
      '  - type: markdown',
      '    attributes: { value: "hi" }',
      '  - type: input',
      '    id: title',
      '    attributes: { label: "  Title  " }',
      '  - type: input',
      '    id: year',
      '    attributes: { label: Year }',
      '  - type: dropdown',
      '    id: sections',
      '    attributes: { label: Sections, options: [A, 2024] }',
      '  - type: checkboxes',
      '    id: terms',
      '    attributes:',
      '      label: Terms',
      '      options:',
      '        - label: I searched the list',
      '          required: true',
      '',
    ].join('\n');
    expect(parseFormTemplate(text, 'f.yml')).toEqual({
      ok: true,
      value: {
        labels: ['a', 'b'],
        fields: [
          {
            id: 'title',
            label: 'Title',
            type: 'input',
            multiple: false,
            required: false,
            options: [],
          },
          {
            id: 'year',
            label: 'Year',
            type: 'input',
            multiple: false,
            required: false,
            options: [],
          },
          {
            id: 'sections',
            label: 'Sections',
            type: 'dropdown',
            multiple: false,
            required: false,
            options: ['A', '2024'],
          },
          {
            id: 'terms',
            label: 'Terms',
            type: 'checkboxes',
            multiple: false,
            required: false,
            options: ['I searched the list'],
          },
        ],
      },
    });
  });

  test('bad YAML is reported with its position', () => {
    expect(parseFormTemplate('name: x\nbody: []\nname: y\n', 'f.yml')).toEqual({
      ok: false,
      problems: [
        {
          file: 'f.yml',
          line: 3,
          column: 1,
          message: 'the issue form is not valid YAML: Map keys must be unique',
          hint: 'fix the YAML syntax at this place',
        },
      ],
    });
  });

  test('a form without a body', () => {
    expect(parseFormTemplate('name: x\n', 'f.yml')).toEqual({
      ok: false,
      problems: [
        {
          file: 'f.yml',
          line: 1,
          column: 1,
          field: 'body',
          message: 'the issue form has no `body` list of fields',
          hint: 'an issue form needs a top-level `body:` sequence of fields',
        },
      ],
    });
  });

  test('a field without a label, and missing required ids', () => {
    const text =
      'body:\n  - type: input\n    id: title\n  - type: input\n    id: year\n    attributes: { label: Year }\n';
    expect(parseFormTemplate(text, 'f.yml')).toEqual({
      ok: false,
      problems: [
        {
          file: 'f.yml',
          line: 2,
          column: 5,
          field: 'body[0]',
          message: 'the field "title" has no label',
          hint: 'give it `attributes.label`: GitHub writes the label above the answer, and paperlist finds answers by it',
        },
        {
          file: 'f.yml',
          field: 'title',
          message: 'the issue form has no field with id "title"',
          hint: 'add the field back or restore its `id: title`; labels can change, ids cannot',
        },
        {
          file: 'f.yml',
          field: 'sections',
          message: 'the issue form has no field with id "sections"',
          hint: 'add the field back or restore its `id: sections`; labels can change, ids cannot',
        },
      ],
    });
  });
});
