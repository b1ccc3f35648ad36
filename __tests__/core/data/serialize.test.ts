// serializeData writes the real list's layout, and loadData reads back exactly what was written.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { serializeData } from '../../../src/core/data/serialize.js';
import type { PaperList } from '../../../src/core/types.js';
import { errorsOf, valueOf } from '../../result.js';

function roundTrip(list: PaperList): PaperList {
  const loaded = loadData(serializeData(list), 'data.yaml');
  expect(errorsOf(loaded)).toEqual([]);
  return valueOf(loaded);
}

test('writes the layout of the real data file', () => {
  const list: PaperList = {
    sections: [
      {
        name: 'EEN Design',
        category: '1. Architecture',
        papers: [
          {
            title: 'Multi-Scale Dense Networks for Resource Efficient Image Classification',
            abbr: 'MSDNet',
            venue: 'ICLR',
            year: '2018',
            links: [
              { label: 'PDF', url: 'https://arxiv.org/pdf/1703.09844' },
              { label: 'CODE', url: 'https://github.com/gaohuang/MSDNet' },
            ],
            extra: { authors: ['Gao Huang', 'Danlu Chen'], added: '2024-10-14', pages: 14 },
          },
          { title: 'A paper with a title only', links: [], extra: {} },
        ],
      },
      { name: 'Exit Policy', category: '3. Inference', papers: [] },
    ],
  };
  expect(serializeData(list)).toBe(
    [
      'EEN Design:',
      '  category: "1. Architecture"',
      '  list:',
      '    - title: "Multi-Scale Dense Networks for Resource Efficient Image Classification"',
      '      abbr: "MSDNet"',
      '      venue: "ICLR"',
      '      year: "2018"',
      '      links:',
      '        PDF: "https://arxiv.org/pdf/1703.09844"',
      '        CODE: "https://github.com/gaohuang/MSDNet"',
      '      authors:',
      '        - "Gao Huang"',
      '        - "Danlu Chen"',
      '      added: "2024-10-14"',
      '      pages: 14',
      '    - title: "A paper with a title only"',
      '',
      'Exit Policy:',
      '  category: "3. Inference"',
      '  list: []',
      '',
    ].join('\n'),
  );
  expect(roundTrip(list)).toEqual(list);
});

test('the real data file survives a round trip', () => {
  const text = readFileSync(
    new URL('../../fixtures/data/upstream-2024-10-14/data.yaml', import.meta.url),
    'utf8',
  );
  const list = valueOf(loadData(text, 'data.yaml'));
  expect(list.sections).toHaveLength(14);
  expect(roundTrip(list)).toEqual(list);
});

const nasty = [
  ' leading space',
  'trailing space ',
  'say "hi"',
  "it's",
  'back\\slash and \\n literally',
  '# not a comment',
  'a # b',
  'key: value',
  'ends with colon:',
  'line\nbreak',
  'crlf\r\nbreak',
  'tab\there',
  'Ef\uFB01cient',
  'emoji 🚀 and 中文',
  'null',
  'Null',
  '~',
  'true',
  'FALSE',
  '2024',
  '0o17',
  '1e3',
  '.inf',
  '- dash',
  '[not, a, list]',
  '{not: a map}',
  '&anchor',
  '*alias',
  '!tag',
  '%directive',
  '@at',
  '`tick`',
  '? question',
  '| pipe',
  '> fold',
  '---',
  'nul\u0000 bell\u0007 esc\u001b del\u007f nel\u0085 c1\u009f',
  'separators\u2028\u2029',
  'bom\uFEFF nonchars\uFFFE\uFFFF',
  'lone \uD800 surrogate \uDC00',
];

test('nasty strings in every text field survive a round trip', () => {
  const list: PaperList = {
    sections: nasty.map((text, i) => ({
      name: `S${i} ${text}`,
      category: text.trim() === '' ? 'blank' : text,
      papers: [
        {
          title: `T ${text}`,
          abbr: text,
          venue: text,
          year: '2024',
          links: [
            { label: text.trim() === '' ? 'X' : text, url: 'https://example.org/a"b\\c#d?e=f&g' },
            { label: `${text} 2`, url: 'https://例え.jp/パス?q=ü' },
          ],
          extra: { [text]: text, [`note ${i}`]: [text, { [text]: [] }] },
        },
      ],
    })),
  };
  expect(roundTrip(list)).toEqual(list);
});

test('the empty string, section names like numbers, and every kind of extra value', () => {
  const list: PaperList = {
    sections: [
      {
        name: '2024',
        category: 'By year',
        papers: [
          {
            title: 'Extras',
            abbr: '',
            venue: '',
            links: [],
            extra: {
              empty: '',
              none: null,
              yes: true,
              no: false,
              int: 42,
              negative: -7,
              float: 0.5,
              big: 1e21,
              tiny: 5e-7,
              nan: NaN,
              inf: Infinity,
              negInf: -Infinity,
              emptyList: [],
              emptyMap: {},
              nested: { a: [1, [2, 3], { b: null }], c: { d: { e: 'deep' } } },
              listOfMaps: [{ x: 1, y: 'two' }, {}],
            },
          },
        ],
      },
      { name: 'true', category: 'Looks like a boolean', papers: [] },
      { name: '1999', category: 'By year', papers: [] },
    ],
  };
  expect(roundTrip(list)).toEqual(list);
});

test('a list without sections is written as an empty mapping', () => {
  expect(serializeData({ sections: [] })).toBe('{}\n');
  expect(roundTrip({ sections: [] })).toEqual({ sections: [] });
});

test('known field names in extra are not written twice', () => {
  const list: PaperList = {
    sections: [
      {
        name: 'S',
        category: 'c',
        papers: [{ title: 'Real title', links: [], extra: { title: 'Shadow', doi: '10.1/x' } }],
      },
    ],
  };
  expect(serializeData(list)).toBe(
    'S:\n  category: "c"\n  list:\n    - title: "Real title"\n      doi: "10.1/x"\n',
  );
});
