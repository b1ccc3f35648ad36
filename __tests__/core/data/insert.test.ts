// insertPaper: the entry goes in by text, in each list's own style, and the result is proven.
// A fixture whose paper.json has `at` puts the paper at that place of its one section (insertPaperAt).
import { readdirSync, readFileSync } from 'node:fs';
import { structuredPatch } from 'diff';
import { parseDocument } from 'yaml';
import { describe, expect, test, vi } from 'vitest';
import { insertPaper, insertPaperAt } from '../../../src/core/data/insert.js';
import { loadData } from '../../../src/core/data/load.js';
import type { Paper } from '../../../src/core/types.js';
import { valueOf } from '../../result.js';

vi.mock('yaml', async (importOriginal) => {
  const original = await importOriginal<typeof import('yaml')>();
  return { ...original, parseDocument: vi.fn(original.parseDocument) };
});

const root = new URL('../../fixtures/insert/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, root), 'utf8');
const cases = readdirSync(root);

const paper = (over: Partial<Paper> = {}): Paper => ({
  title: 'A New Paper',
  year: '2025',
  links: [{ label: 'PDF', url: 'https://arxiv.org/pdf/2501.00001' }],
  extra: {},
  ...over,
});

describe.each(cases)('fixture %s', (name) => {
  const data = read(`${name}/data.yaml`);
  const expected = read(`${name}/expected.yaml`);
  const input = JSON.parse(read(`${name}/paper.json`)) as {
    sections: string[];
    at?: number;
    paper: Paper;
  };
  const result =
    input.at === undefined
      ? insertPaper(data, input.sections, input.paper, 'data.yaml')
      : insertPaperAt(data, input.sections[0] ?? '', input.paper, input.at, 'data.yaml');

  test('gives the expected file', () => {
    expect(result).toEqual({ ok: true, value: expected });
  });

  test('only adds lines (a list written `[]` changes that one line)', () => {
    const patch = structuredPatch('a', 'b', data, expected);
    const removed = patch.hunks.flatMap((h) => h.lines.filter((l) => l.startsWith('-')));
    // The file without a final line break gains one on its last line, which diff shows as a change.
    const allowed = name === 'flow-empty' ? ['-  list: []  # nothing yet'] : [];
    if (name === 'no-trailing-newline') allowed.push(data.split('\n').at(-1) ?? '');
    expect(removed.map((l) => l.slice(1).replace(/\r$/, ''))).toEqual(
      allowed.map((l) => l.replace(/^-/, '')),
    );
  });
});

describe('the real file', () => {
  const data = read('real/data.yaml');

  test('loads with the new paper in its sections and nothing else changed', () => {
    const result = insertPaper(data, ['Exit Policy'], paper(), 'data.yaml');
    if (!result.ok) throw new Error('insert failed');
    const before = valueOf(loadData(data, 'data.yaml'));
    const after = valueOf(loadData(result.value, 'data.yaml'));
    const exitPolicy = before.sections.find((s) => s.name === 'Exit Policy');
    exitPolicy?.papers.push(paper());
    expect(after).toEqual(before);
  });

  test('naming a section twice adds the paper once', () => {
    const twice = insertPaper(data, ['Survey', 'Survey'], paper(), 'data.yaml');
    const once = insertPaper(data, ['Survey'], paper(), 'data.yaml');
    expect(twice).toEqual(once);
  });
});

describe('refusals', () => {
  test('an unknown section', () => {
    const data = 'A:\n  category: "x"\n  list: []\nB:\n  category: "y"\n  list: []\n';
    expect(insertPaper(data, ['C'], paper(), 'data.yaml')).toEqual({
      ok: false,
      problems: [
        {
          file: 'data.yaml',
          field: 'C',
          message: 'the section "C" is not in the data file',
          hint: 'use one of: A, B',
        },
      ],
    });
  });

  test('a list written inline with entries', () => {
    const data = 'A:\n  category: "x"\n  list: [{title: "T"}]\n';
    expect(insertPaper(data, ['A'], paper(), 'data.yaml')).toEqual({
      ok: false,
      problems: [
        {
          file: 'data.yaml',
          line: 3,
          column: 1,
          field: 'A',
          message:
            'the list of "A" is written inline (flow style), so the paper cannot be added to it',
          hint: 'write the list as one `- title: ...` entry per line, like the other sections',
        },
      ],
    });
  });

  test('a place past the end of the list', () => {
    const data = 'A:\n  category: "x"\n  list:\n    - title: "T"\n';
    expect(insertPaperAt(data, 'A', paper(), 2, 'data.yaml')).toEqual({
      ok: false,
      problems: [
        {
          file: 'data.yaml',
          line: 3,
          column: 1,
          field: 'A',
          message: 'the list of "A" has 1 entry, so the paper cannot go at place 3',
          hint: 'please report the data file that caused this; nothing was changed',
        },
      ],
    });
    // Its length is the end: the same file as an insert at the end.
    expect(insertPaperAt(data, 'A', paper(), 1, 'data.yaml')).toEqual(
      insertPaper(data, ['A'], paper(), 'data.yaml'),
    );
  });

  test('the first place of an empty list (`list: []`) is the same insert as at its end', () => {
    const data =
      'A:\n  category: "x"\n  list: []\nB:\n  category: "y"\n  list:\n    - title: "T"\n';
    const at = insertPaperAt(data, 'A', paper(), 0, 'data.yaml');
    expect(at).toEqual(insertPaper(data, ['A'], paper(), 'data.yaml'));
    expect(at.ok && valueOf(loadData(at.value, 'data.yaml')).sections[0]?.papers).toEqual([
      paper(),
    ]);
  });

  test('a section without a list', () => {
    const data = 'A:\n  category: "x"\nB:\n  list: []\n';
    expect(insertPaper(data, ['A'], paper(), 'data.yaml')).toEqual({
      ok: false,
      problems: [
        {
          file: 'data.yaml',
          line: 1,
          column: 1,
          field: 'A',
          message: 'the section "A" has no `list:` to add the paper to',
          hint: 'give the section a `list:` key on its own line, indented under the section name',
        },
      ],
    });
  });

  test('a data file that is not YAML', () => {
    const data = 'A:\n  category: "x\n  list: []\n';
    const result = insertPaper(data, ['A'], paper(), 'data.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toMatchObject({ file: 'data.yaml', line: 4 });
      expect(result.problems[0]?.message).toMatch(/^the data file is not valid YAML: /);
    }
  });

  test('a text edit that would not give the intended data is refused', () => {
    // The quoted title goes on at the items' indentation, which the line scanner takes for the end
    // of the list; the proof catches the entry landing inside the title.
    const data = 'A:\n  category: "x"\n  list:\n    - title: "T\n    continued"\n';
    expect(insertPaper(data, ['A'], paper(), 'data.yaml')).toEqual({
      ok: false,
      problems: [
        {
          file: 'data.yaml',
          message:
            'adding the paper by text would not give the old data plus the new entry, so nothing was changed',
          hint: 'add the entry by hand, and please report the data file that caused this',
        },
      ],
    });
  });

  test('a comment inside a block scalar is part of the last entry', () => {
    const data =
      'A:\n  category: "x"\n  list:\n    - title: "T"\n      notes: |\n        text\n        # kept\n';
    const result = insertPaper(data, ['A'], paper(), 'data.yaml');
    expect(result).toEqual({
      ok: true,
      value:
        data +
        '    - title: "A New Paper"\n      year: "2025"\n      links:\n        PDF: "https://arxiv.org/pdf/2501.00001"\n',
    });
  });

  test('an anchored list shared by two sections is checked whole, and refused', () => {
    const data =
      'A:\n  category: "x"\n  list: &l\n    - title: "T"\nB:\n  category: "y"\n  list: *l\n';
    const result = insertPaper(data, ['A'], paper(), 'data.yaml');
    expect(result.ok).toBe(false);
  });
});

/** A list in the real layout: `sections` sections of `per` papers each. */
function synthetic(sections: number, per: number): string {
  const lines: string[] = [];
  for (let s = 0; s < sections; s++) {
    lines.push(`Section ${s}:`, `  category: "${Math.floor(s / 10)}. Category"`, '  list:');
    for (let i = 0; i < per; i++) {
      lines.push(
        `    - title: "Paper ${s}-${i} on early exiting in deep networks"`,
        `      abbr: "P${s}x${i}"`,
        '      venue: "ICLR"',
        `      year: "${2015 + (i % 10)}"`,
        '      links:',
        `        PAGE: "https://example.org/${s}/${i}"`,
        `        PDF: "https://arxiv.org/pdf/${2000 + s}.${10000 + i}"`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

// The whole file is never edited with the yaml Document API (seconds on 10,000 papers): the entry
// goes in by text and one js-yaml parse proves it. `npm run bench:core` prints the time it takes.
test('10,000 papers: an insert into two sections never builds a yaml Document', () => {
  const data = synthetic(200, 50);
  vi.mocked(parseDocument).mockClear();
  const result = insertPaper(data, ['Section 100', 'Section 199'], paper(), 'data.yaml');
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  const after = valueOf(loadData(result.value, 'data.yaml')).sections;
  expect(after[100]?.papers.at(-1)?.title).toBe('A New Paper');
  expect(after[199]?.papers.at(-1)?.title).toBe('A New Paper');
  expect(parseDocument).not.toHaveBeenCalled();
});
