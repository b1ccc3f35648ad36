// A heading whose entries change kind (a list, then a table) holds one part per kind: a paper
// suggested for the table's part becomes a row of that table, and one for the list's part an item
// of that list.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadData } from '../../../../src/core/data/load.js';
import { planInit } from '../../../../src/core/import/init/plan.js';
import { parseSettings } from '../../../../src/core/settings/parse.js';
import { checkSuggestion } from '../../../../src/core/suggest/check.js';
import { applySuggestion } from '../../../../src/core/suggest/apply.js';

const input = readFileSync(
  new URL('../../../fixtures/layouts/list/table-after-bullets/input.md', import.meta.url),
  'utf8',
);
const time = new Date('2026-01-02T03:04:05Z');

function adopted() {
  const planned = planInit(input, {
    stamp: false,
    time,
    readmeFile: 'README.md',
    dataFile: 'data.yaml',
    settingsFile: '.github/paperlist.yml',
  });
  if (!planned.ok) throw new Error('init failed');
  const data = loadData(planned.value.data, 'data.yaml');
  const settings = parseSettings(planned.value.settings, 'paperlist.yml');
  if (!data.ok || !settings.ok) throw new Error('init wrote files that do not load');
  return { plan: planned.value, list: data.value, settings: settings.value };
}

/** The README's lines after adding a paper to `section`, and the lines added. */
function suggestTo(section: string) {
  const { plan, list, settings } = adopted();
  const checked = checkSuggestion(
    {
      title: 'Counting Exits Across Tasks',
      venue: 'ICLR',
      year: '2024',
      page: 'https://arxiv.org/abs/2401.00041',
      sections: [section],
    },
    list,
    { now: time, openSuggestions: [] },
  );
  if (!checked.ok) throw new Error(checked.problems.map((p) => p.message).join('; '));
  const applied = applySuggestion(
    {
      dataFile: 'data.yaml',
      dataText: plan.data,
      readmeFile: 'README.md',
      readmeText: plan.readme,
      list,
      settings,
    },
    checked.value.paper,
    checked.value.sections,
  );
  if (!applied.ok) throw new Error('the suggestion was not applied');
  const lines = applied.value.readme.split('\n');
  const at = lines.findIndex((l) => l.includes('Counting Exits Across Tasks'));
  return { lines, at };
}

describe('parts of a heading', () => {
  test('init names the table after a list a part of its heading', () => {
    const { list } = adopted();
    expect(list.sections.map((s) => s.name)).toEqual(['Surveys', 'Surveys (table)', 'Methods']);
  });

  test('a paper for the table part is a row of the table', () => {
    const { lines, at } = suggestTo('Surveys (table)');
    expect(lines[at]).toMatch(/^\| .* \| "Counting Exits Across Tasks" \[\[paper\]\(/);
    // Among the table's rows: a row above it, and the rows end right after it or go on.
    expect(lines[at - 1]).toMatch(/^\|/);
    expect(lines[at + 1] === '' || lines[at + 1]!.startsWith('|')).toBe(true);
  });

  test('a paper for the list part is an item of the list, above the table', () => {
    const { lines, at } = suggestTo('Surveys');
    expect(lines[at]).toMatch(/^- "Counting Exits Across Tasks", ICLR 2024, \[\[paper\]\(/);
    const table = lines.findIndex((l) => l.startsWith('| Date'));
    expect(at).toBeLessThan(table);
  });
});
