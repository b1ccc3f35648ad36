import { describe, expect, test } from 'vitest';
import { withListLabels } from '../../../src/core/suggest/list-labels.js';
import type { Paper, PaperList } from '../../../src/core/types.js';

const entry = (title: string, links: [string, string][]): Paper => ({
  title,
  year: '2024',
  links: links.map(([label, url]) => ({ label, url })),
  extra: {},
});

const list = (...sections: [string, Paper[]][]): PaperList => ({
  sections: sections.map(([name, papers]) => ({ name, category: '', papers })),
});

const suggested = entry('New', [
  ['PAGE', 'https://arxiv.org/abs/2401.00001'],
  ['PDF', 'https://arxiv.org/pdf/2401.00001'],
  ['CODE', 'https://github.com/o/r'],
]);
const labels = (p: Paper) => p.links.map((l) => l.label);

describe('withListLabels', () => {
  test('the page and code links take the labels the entries write', () => {
    const l = list([
      'A',
      [
        entry('One', [['paper', 'https://example.org/1']]),
        entry('Two', [
          ['paper', 'https://example.org/2'],
          ['code', 'https://github.com/a/b'],
        ]),
      ],
    ]);
    // The entries never show a PDF beside the page: the PDF is not written.
    expect(labels(withListLabels(suggested, l, ['A']))).toEqual(['paper', 'code']);
  });

  test('a list that writes its one paper link as a pdf gets the page under that label', () => {
    const l = list([
      'A',
      [
        entry('One', [['pdf', 'https://arxiv.org/abs/1']]),
        entry('Two', [['pdf', 'https://arxiv.org/abs/2']]),
        entry('Three', [['link', 'https://example.org/3']]),
      ],
    ]);
    const out = withListLabels(suggested, l, ['A']);
    expect(out.links).toEqual([
      { label: 'pdf', url: 'https://arxiv.org/abs/2401.00001' },
      { label: 'CODE', url: 'https://github.com/o/r' },
    ]);
  });

  test('a list that shows a page and a PDF keeps both, each under its label', () => {
    const l = list([
      'A',
      [
        entry('One', [
          ['Paper', 'https://example.org/1'],
          ['PDF file', 'https://example.org/1.pdf'],
        ]),
        entry('Two', [['Paper', 'https://example.org/2']]),
      ],
    ]);
    expect(labels(withListLabels(suggested, l, ['A']))).toEqual(['Paper', 'PDF file', 'CODE']);
  });

  test("the section's own labels come first, the list's where the section has none", () => {
    const l = list(
      ['A', [entry('One', [['Arxiv', 'https://arxiv.org/abs/1']])]],
      [
        'B',
        [
          entry('Two', [
            ['paper', 'https://example.org/2'],
            ['Code', 'https://github.com/a/b'],
          ]),
        ],
      ],
    );
    expect(labels(withListLabels(suggested, l, ['A']))).toEqual(['Arxiv', 'Code']);
    expect(labels(withListLabels(suggested, l, ['B']))).toEqual(['paper', 'Code']);
  });

  test('a code link is known by its address when its label names no role', () => {
    const l = list([
      'A',
      [
        entry('One', [
          ['paper', 'https://example.org/1'],
          ['GitHub stars', 'https://github.com/a/b'],
        ]),
      ],
    ]);
    expect(labels(withListLabels(suggested, l, ['A']))).toEqual(['paper', 'GitHub stars']);
  });

  test("an entry's first link is its page when no label says so, if the list writes it so twice", () => {
    const twice = list([
      'A',
      [
        entry('One', [['Title', 'https://example.org/1']]),
        entry('Two', [['Title', 'https://example.org/2']]),
      ],
    ]);
    expect(labels(withListLabels(suggested, twice, ['A']))[0]).toBe('Title');
    const once = list(['A', [entry('One', [['Blog', 'https://example.org/1']]), entry('Two', [])]]);
    expect(labels(withListLabels(suggested, once, ['A']))).toEqual(['PAGE', 'PDF', 'CODE']);
  });

  test('a list without links, or with the form labels already, changes nothing', () => {
    expect(withListLabels(suggested, list(['A', [entry('One', [])]]), ['A'])).toBe(suggested);
    const own = list([
      'A',
      [
        entry('One', [
          ['PAGE', 'https://example.org/1'],
          ['PDF', 'https://example.org/1.pdf'],
        ]),
      ],
    ]);
    expect(withListLabels(suggested, own, ['A'])).toEqual(suggested);
  });
});

test('labels the list writes itself stay, and a paper link of its own is the one kept', () => {
  const l = list([
    'A',
    [
      entry('One', [['PDF', 'https://example.org/1.pdf']]),
      entry('Two', [['PDF', 'https://example.org/2.pdf']]),
      entry('Three', [
        ['PDF', 'https://example.org/3.pdf'],
        ['code', 'https://github.com/a/b'],
      ]),
    ],
  ]);
  expect(withListLabels(suggested, l, ['A']).links).toEqual([
    { label: 'PDF', url: 'https://arxiv.org/pdf/2401.00001' },
    { label: 'code', url: 'https://github.com/o/r' },
  ]);
});
