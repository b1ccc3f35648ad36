// syncFormSections: only the sections dropdown's options change, byte for byte everything else stays.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { syncFormSections } from '../../../src/core/form/sync.js';
import { buildFormTemplate } from '../../../src/core/form/template.js';

const example = readFileSync(
  new URL('../../../examples/ednn/.github/ISSUE_TEMPLATE/suggest-paper.yml', import.meta.url),
  'utf8',
);

const form = (options: string) =>
  [
    '# Keep this comment.',
    'name: Suggest',
    'body:',
    '  - type: input',
    '    id: title',
    '    attributes:',
    "      label: 'Title'   # single quotes on purpose",
    '  - type: dropdown',
    '    id: sections',
    '    attributes:',
    '      label: Sections',
    '      multiple: true',
    options,
    '    validations:',
    '      required: true',
    '',
  ].join('\n');

describe('syncFormSections', () => {
  test('a form already in step is returned unchanged', () => {
    const sections = [...example.matchAll(/^ {8}- "(.*)"$/gm)].map((m) => m[1] ?? '');
    expect(sections).toHaveLength(14);
    expect(syncFormSections(example, sections)).toEqual({ text: example, changed: false });
  });

  test('a new section replaces the option lines only, in their quoting style', () => {
    const before = form(
      '      options:\n        - Survey   # first\n        - EEN Design\n      # end of options',
    );
    const after = form(
      '      options:\n        - Survey\n        - "Odd: name"\n        - EEN Design\n      # end of options',
    );
    expect(syncFormSections(before, ['Survey', 'Odd: name', 'EEN Design'])).toEqual({
      text: after,
      changed: true,
    });
  });

  test('double-quoted options stay double-quoted', () => {
    const text = buildFormTemplate(['A'], { label: 'x' });
    const synced = syncFormSections(text, ['A', 'B']);
    expect(synced).toEqual({
      text: text.replace('        - "A"\n', '        - "A"\n        - "B"\n'),
      changed: true,
    });
  });

  test('a flow list stays a flow list', () => {
    expect(syncFormSections(form('      options: [A, B]  # inline'), ['B', 'C'])).toEqual({
      text: form('      options: [B, C]  # inline'),
      changed: true,
    });
  });

  test('missing options are added', () => {
    expect(syncFormSections(form('      description: pick'), ['A', 'B c'])).toEqual({
      text: form('      description: pick\n      options:\n        - A\n        - B c'),
      changed: true,
    });
  });

  test('options written as an empty key get their list below it', () => {
    expect(syncFormSections(form('      options:   # none yet'), ['A'])).toEqual({
      text: form('      options:   # none yet\n        - A'),
      changed: true,
    });
  });

  test('no sections at all leaves an empty list', () => {
    expect(syncFormSections(form('      options:\n        - A'), [])).toEqual({
      text: form('      options:\n        []'),
      changed: true,
    });
  });

  test('CRLF line endings are kept', () => {
    const before = form('      options:\n        - A').replace(/\n/g, '\r\n');
    const after = form('      options:\n        - A\n        - B').replace(/\n/g, '\r\n');
    expect(syncFormSections(before, ['A', 'B'])).toEqual({ text: after, changed: true });
  });

  test('a form without a sections dropdown, or not YAML, is left alone', () => {
    const noSections = 'name: x\nbody:\n  - type: input\n    id: title\n';
    expect(syncFormSections(noSections, ['A'])).toEqual({ text: noSections, changed: false });
    expect(syncFormSections('body: [', ['A'])).toEqual({ text: 'body: [', changed: false });
  });
});
