// docs/limits.md lists every bound with the value the code enforces.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { BOUNDS, PROBLEMS_SHOWN } from '../../../src/core/limits/bounds.js';
import { grouped } from '../../../src/core/limits/refusal.js';

const doc = readFileSync(new URL('../../../docs/limits.md', import.meta.url), 'utf8');
const rows = doc.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| bound'));

test('the table has one row per bound, each with its limit', () => {
  expect(rows.filter((r) => !r.startsWith('| ---'))).toHaveLength(Object.keys(BOUNDS).length);
  const limits = rows.map((r) => r.split(' | ')[1] ?? '');
  for (const bound of Object.values(BOUNDS)) {
    expect(limits.some((l) => l.startsWith(grouped(bound.max)))).toBe(true);
  }
  expect(doc).toContain(`lists the first ${PROBLEMS_SHOWN}`);
});
