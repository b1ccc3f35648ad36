// The `result` values the action documents are exactly the ones the code can report: action.yml's
// `result` output and the README's table of events both list the union in `src/flows/outcomes.ts`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { expect, test } from 'vitest';
import { RUN_RESULTS } from '../../src/flows/outcomes.js';
import { PROJECT_ROOT } from '../harness/index.js';

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');
const codeSpans = (text: string): Set<string> =>
  new Set([...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string));

test("action.yml's `result` output lists exactly the results a run can report", () => {
  const action = load(read('action.yml')) as { outputs: { result: { description: string } } };
  expect(codeSpans(action.outputs.result.description)).toEqual(new Set(RUN_RESULTS));
});

test("the README's table of events lists exactly the results a run can report", () => {
  const readme = read('README.md');
  const table = readme.slice(readme.indexOf('| event | what paperlist does | `result` |'));
  const rows = table.split('\n').slice(2);
  const lastColumns = rows
    .slice(
      0,
      rows.findIndex((row) => !row.startsWith('|')),
    )
    .map((row) => row.split(' | ').at(-1) ?? '');
  expect(lastColumns.length).toBeGreaterThan(4);
  expect(codeSpans(lastColumns.join(' '))).toEqual(new Set(RUN_RESULTS));
});
