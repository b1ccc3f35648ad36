// The Markdown pre-scan and the importer that calls it: each kind of bound just under (read) and
// just over (one problem with its line), the inputs that used to take minutes or crash, and work
// that stays linear whatever the nesting.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importLayout } from '../../../src/core/import/layouts/read.js';
import { importAny } from '../../../src/core/import/any.js';
import { defaultSettings } from '../../../src/core/settings/defaults.js';
import { BOUNDS } from '../../../src/core/limits/bounds.js';
import { checkMarkdownBounds, MARKDOWN_BOUNDS } from '../../../src/core/limits/markdown.js';
import { markdownShape } from '../../../src/core/limits/markdown-scan.js';
import { nestedListItems, randomMarkdown, readme, seeded, table } from './generate.js';

const example = readFileSync(new URL('../../../examples/ednn/README.md', import.meta.url), 'utf8');

describe('markdownShape', () => {
  test.each([
    ['indented list items', '- a\n  - b\n    - c\n', 3],
    ['a list in a quote', '> - a\n>   - b\n', 3],
    ['items continued by lazy lines', '- a\nlazy\n  - b\nlazy\n    - c\n', 3],
    ['markers inside fenced code', '```\n- - - - -\n> > > >\n```\n- a\n', 1],
    ['thematic breaks', '- - -\n* * *\n', 0],
    ['ordered items', '1. a\n   2. b\n      3) c\n', 3],
    ['items indented with tabs', '-\ta\n\t-\tb\n', 2],
    ['blank lines inside items', '- a\n\n  - b\n\n    - c\n', 3],
    ['markers on one line', '> > - - x', 4],
    ['a quote ended by a blank line', '> a\n\n> b\n', 1],
  ])('%s', (_, text, depth) => {
    expect(markdownShape(text).depth.max).toBe(depth);
  });

  test('tables: columns per row and cells in all, with or without outer pipes', () => {
    expect(markdownShape('|a|b|c|\n|-|-|-|\n|1|2|3|\n|4|5|6|\n')).toMatchObject({
      columns: { max: 3, line: 1 },
      cells: { max: 12 },
    });
    expect(markdownShape('a | b\n--- | ---\n1 | 2 \\| 3\n').columns.max).toBe(2);
    expect(markdownShape('a | b | c\n\nno table here\n').cells.max).toBe(0);
  });

  test('emphasis markers: runs of *, _ and ~, not underscores inside words', () => {
    const shape = markdownShape('*a* _b_ snake_case_name **c** ~~d~~ \\*\n\n| x_y | *z* |\n');
    expect(shape.blockMarkers.max).toBe(8);
    expect(shape.markers.max).toBe(10);
  });

  test('the example list and this project README nest and spread far below the bounds', () => {
    const readmeText = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const text of [example, readmeText])
      expect(checkMarkdownBounds(text, 'R.md')).toBeUndefined();
    expect(markdownShape(example)).toMatchObject({ depth: { max: 0 }, columns: { max: 5 } });
  });
});

describe('each bound, just under and just over, through the importer', () => {
  const max = BOUNDS.markdownDepth.max;
  const imported = (text: string) => importAny(text, 'README.md');
  const only = (text: string) => {
    const { list, problems } = imported(text);
    expect(list.sections).toEqual([]);
    expect(problems).toHaveLength(1);
    return problems[0];
  };

  test('list depth', () => {
    expect(imported(readme(nestedListItems(max))).list.sections).toHaveLength(1);
    expect(only(readme(nestedListItems(max + 1)))).toEqual({
      file: 'README.md',
      line: 11 + max,
      message: `lists nested ${max + 1} levels deep; paperlist reads at most ${max} levels`,
      hint: `${BOUNDS.markdownDepth.normal}; ${BOUNDS.markdownDepth.fix}`,
    });
  });

  test('block quote depth', () => {
    expect(imported(readme(`${'>'.repeat(max)} x`)).list.sections).toHaveLength(1);
    expect(only(readme(`${'>'.repeat(max + 1)} x`))).toMatchObject({
      line: 11,
      message: `block quotes nested ${max + 1} levels deep; paperlist reads at most ${max} levels`,
    });
    expect(only(readme(`${'> - '.repeat(17)}x`))?.message).toMatch(
      /^lists and block quotes nested 34 levels deep/u,
    );
  });

  test('columns', () => {
    const cols = BOUNDS.tableColumns.max;
    expect(checkMarkdownBounds(readme(table(cols, 1)), 'README.md')).toBeUndefined();
    expect(imported(readme(table(cols, 1))).list.sections).toHaveLength(1); // read, not refused
    expect(only(readme(`### Other\n\n${table(cols + 1, 1)}`))).toMatchObject({
      line: 13,
      message: `a table row has ${cols + 1} cells; paperlist reads at most ${cols} columns`,
    });
  });

  test('cells in all', () => {
    const limit = BOUNDS.tableCells.max; // 5 cells a row: the generated table has 5 * (rows + 2)
    const rows = limit / 5 - 2 - 3; // the README's own table has 3 rows of 5
    expect(checkMarkdownBounds(readme(table(5, rows)), 'README.md')).toBeUndefined();
    expect(only(readme(table(5, rows + 1)))).toMatchObject({
      line: 13 + rows,
      message: `the tables have ${(limit + 5).toLocaleString('en')} cells in all; paperlist reads at most ${limit.toLocaleString('en')} table cells`,
    });
  });

  test('emphasis markers in one row', () => {
    const per = BOUNDS.inlineMarkersPerBlock.max;
    const row = (n: number) => `| ${'a* '.repeat(n)} | N/A | ICLR | 2020 | |`;
    expect(checkMarkdownBounds(readme('', row(per)), 'README.md')).toBeUndefined();
    expect(imported(readme('', row(per))).list.sections).toHaveLength(1);
    expect(only(readme('', row(per + 1)))).toMatchObject({
      line: 9,
      message: `a paragraph or table row has ${per + 1} emphasis markers (*, _ or ~); paperlist reads at most ${per} emphasis markers`,
    });
  });

  test('emphasis markers that the general parser reads (paragraphs), in all', () => {
    const total = BOUNDS.inlineMarkers.max;
    const paragraphs = (n: number) =>
      '*a* '
        .repeat(50)
        .concat('\n\n')
        .repeat(n / 100);
    // The pre-scan lets them through (the line reader would read them cheaply) ...
    expect(checkMarkdownBounds(readme(`${paragraphs(total)}*b*\n`), 'README.md')).toBeUndefined();
    // ... but remark reads paragraphs, and its cost grows with their markers.
    expect(imported(readme(paragraphs(total))).list.sections).toHaveLength(1);
    expect(only(readme(`${paragraphs(total)}*b*\n`))).toMatchObject({
      line: 11,
      message: `the text besides headings, table rows and one-line list items has ${(total + 2).toLocaleString('en')} emphasis markers (*, _ or ~), counting the part that starts here; paperlist reads at most ${total.toLocaleString('en')} emphasis markers`,
    });
  });

  test('emphasis markers in one-line list items count only against the whole-text bound', () => {
    const items = (n: number) =>
      Array.from(
        { length: n / 4 },
        (_, i) => `- **[A${i}]** Title ${i} (_ICLR_) [[PDF]](https://a.b/${i})`,
      ).join('\n');
    const under = `## Papers\n\n${items(40_000)}\n`;
    const read = importLayout(under, 'README.md', { markers: defaultSettings.markers.main });
    expect(read.entries).toBe(10_000);
    expect(read.problems).toEqual([]);
  });

  test('emphasis markers in all', () => {
    const total = BOUNDS.inlineMarkersAll.max;
    const rows = (n: number) => Array.from({ length: n / 4 }, () => '| **a** *b* |').join('\n');
    const text = (n: number) => `| A |\n|---|\n${rows(n)}\n`;
    expect(checkMarkdownBounds(text(total), 'README.md')).toBeUndefined();
    expect(checkMarkdownBounds(`${text(total)}*c*\n`, 'README.md')).toMatchObject({
      line: 3 + total / 4,
      message: `the text has ${(total + 2).toLocaleString('en')} emphasis markers (*, _ or ~); paperlist reads at most ${total.toLocaleString('en')} emphasis markers`,
    });
  });

  test('size', () => {
    const bounds = { ...MARKDOWN_BOUNDS, chars: { ...BOUNDS.markdownChars, max: 30 } };
    expect(checkMarkdownBounds('x'.repeat(30), 'R.md', bounds)).toBeUndefined();
    expect(checkMarkdownBounds('x'.repeat(31), 'R.md', bounds, 'the README')?.message).toBe(
      'the README has 31 characters, past the limit at this line; paperlist reads at most 30 characters',
    );
    const limit = BOUNDS.markdownChars.max;
    expect(checkMarkdownBounds('x'.repeat(limit), 'R.md')).toBeUndefined();
    expect(only('x'.repeat(limit + 1))?.message).toMatch(/^the README has 5,000,001 characters/u);
  });
});

describe('the inputs that used to take minutes or crash', () => {
  test.each([
    [
      '50,000 nested block quotes',
      readme(`${'>'.repeat(50_000)} x`),
      /^block quotes nested 50,000 /u,
    ],
    ['800 nested list levels', readme(nestedListItems(800)), /^lists nested 800 levels deep/u],
    [
      '20,000 nested emphasis openers in one cell',
      readme('', `| ${'*a'.repeat(20_000)}${'a*'.repeat(20_000)} | | | | |`),
      /has 40,000 emphasis markers/u,
    ],
    ['a row of 5,000 columns', `### S\n\n${table(5_000, 1)}`, /^a table row has 5,000 cells/u],
  ])('%s: one problem', (_, text, message) => {
    const { problems } = importAny(text, 'README.md');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(message);
  });
});

describe('every importer refuses before parsing', () => {
  const deep = readme(nestedListItems(800));
  const message = /^lists nested 800 levels deep; paperlist reads at most 32 levels$/u;

  test('the layout importer (init) and the importer of any layout (import)', () => {
    const markers = { start: '<!-- main-start -->', end: '<!-- main-end -->' };
    const layout = importLayout(deep, 'README.md', { markers });
    expect(layout.entries).toBe(0);
    expect(layout.problems).toEqual([
      expect.objectContaining({ line: 810, message: expect.stringMatching(message) }),
    ]);
    const any = importAny(deep, 'README.md');
    expect(any.list.sections).toEqual([]);
    expect(any.problems).toEqual([
      expect.objectContaining({ line: 810, message: expect.stringMatching(message) }),
    ]);
  });

  test('just under the bound, both read the list', () => {
    const under = readme(nestedListItems(BOUNDS.markdownDepth.max));
    expect(importAny(under, 'README.md').list.sections).toHaveLength(1);
  });
});

describe('the pre-scan is linear', () => {
  test('random deep and wide nesting: a few steps per character, and the importer answers', () => {
    const random = seeded(10);
    for (let i = 0; i < 30; i++) {
      const text = randomMarkdown(2_000 + Math.floor(random() * 40_000), random, 60);
      const shape = markdownShape(text);
      expect(shape.work).toBeLessThanOrEqual(4 * text.length + 10);
      if (i < 8) expect(() => importAny(text, 'README.md')).not.toThrow();
    }
  });

  test('work per character is the same for 200 and 2,000 nested levels', () => {
    const makers = [
      (n: number) => nestedListItems(n),
      (n: number) => `${'>'.repeat(n)} x`,
      (n: number) => '> - '.repeat(n),
      (n: number) => `${nestedListItems(n)}\n`.repeat(2),
    ];
    for (const make of makers) {
      const small = make(200);
      const large = make(2_000);
      const perChar = (t: string) => markdownShape(t).work / t.length;
      expect(perChar(large) / perChar(small)).toBeLessThan(1.2);
    }
  });

  // A quadratic step would make 8 times the text cost 64 times the CPU; linear work costs 8 times.
  // The bound sits far from both so that a busy machine (JIT, GC, other processes) cannot tip it.
  test('the importer within the bounds: 8 times the text costs well under 64 times the CPU', () => {
    const random = seeded(3);
    const block = randomMarkdown(8_000, random, 30);
    const cpu = (text: string) => {
      let best = Infinity;
      for (let i = 0; i < 5; i++) {
        const start = process.cpuUsage();
        importAny(text, 'README.md');
        const used = process.cpuUsage(start);
        best = Math.min(best, used.user + used.system);
      }
      return best;
    };
    const small = readme(block);
    const large = readme(block.repeat(8));
    expect(checkMarkdownBounds(large, 'README.md')).toBeUndefined();
    cpu(small); // warm the JIT before either measure
    const ratio = cpu(large) / cpu(small);
    console.log('importer CPU, 8 times the text:', ratio.toFixed(1), 'times');
    expect(ratio).toBeLessThan(24);
  });
});
