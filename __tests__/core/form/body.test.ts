// parseIssueBody on bodies as GitHub writes them for an issue form, and on the ways people and
// browsers bend them (CRLF, headings and code blocks inside answers, reworded labels).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseIssueBody, splitSelection } from '../../../src/core/form/body.js';
import { parseFormTemplate } from '../../../src/core/form/template.js';
import type { FormTemplate } from '../../../src/core/form/types.js';

const root = new URL('../../fixtures/form/', import.meta.url);
const exampleForm = new URL(
  '../../../examples/ednn/.github/ISSUE_TEMPLATE/suggest-paper.yml',
  import.meta.url,
);

function form(url: URL): FormTemplate {
  const parsed = parseFormTemplate(readFileSync(url, 'utf8'), 'suggest-paper.yml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe.each(readdirSync(root))('fixture %s', (name) => {
  test('gives the expected answers', () => {
    const own = new URL(`${name}/form.yml`, root);
    const template = form(existsSync(own) ? own : exampleForm);
    const body = readFileSync(new URL(`${name}/body.md`, root), 'utf8');
    const expected: unknown = JSON.parse(
      readFileSync(new URL(`${name}/expected.json`, root), 'utf8'),
    );
    expect(parseIssueBody(body, template)).toEqual(expected);
  });
});

test('the CRLF fixture really has CRLF line endings', () => {
  const body = readFileSync(new URL('crlf/body.md', root), 'utf8');
  expect(body.split('\r\n')).toHaveLength(body.split('\n').length);
});

describe('splitSelection', () => {
  const options = ['Vision', 'Vision, Language', 'Language'];

  test('prefers the longest option that ends at a separator', () => {
    expect(splitSelection('Vision, Language', options)).toEqual(['Vision, Language']);
    expect(splitSelection('Vision, Vision, Language', options)).toEqual([
      'Vision',
      'Vision, Language',
    ]);
  });

  test('an option that is only a prefix of the next value is not taken', () => {
    expect(splitSelection('Vision, Languages', options)).toEqual(['Vision', 'Languages']);
  });

  test('values that are no option are split on ", " and kept for the checks to report', () => {
    expect(splitSelection('Audio, Video', options)).toEqual(['Audio', 'Video']);
  });
});

test('a single-choice dropdown gives a string, and None gives an empty one', () => {
  const template: FormTemplate = {
    labels: [],
    fields: [
      {
        id: 'kind',
        label: 'Kind',
        type: 'dropdown',
        multiple: false,
        required: false,
        options: ['A, B'],
      },
      {
        id: 'other',
        label: 'Other',
        type: 'dropdown',
        multiple: false,
        required: false,
        options: ['C'],
      },
    ],
  };
  expect(parseIssueBody('### Kind\n\nA, B\n\n### Other\n\nNone\n', template)).toEqual({
    fields: { kind: 'A, B', other: '' },
    unknownHeadings: [],
  });
});

test('checkboxes give the labels that are ticked', () => {
  const template: FormTemplate = {
    labels: [],
    fields: [
      {
        id: 'terms',
        label: 'Terms',
        type: 'checkboxes',
        multiple: false,
        required: false,
        options: ['One', 'Two'],
      },
    ],
  };
  expect(parseIssueBody('### Terms\n\n- [X] One\n- [ ] Two\n- [x] Three\n', template)).toEqual({
    fields: { terms: ['One', 'Three'] },
    unknownHeadings: [],
  });
});
