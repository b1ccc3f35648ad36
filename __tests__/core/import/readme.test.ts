import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { importReadme } from '../../../src/core/import/readme.js';
import { formatProblem } from '../../../src/core/problem.js';
import type { Paper, PaperList } from '../../../src/core/types.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

const summary = (list: PaperList) =>
  list.sections.map((s) => `${s.category} / ${s.name}: ${s.papers.length}`);

const find = (list: PaperList, section: string, title: string): Paper | undefined =>
  list.sections.find((s) => s.name === section)?.papers.find((p) => p.title.startsWith(title));

describe('importReadme on the generated README (2024-10-14)', () => {
  const { list, problems } = importReadme(fixture('upstream-2024-10-14/README.md'), 'README.md');

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

describe('importReadme on the hand-written README (2024-09-27)', () => {
  const { list, problems } = importReadme(fixture('upstream-2024-09-27/README.md'), 'README.md');

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

describe('importReadme on a list with another layout and mistakes', () => {
  const { list, problems } = importReadme(fixture('other-layout/README.md'), 'README.md');

  test('maps columns by header and unescapes cell text', () => {
    expect(list).toEqual({
      sections: [
        {
          name: 'Video',
          category: 'Vision',
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
              title: 'Notes instead of links',
              venue: 'ICLR',
              year: '2018',
              links: [{ label: 'PDF', url: 'https://example.org/n.pdf' }],
              extra: {},
            },
            { title: 'Same section name again', year: '2024', links: [], extra: {} },
          ],
        },
        {
          name: 'Images',
          category: 'Vision',
          papers: [{ title: 'Emphasised title with code', links: [], extra: {} }],
        },
      ],
    });
  });

  test('reports every row it could not read, with its line', () => {
    expect(problems.map(formatProblem)).toEqual([
      'README.md:7:1: table is not under a "### Section" heading; its 1 row was not imported (add a "### Section" heading above the table)',
      'README.md:17:1: Video[2]: row has 7 cells but the header has 6; it was not imported (give the row one cell per column, and write a "|" inside a cell as "\\|")',
      'README.md:18:1: Video[2].title: row has no title; it was not imported (fill in the Title cell)',
      'README.md:19:75: Video[2].links: "see appendix" is not a link and was not imported (write each material as [[LABEL](https://...)])',
      'README.md:19:91: Video[2].links: a second "PDF" link "https://example.org/n2.pdf" was not imported (use each label once per paper; give this link its own label, such as CODE or SLIDES)',
      'README.md:26:36: Images[0].links: link "https://example.org/bare" has no label and was not imported (write it as [[PDF](https://example.org/bare)] with the label you want shown)',
      'README.md:29:1: Video: section "Video" appears twice (under "Vision" and "Language"); its rows were added to the first one (give each "### Section" heading a different name)',
    ]);
  });
});

describe('importReadme details', () => {
  const table = '| Title | Abbreviation | Venue | Year | Materials |\n|---|---|---|---|---|\n';

  test('reads only inside the main-zone markers when they are present', () => {
    const md = `## Before\n### Outside\n${table}| Not read | N/A | V | 2020 | |\n\n<!-- main-start -->\n## Inside\n### Kept\n${table}| Read | N/A | V | 2021 | |\n\n<!-- main-end -->\n`;
    expect(summary(importReadme(md, 'R.md').list)).toEqual(['Inside / Kept: 1']);
  });

  test('honours custom markers', () => {
    const md = `<!-- a -->\n## C\n### S\n${table}| T | | | | |\n<!-- b -->\n## D\n### Later\n`;
    const { list } = importReadme(md, 'R.md', {
      markers: { start: '<!-- a -->', end: '<!-- b -->' },
    });
    expect(summary(list)).toEqual(['C / S: 1']);
  });

  test('reports a start marker without its end and reads to the end of the file', () => {
    const md = `intro\n\n<!-- main-start -->\n## C\n### S\n${table}| T | | | | |\n`;
    const { list, problems } = importReadme(md, 'R.md');
    expect(summary(list)).toEqual(['C / S: 1']);
    expect(problems.map(formatProblem)).toEqual([
      'R.md:3:1: marker "<!-- main-start -->" has no matching "<!-- main-end -->"; read from it (put the start marker above the tables and the end marker below them)',
    ]);
  });

  test('reports a section with no category heading, a table without a Title column, HTML in a cell', () => {
    const md = `### Lonely\n| Name | Year |\n|---|---|\n| X | 2020 |\n\n## C\n### S\n${table}| A <b>bold</b> title | N/A | V | 2020 | [[PDF](https://e.org/p)] |\n`;
    const { list, problems } = importReadme(md, 'R.md');
    expect(list.sections).toEqual([
      { name: 'Lonely', category: '', papers: [] },
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
      'R.md:1:1: Lonely.category: section "Lonely" is not under a "## Category" heading (add a "## Category" heading above it)',
      'R.md:2:1: Lonely: table has no Title column; its 1 row was not imported (name the column with the paper titles "Title")',
      'R.md:10:5: S[0].title: HTML "<b>" was not imported (write the cell as plain text)',
      'R.md:10:12: S[0].title: HTML "</b>" was not imported (write the cell as plain text)',
    ]);
  });

  test('keeps a linked title as text and reports the dropped URL', () => {
    const md = `## C\n### S\n| Title | Links |\n|---|---|\n| [Paper](https://e.org/x) | |\n`;
    const { list, problems } = importReadme(md, 'R.md');
    expect(list.sections[0]?.papers).toEqual([{ title: 'Paper', links: [], extra: {} }]);
    expect(problems.map(formatProblem)).toEqual([
      'R.md:5:3: S[0].title: the link\'s URL "https://e.org/x" was not imported, only its text (put links in the Materials column as [[LABEL](https://...)])',
    ]);
  });

  test('reports a repeated or unnamed column and skips it', () => {
    const md = `## C\n### S\n| Title | Year | Year |  |\n|---|---|---|---|\n| T | 2020 | 2021 | x |\n`;
    const { list, problems } = importReadme(md, 'R.md');
    expect(list.sections[0]?.papers).toEqual([{ title: 'T', year: '2020', links: [], extra: {} }]);
    expect(problems.map(formatProblem)).toEqual([
      'R.md:3:16: column 3 "Year" repeats column 2; it was not imported (keep one column per field)',
      'R.md:3:23: column 4 has no header; it was not imported (give the column a header such as "Authors" to keep it)',
    ]);
  });

  test('reports a README with no sections at all', () => {
    expect(importReadme('# Just prose\n\nNo tables here.\n', 'R.md')).toEqual({
      list: { sections: [] },
      problems: [
        {
          file: 'R.md',
          message: 'no "### Section" heading was found, so there is nothing to import',
          hint: 'write each section as a "### Section" heading followed by its table',
        },
      ],
    });
  });

  test('reads CRLF line endings', () => {
    const md = `## C\r\n### S\r\n${table.replace(/\n/g, '\r\n')}| T | A | V | 2020 | [[PDF](https://e.org/p)] |\r\n`;
    const { list, problems } = importReadme(md, 'R.md');
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
