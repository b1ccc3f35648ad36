// The example list is a working list repository: its data is valid, its README is what paperlist
// renders from it, and its issue form offers exactly the data's sections.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadData } from '../../src/core/data/load.js';
import { parseFormTemplate } from '../../src/core/form/template.js';
import { keepStamp } from '../../src/core/render/keep-stamp.js';
import { renderReadme } from '../../src/core/render/readme.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import { valueOf } from '../result.js';

const file = (path: string): string => readFileSync(join('examples/ednn', path), 'utf8');

test('the example data is valid and holds the real list', () => {
  const list = valueOf(loadData(file('data.yaml'), 'data.yaml'));
  expect(list.sections).toHaveLength(14);
  expect(list.sections.reduce((n, s) => n + s.papers.length, 0)).toBe(44);
});

test('the example README is up to date with its data and settings', () => {
  const list = valueOf(loadData(file('data.yaml'), 'data.yaml'));
  const settings = valueOf(parseSettings(file('.github/paperlist.yml'), 'paperlist.yml'));
  const readme = file('README.md');
  const rendered = renderReadme(readme, list, settings, new Date(0));
  expect(rendered.ok).toBe(true);
  if (rendered.ok) expect(keepStamp(rendered.value, readme, settings)).toBe(readme);
  expect(readme).toContain('issues/new?template=suggest-paper.yml');
});

test("the example issue form offers exactly the data's sections", () => {
  const list = valueOf(loadData(file('data.yaml'), 'data.yaml'));
  const form = parseFormTemplate(
    file('.github/ISSUE_TEMPLATE/suggest-paper.yml'),
    'suggest-paper.yml',
  );
  expect(form.ok).toBe(true);
  if (!form.ok) return;
  const sections = form.value.fields.find((f) => f.id === 'sections');
  expect(sections?.options).toEqual(list.sections.map((s) => s.name));
  expect(form.value.labels).toEqual(['paper-suggestion']);
});
