// The importer's answers to reviewed bugs: what it prints must pass `validate`, or each problem is
// said at its cell; text the renderer wrote comes back unchanged, header text never reaches
// Object.prototype, short rows are GFM.
import { describe, expect, test } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { serializeData } from '../../../src/core/data/serialize.js';
import { importAny } from '../../../src/core/import/any.js';
import { formatProblem } from '../../../src/core/problem.js';
import { renderReadme } from '../../../src/core/render/readme.js';
import { defaultSettings } from '../../../src/core/settings/defaults.js';
import type { Paper, PaperList } from '../../../src/core/types.js';
import { problemsOf } from '../../../src/core/result.js';

const lines = (...rows: string[]) => rows.map((r) => `${r}\n`).join('');
const problems = (md: string) => importAny(md, 'R.md').problems.map(formatProblem);

describe('the imported data is checked as validate checks it', () => {
  test('a password is reported at its link; a year or link a reader keeps as written is named', () => {
    const md = lines(
      '## Cat',
      '### Sec',
      '| Title | Year | Materials |',
      '|---|---|---|',
      '| Paper one | 24 | [[Code](javascript:alert(1))] |',
      '| Paper two | 2024a | [[PDF](</rel/path>)] [[X](https://u:p@x.org)] |',
      '| Fine | 2024 | [[PDF](https://x.org/p.pdf)] |',
    );
    const { list, problems: found } = importAny(md, 'R.md');
    expect(found.map(formatProblem)).toEqual([
      'R.md:5:21: link "javascript:alert(1)" is no web address; it is kept as written, not as a link of the paper (write the full address starting with https://, as shown in the browser)',
      'R.md:6:24: link "/rel/path" is no web address; it is kept as written, not as a link of the paper (write the full address starting with https://, as shown in the browser)',
      'R.md:6:45: Sec[1].links.X: "https://u:p@x.org" contains a user name or password (remove the user name and password, the "name:password@" part in front of the address; links must be public)',
    ]);
    // Everything is still imported: a year that is not four digits is the entry's date, a link to
    // no web address stays in the entry as written, so the data file can be fixed by hand.
    const papers = list.sections[0]?.papers ?? [];
    expect(papers.map((p) => [p.year, p.extra.date])).toEqual([
      [undefined, '24'],
      [undefined, '2024a'],
      ['2024', undefined],
    ]);
    expect(papers[0]?.extra.shape).toContain('[[Code](javascript:alert(1))]');
    // Exactly the problems validate reports for the printed file, fields and messages alike.
    const validated = problemsOf(loadData(serializeData(list), 'data.yaml'));
    expect(validated.map((p) => [p.field, p.message])).toEqual(
      found.filter((p) => p.field !== undefined).map((p) => [p.field, p.message]),
    );
  });

  test('indexes and section names with brackets still find their row', () => {
    const md = lines(
      '## Cat',
      '### A [1].b',
      '| Title | Year | Links |',
      '|---|---|---|',
      '| Good | 2020 | [PDF](https://x.org) |',
      '| Bad | 2021 | [PDF](https://u:p@x.org) |',
    );
    expect(problems(md)).toEqual([
      'R.md:6:16: A [1].b[1].links.PDF: "https://u:p@x.org" contains a user name or password (remove the user name and password, the "name:password@" part in front of the address; links must be public)',
    ]);
  });

  test('a section value validate refuses is said at its heading, once', () => {
    const md = lines(
      '## ',
      '### S',
      '| Title |',
      '|---|',
      '| T |',
      '## C',
      '###',
      '| Title |',
      '|---|',
      '| U |',
    );
    expect(problems(md)).toEqual([
      "R.md:2: S.category: the category is empty (write the heading's text after its # marks)",
      "R.md:7: a section name is empty (write the heading's text after its # marks)",
    ]);
  });

  test('a section without a category heading is a category of its own, without a problem', () => {
    const { list, problems: found } = importAny(
      lines('### S', '| Title |', '|---|', '| T |'),
      'R.md',
    );
    expect(found).toEqual([]);
    expect(list.sections.map((s) => [s.category, s.name])).toEqual([['S', 'S']]);
  });
});

describe('text the renderer escaped comes back as written', () => {
  test('the invisible U+2060 that breaks autolinks is dropped', () => {
    const title = 'See www.x.org, https://y.org and a@b.com (ftp://z.org)';
    const list: PaperList = {
      sections: [
        {
          name: 'On www.x.org',
          category: 'Mail a@b.com',
          papers: [
            {
              title,
              abbr: 'www.A',
              venue: 'https://v.org',
              year: '2024',
              links: [{ label: 'PDF', url: 'https://x.org/p.pdf' }],
              extra: {},
            },
          ],
        },
      ],
    };
    const readme =
      '<!-- main-start -->\n<!-- main-end -->\n<!-- update-time-start -->\n<!-- update-time-end -->\n';
    const rendered = renderReadme(readme, list, defaultSettings, new Date('2024-10-14T12:47:37Z'));
    if (!rendered.ok) throw new Error(rendered.problems.map(formatProblem).join('\n'));
    expect(rendered.value).toContain('www&#8288;.x.org');
    expect(rendered.value).toContain('https:&#8288;//y.org');
    expect(rendered.value).toContain('a&#8288;@b.com');

    const imported = importAny(rendered.value, 'README.md');
    expect(imported.problems).toEqual([]);
    expect(imported.list).toEqual(list);
    expect(imported.list.sections[0]?.papers[0]?.title).toBe(title);
  });
});

describe('header text is looked up as data, never as an object member', () => {
  test('Constructor, toString, __proto__ and friends become extra fields', () => {
    const md = lines(
      '## C',
      '### S',
      '| Title | Constructor | toString | __proto__ | hasOwnProperty | valueOf | Year |',
      '|---|---|---|---|---|---|---|',
      '| T | a | b | c | d | e | 2024 |',
    );
    const { list, problems: found } = importAny(md, 'R.md');
    expect(found).toEqual([]);
    const paper = list.sections[0]?.papers[0];
    expect(paper).toEqual({
      title: 'T',
      year: '2024',
      links: [],
      extra: { constructor: 'a', tostring: 'b', proto: 'c', hasownproperty: 'd', valueof: 'e' },
    });
    expect(Object.getPrototypeOf(paper?.extra)).toBe(Object.prototype);
    expect(loadData(serializeData(list), 'data.yaml')).toEqual({ ok: true, value: list });
  });

  test('a column keyed "__proto__" is kept as a field, not set as the prototype', () => {
    // `__proto__` itself reads as `proto`; a letter between the underscores keeps them.
    const md = lines('## C', '### S', '| Title | __proto__x |', '|---|---|', '| T | v |');
    const extra = importAny(md, 'R.md').list.sections[0]?.papers[0]?.extra;
    expect(Object.keys(extra ?? {})).toEqual(['proto-x']);
  });

  test('a known header with punctuation (Abbr., Year:) is that field, not a dropped extra', () => {
    const md = lines(
      '## C',
      '### S',
      '| Title | Abbr. | Year: |',
      '|---|---|---|',
      '| T | X | 2024 |',
    );
    expect(importAny(md, 'R.md').list.sections[0]?.papers).toEqual([
      { title: 'T', abbr: 'X', year: '2024', links: [], extra: {} },
    ]);
  });
});

describe('rows with fewer or more cells than the header', () => {
  const head = [
    '## C',
    '### S',
    '| Title | Abbr | Year | Materials | Authors |',
    '|---|---|---|---|---|',
  ];

  test('missing cells are empty, as in GFM', () => {
    const md = lines(
      ...head,
      '| Short | X |',
      '| Shorter |',
      '| Full | N/A | 2024 | [[PDF](https://x.org)] | A. B |',
    );
    const { list, problems: found } = importAny(md, 'R.md');
    expect(found).toEqual([]);
    // A row written unlike the others keeps its own template (`shape`): its fields are the rest.
    const fields = (paper: Paper) => ({
      ...paper,
      extra: Object.fromEntries(Object.entries(paper.extra).filter(([key]) => key !== 'shape')),
    });
    expect(list.sections[0]?.papers.map(fields)).toEqual([
      { title: 'Short', abbr: 'X', links: [], extra: {} },
      { title: 'Shorter', links: [], extra: {} },
      {
        title: 'Full',
        year: '2024',
        links: [{ label: 'PDF', url: 'https://x.org' }],
        extra: { authors: 'A. B' },
      },
    ]);
  });

  test('a short row without its title is still reported', () => {
    const md = lines(
      '## C',
      '### S',
      '| Year | Title |',
      '|---|---|',
      '| 2021 | Read |',
      '| 2020 |',
    );
    expect(problems(md)).toEqual([
      'R.md:6: row has no title; it is kept as written, not as a paper (fill in the Title cell)',
    ]);
  });

  test('a row with more cells than the header is named: GFM does not show the extra cells', () => {
    expect(problems(lines(...head, '| Long | X | 2020 | | A | surplus |'))).toEqual([
      'R.md:5:1: row has 6 cells but the header has 5; its last cell is kept as written, not as a field (give the row one cell per column, and write a "|" inside a cell as "\\|")',
    ]);
  });
});
