// loadData on bad files: each case in fixtures/data/problems/<case>/ holds a data.yaml and the
// exact problems.txt a person is shown for it (one formatted problem per line).
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { errorsOf } from '../../result.js';

const root = new URL('../../fixtures/data/problems/', import.meta.url);
const cases = readdirSync(root);

test('every problem case is present', () => {
  expect(cases.sort()).toEqual([
    'anchors-aliases',
    'comments-only',
    'duplicate-keys',
    'empty',
    'links',
    'merge-keys',
    'multiple-documents',
    'papers',
    'sections',
    'structure-field-at-dash-column',
    'structure-first-name-deleted',
    'structure-item-dedented',
    'structure-item-left-of-key',
    'structure-item-moved-left',
    'structure-less-indented',
    'structure-list-key-deleted',
    'structure-more-indented',
    'structure-name-deleted',
    'structure-section-indented',
    'syntax',
    'tab-indent',
    'tags',
    'top-level-sequence',
    'unquoted-colon',
    'unwritten-names',
    'year-spellings',
  ]);
});

test.each(cases)('%s', (name) => {
  const read = (file: string) => readFileSync(new URL(`${name}/${file}`, root), 'utf8');
  const loaded = loadData(read('data.yaml'), 'data.yaml');
  expect(loaded.ok).toBe(false);
  expect(errorsOf(loaded).join('\n') + '\n').toBe(read('problems.txt'));
});
