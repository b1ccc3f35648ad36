// loadData on good files: the real list's data file, and the layouts and oddities it must accept.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { errorsOf, valueOf } from '../../result.js';

const upstream = readFileSync(
  new URL('../../fixtures/data/upstream-2024-10-14/data.yaml', import.meta.url),
  'utf8',
);

function good(text: string) {
  const loaded = loadData(text, 'data.yaml');
  expect(errorsOf(loaded)).toEqual([]);
  return valueOf(loaded);
}

describe('the real data file', () => {
  const list = good(upstream);

  test('has its 14 sections in file order and 44 papers', () => {
    expect(list.sections.map((s) => s.name)).toEqual([
      'Survey',
      'EEN Design',
      'EEN Configuration',
      'KD for Training',
      'Conflict among Exits',
      'Train-test Mismatch',
      'Training Efficiency',
      'KD for Tuning',
      'Test-time Adaptation',
      'Tuning Efficiency',
      'Exit Policy',
      'Exits Prediction',
      'Inference Ensemble',
      'Inference Efficiency',
    ]);
    expect(list.sections.reduce((n, s) => n + s.papers.length, 0)).toBe(44);
  });

  test('reads a paper with every field', () => {
    expect(list.sections[1]?.papers[0]).toEqual({
      title: 'Multi-Scale Dense Networks for Resource Efficient Image Classification',
      abbr: 'MSDNet',
      venue: 'ICLR',
      year: '2018',
      links: [{ label: 'PDF', url: 'https://arxiv.org/pdf/1703.09844' }],
      extra: {},
    });
  });

  test('drops the trailing space after a quoted category and keeps a missing venue missing', () => {
    expect(list.sections[1]?.category).toBe('1. Architecture');
    const temporal = list.sections[13]?.papers[0];
    expect(temporal?.title).toBe(
      'Temporal Decisions: Leveraging Temporal Correlation for Efficient Decisions in Early Exit Neural Networks',
    );
    expect(temporal && 'venue' in temporal).toBe(false);
    expect(temporal && 'abbr' in temporal).toBe(false);
  });

  test('keeps the U+FB01 ligature and skips commented-out papers', () => {
    const titles = list.sections.flatMap((s) => s.papers.map((p) => p.title));
    expect(titles).toContain(
      'FrameExit: Conditional Early Exiting for Ef\uFB01cient Video Recognition',
    );
    const deebert = (name: string) =>
      list.sections.find((s) => s.name === name)?.papers.some((p) => p.abbr === 'DeeBERT');
    expect(deebert('KD for Training')).toBe(false); // commented out there
    expect(deebert('KD for Tuning')).toBe(true);
  });
});

test('a BOM, CRLF line endings and trailing spaces load the same as plain text', () => {
  const crlf = '\uFEFF' + upstream.replace(/\n/g, ' \r\n');
  expect(good(crlf)).toEqual(good(upstream));
});

test('extra paper fields are kept in order, extra section keys are ignored', () => {
  const list = good(
    [
      'Survey:',
      '  category: "0. Survey"',
      '  maintainer: "someone"',
      '  list:',
      '    - title: "A survey"',
      '      authors: ["A. Author", "B. Author"]',
      '      doi: "10.1000/182"',
      '      added: 2024-10-14',
      '      __proto__: "kept as a field"',
      '',
    ].join('\n'),
  );
  expect(list).toEqual({
    sections: [
      {
        name: 'Survey',
        category: '0. Survey',
        papers: [
          {
            title: 'A survey',
            links: [],
            extra: Object.fromEntries([
              ['authors', ['A. Author', 'B. Author']],
              ['doi', '10.1000/182'],
              ['added', '2024-10-14'],
              ['__proto__', 'kept as a field'],
            ]),
          },
        ],
      },
    ],
  });
  expect(Object.keys(list.sections[0]?.papers[0]?.extra ?? {})).toEqual([
    'authors',
    'doi',
    'added',
    '__proto__',
  ]);
});

test('a field named "year:" is kept, whether the file is read by the small reader or by js-yaml', () => {
  // The check of oddly written years looks at the text after `year:`, here `:  "2021"`, which is
  // no YAML on its own: it must be passed over, not thrown.
  const paper = (title: string) => [
    'S:',
    '  category: "C"',
    '  list:',
    `    - title: ${title}`,
    '      year::  "2021"',
    '',
  ];
  for (const title of ['"T"', '|-\n        T']) {
    const [section] = good(paper(title).join('\n')).sections;
    expect(section?.papers).toEqual([{ title: 'T', links: [], extra: { 'year:': '2021' } }]);
  }
});

test('"year:+2024" in a list of an extra field is text, not a year, whichever reader reads it', () => {
  const paper = (title: string) => [
    'S:',
    '  category: "C"',
    '  list:',
    `    - title: ${title}`,
    '      tags:',
    '        - year:+2024',
  ];
  for (const title of ['"T"', '|-\n        T']) {
    const [section] = good(paper(title).join('\n') + '\n').sections;
    expect(section?.papers).toEqual([{ title: 'T', links: [], extra: { tags: ['year:+2024'] } }]);
  }
});

test('a year written as a number becomes text; empty links, list and link values are allowed', () => {
  const list = good(
    [
      'Empty:',
      '  category: "1. Architecture"',
      '  list:',
      'Design:',
      '  category: "1. Architecture"',
      '  list:',
      '    - title: "No links"',
      '      year: 2023',
      '      links:',
      '    - title: "A link left empty"',
      '      venue: ""',
      '      links:',
      '        PAGE: "https://example.org/a"',
      '        CODE:',
      '        PDF: "HTTPS://example.org/a.pdf"',
      '',
    ].join('\n'),
  );
  expect(list.sections).toEqual([
    { name: 'Empty', category: '1. Architecture', papers: [] },
    {
      name: 'Design',
      category: '1. Architecture',
      papers: [
        { title: 'No links', year: '2023', links: [], extra: {} },
        {
          title: 'A link left empty',
          venue: '',
          links: [
            { label: 'PAGE', url: 'https://example.org/a' },
            { label: 'PDF', url: 'HTTPS://example.org/a.pdf' },
          ],
          extra: {},
        },
      ],
    },
  ]);
});

test('sections and link labels that look like numbers keep their file order', () => {
  const list = good(
    [
      '2024:',
      '  category: "By year"',
      '  list:',
      '    - title: "A"',
      '      links:',
      '        PAGE: "https://example.org/a"',
      '        2: "https://example.org/a2"',
      '        1: "https://example.org/a1"',
      '2023:',
      '  category: "By year"',
      '  list: []',
      '',
    ].join('\n'),
  );
  expect(list.sections.map((s) => s.name)).toEqual(['2024', '2023']);
  expect(list.sections[0]?.papers[0]?.links.map((l) => l.label)).toEqual(['PAGE', '2', '1']);
});

test('an explicit empty mapping is a list with no sections', () => {
  expect(good('{}\n')).toEqual({ sections: [] });
});

test('a file with problems gives an empty list and every problem', () => {
  const loaded = loadData(
    'S:\r\n  category: "c"\r\n  list:\r\n    - title: "A"\r\n      year: "24"\r\n    - year: 2024\r\n',
    'data.yaml',
  );
  expect(loaded.ok).toBe(false);
  expect(errorsOf(loaded)).toEqual([
    'data.yaml:5:13: S[0].year: "24" is not a 4-digit year (write the year the paper was published, such as "2024")',
    'data.yaml:6:7: S[1].title: the title is missing (every paper needs its full title, such as title: "Resolution Adaptive Networks")',
  ]);
});

test('a key only js-yaml sees as a duplicate is reported with its position', () => {
  const loaded = loadData(
    'S:\n  category: "c"\n  list:\n    - title: "A"\n      1: "one"\n      "1": "uno"\n',
    'data.yaml',
  );
  expect(errorsOf(loaded)).toEqual([
    'data.yaml:6:7: duplicated mapping key (a key may appear only once in a mapping: merge the two entries or remove one)',
  ]);
});
