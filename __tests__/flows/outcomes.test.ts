// The `result` values the action documents are exactly the ones the code can report: action.yml's
// `result` output and the table of events in docs/action.md both list the union in
// `src/flows/outcomes.ts`, and the README's shorter table of events names none that does not exist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { expect, test } from 'vitest';
import { RUN_RESULTS } from '../../src/flows/outcomes.js';
import { PROJECT_ROOT } from '../harness/index.js';

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');
const codeSpans = (text: string): Set<string> =>
  new Set([...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string));
const cells = (row: string): string[] =>
  row
    .replace(/^\|/u, '')
    .replace(/\|$/u, '')
    .split(' | ')
    .map((cell) => cell.trim());

/** The code spans of the `result` column of the events table in a Markdown file. */
function resultsInEventsTable(path: string): Set<string> {
  const lines = read(path).split('\n');
  const header = lines.findIndex((line) => {
    const names = cells(line);
    return names[0] === 'event' && names.at(-1) === '`result`';
  });
  expect(header, `${path} has a table of events with a \`result\` column`).toBeGreaterThan(-1);
  const rows = lines.slice(header + 2);
  const end = rows.findIndex((row) => !row.startsWith('|'));
  const lastColumns = rows.slice(0, end === -1 ? undefined : end).map((row) => cells(row).at(-1));
  expect(lastColumns.length).toBeGreaterThan(4);
  return codeSpans(lastColumns.join(' '));
}

test("action.yml's `result` output lists exactly the results a run can report", () => {
  const action = load(read('action.yml')) as { outputs: { result: { description: string } } };
  expect(codeSpans(action.outputs.result.description)).toEqual(new Set(RUN_RESULTS));
});

test('the table of events in docs/action.md lists exactly the results a run can report', () => {
  expect(resultsInEventsTable('docs/action.md')).toEqual(new Set(RUN_RESULTS));
});

test("the README's table of events names only results a run can report", () => {
  const named = resultsInEventsTable('README.md');
  expect(
    [...named].filter((result) => !(RUN_RESULTS as readonly string[]).includes(result)),
  ).toEqual([]);
  expect(named.size).toBeGreaterThan(10);
});
