import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { importAny } from '../../../src/core/import/any.js';
import { formatProblem } from '../../../src/core/problem.js';
import type { Paper, PaperList } from '../../../src/core/types.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

const summary = (list: PaperList) =>
  list.sections.map((s) => `${s.category} / ${s.name}: ${s.papers.length}`);

const find = (list: PaperList, section: string, title: string): Paper | undefined =>
  list.sections.find((s) => s.name === section)?.papers.find((p) => p.title.startsWith(title));

describe('import of the generated README (2024-10-14), the built-in tables', () => {
  const { list, problems } = importAny(fixture('upstream-2024-10-14/README.md'), 'README.md');

  test('reads every row without a problem', () => {
    expect(problems).toEqual([]);
    expect(list.sections).toHaveLength(14);
    expect(list.sections.reduce((n, s) => n + s.papers.length, 0)).toBe(44);
  });

  test('gives back the data file, in the rendered (year-descending) row order', () => {
    // Built from the data file directly, so this does not depend on the project's own loader.
    type Raw = Record<string, { category: string; list: Record<string, unknown>[] }>;
    const raw = yaml.load(fixture('upstream-2024-10-14/data.yaml')) as Raw;
    const expected = Object.entries(raw).map(([name, s]) => ({
      name,
      category: s.category.trim(),
      papers: s.list
        .map((p) => ({
          title: p.title,
          ...(p.abbr ? { abbr: p.abbr } : {}),
          ...(p.venue ? { venue: p.venue } : {}),
          ...(p.year ? { year: p.year } : {}),
          links: Object.entries((p.links ?? {}) as Record<string, string>).map(([label, url]) => ({
            label,
            url,
          })),
          extra: {},
        }))
        .sort((a, b) => String(b.year).localeCompare(String(a.year))),
    }));
    expect(list.sections).toEqual(expected);
  });

  test('keeps the U+FB01 ligature and leaves an empty venue empty', () => {
    expect(find(list, 'Exit Policy', 'FrameExit')?.title).toBe(
      'FrameExit: Conditional Early Exiting for Ef\uFB01cient Video Recognition',
    );
    expect(find(list, 'Inference Efficiency', 'Temporal Decisions')).toEqual({
      title:
        'Temporal Decisions: Leveraging Temporal Correlation for Efficient Decisions in Early Exit Neural Networks',
      year: '2024',
      links: [
        { label: 'PAGE', url: 'https://arxiv.org/abs/2403.07958' },
        { label: 'PDF', url: 'https://arxiv.org/pdf/2403.07958' },
      ],
      extra: {},
    });
  });
});

describe('import of the hand-written README (2024-09-27)', () => {
  const { list, problems } = importAny(fixture('upstream-2024-09-27/README.md'), 'README.md');

  test('reads all 30 rows in their 10 sections and 4 categories', () => {
    expect(problems).toEqual([]);
    expect(summary(list)).toEqual([
      '0. Survey / Survey: 3',
      '1. Architecture / EE Design: 1',
      '1. Architecture / EE Configuration: 3',
      '2. Training / Exits Augmentation: 4',
      '2. Training / Conflict among Exits: 2',
      '2. Training / Train-test Mismatch: 3',
      '2. Training / Training Efficiency: 2',
      '3. Inference / Exit Policy: 5',
      '3. Inference / Exits Prediction: 2',
      '3. Inference / Inference Efficiency: 5',
    ]);
  });

  test('keeps both empty venues empty and reads N/A as no abbreviation', () => {
    expect(find(list, 'Exits Augmentation', 'Harmornized')).toEqual({
      title: 'Harmornized Dense Knowledge Distiilation Training for Multi-Exit Architecture',
      abbr: 'HDKD',
      year: '2021',
      links: [
        { label: 'PAGE', url: 'https://ojs.aaai.org/index.php/AAAI/article/view/17225' },
        { label: 'PDF', url: 'https://ojs.aaai.org/index.php/AAAI/article/view/17225/17032' },
      ],
      extra: {},
    });
    const temporal = find(list, 'Inference Efficiency', 'Temporal Decisions');
    expect(temporal && 'venue' in temporal).toBe(false);
    expect(temporal && 'abbr' in temporal).toBe(false);
  });

  test('keeps links in order with their labels', () => {
    expect(find(list, 'Conflict among Exits', 'Meta-GF')?.links.map((l) => l.label)).toEqual([
      'PAGE',
      'PDF',
      'CODE',
    ]);
  });
});

describe('import of a list with other tables and mistakes', () => {
  const { list, problems } = importAny(fixture('other-layout/README.md'), 'README.md');

  // An entry written unlike its neighbours keeps its own template (`shape`): its fields are the rest.
  const fields = (paper: Paper): Paper => ({
    ...paper,
    extra: Object.fromEntries(Object.entries(paper.extra).filter(([key]) => key !== 'shape')),
  });

  test('maps columns by header and unescapes cell text; nothing written is dropped', () => {
    expect(list.sections.map((s) => ({ ...s, papers: s.papers.map(fields) }))).toEqual([
      // A table above every heading is a section of its own.
      {
        name: 'Papers',
        category: 'Papers',
        papers: [
          {
            title: 'A table that belongs to no section',
            year: '2020',
            links: [{ label: 'link', url: 'https://example.org/a.pdf' }],
            extra: {},
          },
        ],
      },
      // A section name written under two categories is two sections, named by their heading path.
      {
        name: 'Vision / Video',
        category: 'Vision',
        heading: 'Video',
        papers: [
          {
            title: 'FrameExit: Conditional Early Exiting for Ef\uFB01cient Video Recognition',
            abbr: 'FrameExit',
            venue: 'CVPR',
            year: '2021',
            links: [
              { label: 'PAGE', url: 'https://example.org/frameexit' },
              { label: 'PDF', url: 'https://example.org/frameexit.pdf' },
            ],
            extra: { authors: 'A. Author' },
          },
          {
            title: 'Pipes | and & ampersands',
            links: [{ label: 'CODE', url: 'https://example.org/code' }],
            extra: {},
          },
          {
            title: 'A row with a cell too many',
            abbr: 'X',
            venue: 'ICML',
            year: '2019',
            links: [],
            extra: { authors: 'B. Author' },
          },
          {
            title: 'Notes instead of links',
            venue: 'ICLR',
            year: '2018',
            // A second link of the same label keeps the next free label, in the order written.
            links: [
              { label: 'PDF', url: 'https://example.org/n.pdf' },
              { label: 'PDF-2', url: 'https://example.org/n2.pdf' },
            ],
            extra: {},
          },
        ],
      },
      {
        name: 'Images',
        category: 'Vision',
        papers: [{ title: 'Emphasised title with code', links: [], extra: {} }],
      },
      {
        name: 'Language / Video',
        category: 'Language',
        heading: 'Video',
        papers: [{ title: 'Same section name again', year: '2024', links: [], extra: {} }],
      },
    ]);
    // What the rows write besides their fields stays in their own template.
    const notes = list.sections[1]?.papers[3]?.extra.shape;
    expect(notes).toContain('see appendix');
  });

  test('reports every row and cell part it could not read as data, with its line', () => {
    expect(problems.map(formatProblem)).toEqual([
      'README.md:17:1: row has 7 cells but the header has 6; its last cell is kept as written, not as a field (give the row one cell per column, and write a "|" inside a cell as "\\|")',
      'README.md:18: row has no title; it is kept as written, not as a paper (fill in the Title cell)',
      'README.md:19:75: "see appendix" is not a link; it is kept as written, not as a link of the paper (write each link as [[LABEL](https://...)], or move the words to a column of their own)',
      'README.md:26:36: link "https://example.org/bare" has no label; it is kept as written, not as a link of the paper (write it as [[PDF](https://example.org/bare)] with the label you want shown)',
    ]);
  });
});

describe('import details', () => {
  const table = '| Title | Abbreviation | Venue | Year | Materials |\n|---|---|---|---|---|\n';

  test('reads only inside the main-zone markers when they are present', () => {
    const md = `## Before\n### Outside\n${table}| Not read | N/A | V | 2020 | |\n\n<!-- main-start -->\n## Inside\n### Kept\n${table}| Read | N/A | V | 2021 | |\n\n<!-- main-end -->\n`;
    expect(summary(importAny(md, 'R.md').list)).toEqual(['Inside / Kept: 1']);
  });

  test('honours custom markers', () => {
    const md = `<!-- a -->\n## C\n### S\n${table}| T | | | | |\n<!-- b -->\n## D\n### Later\n`;
    const { list } = importAny(md, 'R.md', {
      markers: { start: '<!-- a -->', end: '<!-- b -->' },
    });
    expect(summary(list)).toEqual(['C / S: 1']);
  });

  test('reports a start marker without its end and reads to the end of the file', () => {
    const md = `intro\n\n<!-- main-start -->\n## C\n### S\n${table}| T | | | | |\n`;
    const { list, problems } = importAny(md, 'R.md');
    expect(summary(list)).toEqual(['C / S: 1']);
    expect(problems.map(formatProblem)).toEqual([
      'R.md:3:1: marker "<!-- main-start -->" has no matching "<!-- main-end -->"; the list was found without it (put the start marker above the list and the end marker below it)',
    ]);
  });

  test('a section heading with no category above it is a category of its own', () => {
    const md = `### S\n| Title |\n|---|\n| T |\n\n### U\n| Title |\n|---|\n| V |\n`;
    const { list, problems } = importAny(md, 'R.md');
    expect(summary(list)).toEqual(['S / S: 1', 'U / U: 1']);
    expect(problems).toEqual([]);
  });

  test('reports a table without a Title column; reads the text of a Title cell holding HTML', () => {
    const md = `<!-- main-start -->\n### Lonely\n| Venue | Year |\n|---|---|\n| X | 2020 |\n\n## C\n### S\n${table}| A <b>bold</b> title | N/A | V | 2020 | [[PDF](https://e.org/p)] |\n<!-- main-end -->\n`;
    const { list, problems } = importAny(md, 'R.md');
    expect(list.sections).toEqual([
      {
        name: 'S',
        category: 'C',
        papers: [
          {
            title: 'A bold title',
            venue: 'V',
            year: '2020',
            links: [{ label: 'PDF', url: 'https://e.org/p' }],
            extra: {},
          },
        ],
      },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'R.md:3:1: table has no Title column; its row is kept as written, not as a paper (name the column with the paper titles "Title")',
    ]);
  });

  test('a Title cell that is one link: its text is the title, its address the paper link', () => {
    const md = `## C\n### S\n| Title | Links |\n|---|---|\n| [Paper](https://e.org/x) | |\n`;
    const { list, problems } = importAny(md, 'R.md');
    expect(list.sections[0]?.papers).toEqual([
      { title: 'Paper', links: [{ label: 'paper', url: 'https://e.org/x' }], extra: {} },
    ]);
    expect(problems).toEqual([]);
  });

  test('a venue written in HTML or emphasis gives its text, the row keeping its markup', () => {
    const md = `## C\n| Title | Venue | Year |\n|---|---|---|\n| A paper | <b>ICLR</b> | **2020** |\n| B paper | ICML | 2021 |\n`;
    const papers = importAny(md, 'R.md').list.sections[0]?.papers ?? [];
    expect(papers.map((p) => [p.venue, p.year])).toEqual([
      ['ICLR', '2020'],
      ['ICML', '2021'],
    ]);
    expect(papers[0]?.extra.shape).toContain('<b>ICLR</b>');
  });

  test('a line of dots after a table (a row to GFM) has no words: no paper, and named', () => {
    const md = `## C\n| Title | Year |\n|---|---|\n| A paper | 2020 |\n...\n`;
    const { list, problems } = importAny(md, 'R.md');
    expect(list.sections[0]?.papers.map((p) => p.title)).toEqual(['A paper']);
    expect(problems.map(formatProblem)).toEqual([
      'R.md:5: not read as a paper: "..."; it is kept as written (write it like the other entries (a title and a link), or move it outside the list)',
    ]);
  });

  test('reports a repeated or unnamed column and keeps its cells under a field of its own', () => {
    const md = `## C\n### S\n| Title | Year | Year |  |\n|---|---|---|---|\n| T | 2020 | 2021 | x |\n`;
    const { list, problems } = importAny(md, 'R.md');
    expect(list.sections[0]?.papers).toEqual([
      { title: 'T', year: '2020', links: [], extra: { 'year-2': '2021', column: 'x' } },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'R.md:3:16: column 3 "Year" repeats column 2; its cells are kept as the field "year-2" (keep one column per field, or give this one a name of its own)',
      'R.md:3:23: column 4 has no header; its cells are kept as the field "column" (give the column a header such as "Authors" to name its field)',
    ]);
  });

  test('reports a README with no entries at all', () => {
    const { list, problems } = importAny('# Just prose\n\nNo tables here.\n', 'R.md');
    expect(list).toEqual({ sections: [] });
    expect(problems).toEqual([
      {
        file: 'R.md',
        message: 'no paper entries were found, so there is nothing to import',
        hint: 'entries are table rows with a Title column, or list items and paragraphs with a title and a link',
      },
    ]);
  });

  test('reads CRLF line endings', () => {
    const md = `## C\r\n### S\r\n${table.replace(/\n/g, '\r\n')}| T | A | V | 2020 | [[PDF](https://e.org/p)] |\r\n`;
    const { list, problems } = importAny(md, 'R.md');
    expect(problems).toEqual([]);
    expect(list.sections[0]?.papers[0]).toEqual({
      title: 'T',
      abbr: 'A',
      venue: 'V',
      year: '2020',
      links: [{ label: 'PDF', url: 'https://e.org/p' }],
      extra: {},
    });
  });
});
