// The example list of each layout (`examples/layouts/<kind>`, made by `paperlist init` from a
// hand-written README) is up to date, and a suggested paper lands in it as one more entry in the
// list's own style: re-reading the README finds exactly one entry more, with the new title.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadData } from '../../src/core/data/load.js';
import { importLayout } from '../../src/core/import/layouts/read.js';
import { renderReadme } from '../../src/core/render/readme.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import { applySuggestion } from '../../src/core/suggest/apply.js';
import type { Paper } from '../../src/core/types.js';
import { valueOf } from '../result.js';

const root = 'examples/layouts';
const markers = { start: '<!-- main-start -->', end: '<!-- main-end -->' };

const suggested: Paper = {
  title: 'A Suggested Paper About Halting',
  venue: 'ICML',
  year: '2025',
  links: [
    { label: 'PAGE', url: 'https://example.org/suggested' },
    { label: 'CODE', url: 'https://github.com/x/suggested' },
  ],
  extra: {},
};

for (const kind of readdirSync(root)) {
  describe(`${kind} example`, () => {
    const file = (path: string) => readFileSync(join(root, kind, path), 'utf8');
    const dataText = file('data.yaml');
    const list = valueOf(loadData(dataText, 'data.yaml'));
    const settings = valueOf(parseSettings(file('.github/paperlist.yml'), 'paperlist.yml'));
    const readme = file('README.md');

    test('the README is what paperlist renders from the data', () => {
      expect(settings.layout?.kind).toBe(kind);
      expect(valueOf(renderReadme(readme, list, settings, new Date(0)))).toBe(readme);
    });

    test('a suggested paper becomes one more entry in the list style', () => {
      const section = list.sections[0]!.name;
      const applied = valueOf(
        applySuggestion(
          { dataFile: 'data.yaml', dataText, readmeFile: 'README.md', readmeText: readme, list, settings },
          suggested,
          [section],
        ),
      );
      const before = importLayout(readme, 'README.md', { markers });
      const after = importLayout(applied.readme, 'README.md', { markers });
      expect(after.problems).toEqual(before.problems);
      expect(after.entries).toBe(before.entries + 1);
      const titles = after.list.sections.find((s) => s.name === section)!.papers.map((p) => p.title);
      expect(titles).toContain(suggested.title);
      expect(applied.readme.split('\n').length).toBeGreaterThan(readme.split('\n').length);
    });
  });
}
