// Columns and sort keys naming a field no paper has: a warning with the likely fix.
import { expect, test } from 'vitest';
import { formatProblem } from '../../../src/core/problem.js';
import { defaultSettings } from '../../../src/core/settings/defaults.js';
import { unusedFieldWarnings } from '../../../src/core/settings/fields.js';
import type { PaperList } from '../../../src/core/types.js';

const list: PaperList = {
  sections: [
    {
      name: 'S',
      category: 'C',
      papers: [{ title: 'T', links: [], extra: { authors: 'A. B.' } }],
    },
  ],
};

test('the defaults and extra fields the papers have give no warning', () => {
  const columns = [
    ...defaultSettings.columns,
    { header: 'Authors', field: 'authors', missing: '' },
  ];
  expect(unusedFieldWarnings({ ...defaultSettings, columns }, list, 'p.yml')).toEqual([]);
});

test('a misspelt column or sort field is named once, with the likely fix', () => {
  const settings = {
    ...defaultSettings,
    columns: [
      { header: 'Title', field: 'title', missing: '' },
      { header: 'Abbr', field: 'abbrv', missing: '' },
      { header: 'By', field: 'author', missing: '' },
      { header: 'Q', field: 'quartile', missing: '' },
    ],
    sort: [
      { field: 'yr', order: 'desc' as const },
      { field: 'yr', order: 'asc' as const },
    ],
  };
  expect(unusedFieldWarnings(settings, list, 'p.yml').map(formatProblem)).toEqual([
    'p.yml: columns: no paper has a field "abbrv" (did you mean "abbr"?)',
    'p.yml: columns: no paper has a field "author" (did you mean "authors"?)',
    'p.yml: columns: no paper has a field "quartile" (check the spelling of the field name)',
    'p.yml: sort: no paper has a field "yr" (did you mean "year"?)',
  ]);
});
