// Table cells read by the layout importer are checked as a reader of the table would: a refused
// value is said at its cell, a row wider than its header is named, a lone zone marker is named,
// a header cell that is empty or repeats another is named, and the renderer's invisible U+2060 is
// no part of the data.
import { describe, expect, test } from 'vitest';
import { importAny } from '../../../../src/core/import/any.js';
import { formatProblem } from '../../../../src/core/problem.js';

const lines = (...rows: string[]) => rows.map((r) => `${r}\n`).join('');
const problems = (md: string) => importAny(md, 'R.md').problems.map(formatProblem);

describe('cells of a table read by the layout importer', () => {
  test('a link the data file refuses is said at the link, not only at its row', () => {
    const md = lines(
      '## Papers',
      '',
      '| Title | Year | Links |',
      '|---|---|---|',
      '| Paper one | 2023 | [PDF](https://x.org/1.pdf) |',
      '| Paper two | 2024 | [PDF](https://x.org/2.pdf) [Code](https://u:p@x.org) |',
    );
    // The row is line 6; the refused link starts at column 49 of it.
    expect(problems(md)).toEqual([
      'R.md:6:49: Papers[1].links.Code: "https://u:p@x.org" contains a user name or password (remove the user name and password, the "name:password@" part in front of the address; links must be public)',
    ]);
  });

  test('a row with more cells than its header is named, and kept', () => {
    const md = lines(
      '## Papers',
      '',
      '| Title | Year |',
      '|---|---|',
      '| Kept | 2020 |',
      '| Wide | 2021 | surplus |',
    );
    const { list, problems: found } = importAny(md, 'R.md');
    expect(list.sections[0]?.papers.map((p) => p.title)).toEqual(['Kept', 'Wide']);
    expect(found.map(formatProblem)).toEqual([
      'R.md:6:1: row has 3 cells but the header has 2; its last cell is kept as written, not as a field (give the row one cell per column, and write a "|" inside a cell as "\\|")',
    ]);
  });

  test('a start marker without its end is named', () => {
    const md = lines(
      '# List',
      '',
      '<!-- main-start -->',
      '## Papers',
      '',
      '| Title | Year |',
      '|---|---|',
      '| One | 2020 |',
    );
    expect(problems(md)).toEqual([
      'R.md:3:1: marker "<!-- main-start -->" has no matching "<!-- main-end -->"; the list was found without it (put the start marker above the list and the end marker below it)',
    ]);
  });

  test('markers in the wrong order are named', () => {
    const md = lines(
      '<!-- main-end -->',
      '## Papers',
      '',
      '| Title |',
      '|---|',
      '| One |',
      '<!-- main-start -->',
    );
    expect(problems(md)[0]).toMatch(/^R\.md:1:1: marker "<!-- main-end -->" comes before/);
  });

  test('the invisible U+2060 is dropped from every field, not from the text around it', () => {
    const md = lines(
      '## Papers',
      '',
      '| Title | Venue | Abbr |',
      '|---|---|---|',
      '| See www&#8288;.x.org | https:&#8288;//v.org | a&#8288;@b.com |',
    );
    const paper = importAny(md, 'R.md').list.sections[0]?.papers[0];
    expect(paper?.title).toBe('See www.x.org');
    expect(paper?.venue).toBe('https://v.org');
    expect(paper?.abbr).toBe('a@b.com');
  });

  test('a row not read as a paper is named, with or without a web link', () => {
    const md = lines(
      '## Papers',
      '',
      '| Title | Year |',
      '|---|---|',
      '| Read | 2020 |',
      '| | 2021 |',
      '| Also read | 2022 |',
      '| [![logo](https://e.org/logo.png)](https://e.org/x) | 2023 |',
      '| A <b>bold</b> title | 2024 |',
    );
    const { list, problems: found } = importAny(md, 'R.md');
    // The Title cell's text is the title, whatever markup it holds; a cell showing only a picture
    // has none.
    expect(list.sections[0]?.papers.map((p) => p.title)).toEqual([
      'Read',
      'Also read',
      'A bold title',
    ]);
    expect(found.map(formatProblem)).toEqual([
      'R.md:6: row has no title; it is kept as written, not as a paper (fill in the Title cell)',
      'R.md:8: row has no title; it is kept as written, not as a paper (fill in the Title cell)',
    ]);
  });
});
