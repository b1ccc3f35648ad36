import { describe, expect, test } from 'vitest';
import { countPapers } from '../../../src/core/data/count.js';
import { builtInLayout } from '../../../src/core/render/layouts/built-in.js';
import { renderEntry } from '../../../src/core/render/layouts/preview.js';
import { renderLayoutZone } from '../../../src/core/render/layouts/zone.js';
import type { Settings } from '../../../src/core/settings/types.js';
import type { Paper, PaperList } from '../../../src/core/types.js';
import { links, paper, section } from './papers.js';
import { testSettings } from './settings.js';

// The built-in tables: what a list whose settings name no layout gets.
const renderRow = (p: Paper, s: Settings) => renderEntry(p, s, builtInLayout(s));
/** The main zone without the blank lines that frame it. */
function renderTables(list: PaperList, s: Settings): string {
  const zone = renderLayoutZone(list, s, builtInLayout(s));
  expect(zone.startsWith('\n\n') && zone.endsWith('\n\n')).toBe(true);
  return zone.slice(2, -2);
}

const settings = testSettings();

describe('a built-in table row', () => {
  test('renders every field and each link with its trailing space', () => {
    const row = renderRow(
      paper({
        title: 'Boosted Dynamic Neural Networks',
        abbr: 'BoostNet',
        venue: 'AAAI',
        year: '2023',
        links: links({ PAGE: 'https://a.org/1', CODE: 'https://b.org/2' }),
      }),
      settings,
    );
    expect(row).toBe(
      '| Boosted Dynamic Neural Networks | BoostNet | AAAI | 2023 | [[PAGE](https://a.org/1)] [[CODE](https://b.org/2)] |',
    );
  });

  test('missing abbr is N/A, missing venue is empty, no links gives `| |`', () => {
    expect(renderRow(paper({ title: 'T', year: '2024' }), settings)).toBe(
      '| T | N/A |  | 2024 | |',
    );
  });

  test('a link that is not http(s) shows its label as text, with no link', () => {
    const row = renderRow(
      paper({ title: 'T', links: links({ PDF: 'javascript:alert(1)' }) }),
      settings,
    );
    expect(row).toBe('| T | N/A |  |  | \\[PDF\\] |');
  });

  test('link labels are mapped by the settings and escaped', () => {
    const custom = testSettings({ linkLabels: { PDF: 'Paper|pdf' } });
    const row = renderRow(
      paper({ title: 'T', links: links({ PDF: 'https://x.org/a b' }) }),
      custom,
    );
    expect(row).toBe('| T | N/A |  |  | [[Paper\\|pdf](https://x.org/a%20b)] |');
  });

  test('custom columns show extra fields and their missing text', () => {
    const custom = testSettings({
      columns: [
        { header: 'Paper', field: 'title', missing: '' },
        { header: 'Authors', field: 'authors', missing: '?' },
        { header: 'Links', field: 'links', missing: '' },
      ],
    });
    expect(renderRow(paper({ title: 'A', extra: { authors: ['X', 'Y'] } }), custom)).toBe(
      '| A | X, Y | |',
    );
    expect(renderRow(paper({ title: 'B' }), custom)).toBe('| B | ? | |');
  });
});

describe('the built-in tables', () => {
  const list = {
    sections: [
      section('Survey', '0. Survey', [
        paper({ title: 'Old', venue: 'V', year: '2021' }),
        paper({ title: 'New', venue: 'V', year: '2024' }),
        paper({ title: 'Also 2021', venue: 'V', year: '2021' }),
      ]),
      section('Design', '1. Architecture', [paper({ title: 'Shared', abbr: 'S', year: '2023' })]),
      section('Config', '1. Architecture', [paper({ title: 'Shared', abbr: 'S', year: '2023' })]),
    ],
  };

  test('headings on category change, tables sorted by year descending (ties in file order), count of distinct titles', () => {
    expect(renderTables(list, settings)).toBe(
      [
        '## 0. Survey',
        '### Survey',
        '| Title | Abbreviation | Venue | Year | Materials |',
        '|----------|----|----|----|----|',
        '| New | N/A | V | 2024 | |',
        '| Old | N/A | V | 2021 | |',
        '| Also 2021 | N/A | V | 2021 | |',
        '',
        '## 1. Architecture',
        '### Design',
        '| Title | Abbreviation | Venue | Year | Materials |',
        '|----------|----|----|----|----|',
        '| Shared | S |  | 2023 | |',
        '',
        '### Config',
        '| Title | Abbreviation | Venue | Year | Materials |',
        '|----------|----|----|----|----|',
        '| Shared | S |  | 2023 | |',
        '',
        '4 papers are included',
      ].join('\n'),
    );
  });

  test('an empty count line leaves the last table without a trailing blank line', () => {
    const out = renderTables(
      { sections: [section('S', 'C', [paper({ title: 'A' })])] },
      testSettings({ countLine: '' }),
    );
    expect(out).toBe(
      '## C\n### S\n| Title | Abbreviation | Venue | Year | Materials |\n|----------|----|----|----|----|\n| A | N/A |  |  | |',
    );
  });

  test('custom columns keep the 10-then-4 dash rule; an empty list still has its count line', () => {
    const custom = testSettings({
      columns: [
        { header: 'Name', field: 'title', missing: '' },
        { header: 'When', field: 'year', missing: '-' },
      ],
      countLine: 'Total: {count}',
    });
    expect(renderTables({ sections: [section('S', 'C', [paper({ title: 'A' })])] }, custom)).toBe(
      '## C\n### S\n| Name | When |\n|----------|----|\n| A | - |\n\nTotal: 1',
    );
    expect(renderTables({ sections: [] }, custom)).toBe('Total: 0');
  });

  test('section and category names are escaped as headings', () => {
    const out = renderTables(
      { sections: [section('<b>S</b> #', 'C*', [])] },
      testSettings({ countLine: '' }),
    );
    expect(out.split('\n').slice(0, 2)).toEqual(['## C\\*', '### &lt;b&gt;S&lt;/b&gt; \\#']);
  });

  test('countPapers counts exact titles once', () => {
    expect(countPapers(list)).toBe(4);
  });
});

test('link labels and extra fields named like built-in object properties render as written', () => {
  const p = paper({
    title: 'T',
    links: links({
      constructor: 'https://a.org',
      toString: 'https://b.org',
      __proto__x: 'https://c.org',
    }),
    extra: {},
  });
  expect(renderRow(p, testSettings())).toBe(
    '| T | N/A |  |  | [[constructor](https://a.org)] [[toString](https://b.org)] [[\\_\\_proto\\_\\_x](https://c.org)] |',
  );
  const columns = [
    { header: 'Title', field: 'title', missing: '' },
    { header: 'C', field: 'constructor', missing: '-' },
  ];
  expect(renderRow(paper({ title: 'T' }), testSettings({ columns }))).toBe('| T | - |');
});

test('a links column with a missing text shows it for a paper without links', () => {
  const columns = [
    { header: 'Title', field: 'title', missing: '' },
    { header: 'Materials', field: 'links', missing: 'none' },
  ];
  expect(renderRow(paper({ title: 'T' }), testSettings({ columns }))).toBe('| T | none |');
  expect(
    renderRow(
      paper({ title: 'T', links: links({ PDF: 'https://a.org' }) }),
      testSettings({ columns }),
    ),
  ).toBe('| T | [[PDF](https://a.org)] |');
});
