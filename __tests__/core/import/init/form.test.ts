// The form init writes asks once for each kind of value the entries show, and never for a field
// whose values say nothing a contributor could type (only `-`, or a badge's Markdown).
import { describe, expect, test } from 'vitest';
import { formPlan } from '../../../../src/core/import/init/form.js';
import { toLayout } from '../../../../src/core/settings/layout.js';
import type { Paper, PaperList } from '../../../../src/core/types.js';

const paper = (extra: Record<string, unknown>): Paper => ({
  title: 'T',
  year: '2024',
  links: [{ label: 'paper', url: 'https://example.org/t' }],
  extra,
});
const list = (...papers: Paper[]): PaperList => ({
  sections: [{ name: 'A', category: '', papers }],
});
const ids = (item: string, l: PaperList) =>
  formPlan(toLayout({ kind: 'list', item }), l).more.map((f) => [f.id, f.label]);

describe('formPlan', () => {
  test('a kind of value numbered by the importer is asked once, under its own name', () => {
    const item =
      '- {{title}} {{#note}}{{note}}{{/note}} *{{authors}}*{{#authors-2}} {{authors-2}}{{/authors-2}}{{#note-2}} ({{note-2}}){{/note-2}}';
    const l = list(
      paper({ note: 'Oral', authors: 'A. B', 'note-2': 'Best paper' }),
      paper({ authors: 'C. D', 'authors-2': 'E. F' }),
    );
    expect(ids(item, l)).toEqual([
      ['note', 'Note'],
      ['authors', 'Authors'],
    ]);
  });

  test('a kind only numbered is asked under its kind', () => {
    const l = list(paper({ 'note-2': 'Oral' }));
    expect(ids('- {{title}}{{#note-2}} {{note-2}}{{/note-2}}', l)).toEqual([['note-2', 'Note']]);
  });

  test('a field that only ever holds a stand-in or Markdown is not asked', () => {
    const item = '| {{title}} | {{github}} | {{website}} | {{pub-date}} |';
    const l = list(
      paper({
        github: '-',
        website: '[![Website](https://img.shields.io/badge/w)](https://x.org)',
        'pub-date': 'May, 2023',
      }),
      paper({ github: 'N/A', website: '-', 'pub-date': '-' }),
    );
    expect(ids(item, l)).toEqual([['pub-date', 'Pub date']]);
  });

  test('a picture is asked for, the size a row gives it is not', () => {
    const item =
      '- {{title}}{{#image}} <img{{#image-width}} width="{{image-width}}"{{/image-width}} src="{{image}}">{{/image}}';
    const l = list(paper({ image: 'https://x.org/a.png', 'image-width': '640' }));
    expect(ids(item, l)).toEqual([['image', 'Image']]);
  });

  test('the example shown is a value of the list, never a stand-in', () => {
    const l = list(paper({ 'pub-date': '-' }), paper({ 'pub-date': 'May, 2023' }));
    const more = formPlan(
      toLayout({ kind: 'table', item: '| {{title}} | {{pub-date}} |' }),
      l,
    ).more;
    expect(more[0]?.placeholder).toBe('May, 2023');
  });
});

test('a value every entry written with the template shows is required; one some leave out is not', () => {
  const item =
    '| {{title}} | [[{{note}}]]({{link:paper}}) |{{#venue}} {{venue}}{{/venue}} {{authors}} |';
  const l = list(
    paper({ note: 'Arxiv', authors: 'A. B' }),
    paper({ note: 'ICLR', authors: 'C. D', shape: '| {{title}} |' }),
    paper({ note: 'CVPR', authors: 'E. F' }),
  );
  const more = formPlan(toLayout({ kind: 'table', item }), l).more;
  expect(more.map((f) => [f.id, f.required ?? false])).toEqual([
    ['note', true],
    // Authors come with the paper's link: never required.
    ['authors', false],
  ]);
  const some = list(paper({ note: 'Arxiv' }), paper({ note: '-' }));
  expect(formPlan(toLayout({ kind: 'table', item }), some).more[0]?.required).toBeUndefined();
});

test("the maintainer's mark is never asked; a picture's address is the example however long", () => {
  const item = '- {{#mark}}{{mark}} {{/mark}}{{title}}{{#image}} ![]({{image}}){{/image}}';
  const pic = `https://example.org/${'figures/'.repeat(8)}intro.png`;
  const l = list(paper({ mark: '🌟', image: pic }), paper({}), paper({ mark: '🔥' }));
  const more = formPlan(toLayout({ kind: 'list', item }), l).more;
  expect(more.map((f) => [f.id, f.placeholder, f.required ?? false])).toEqual([
    ['image', pic, false],
  ]);
});
