// Where most entries of a section keep their own template, a new entry takes the one of the
// neighbour it fills best: a row of their table, an item indented as theirs.
import { describe, expect, test } from 'vitest';
import { withNeighbourShape } from '../../../src/core/suggest/neighbour-shape.js';
import type { Paper } from '../../../src/core/types.js';

const shaped = (shape: string | undefined, links: string[] = ['paper']): Paper => ({
  title: 'T',
  year: '2024',
  links: links.map((label) => ({ label, url: `https://example.org/${label}` })),
  extra: shape === undefined ? {} : { shape },
});
const paper: Paper = {
  title: 'New',
  year: '2024',
  venue: 'ICLR',
  links: [
    { label: 'paper', url: 'https://arxiv.org/abs/1' },
    { label: 'code', url: 'https://github.com/o/r' },
  ],
  extra: {},
};
const shapeOf = (p: Paper) => p.extra.shape;

describe('withNeighbourShape', () => {
  test('the template the paper fills best: no empty link, no empty cell', () => {
    const two =
      '| {{year}} | {{title}} | [A]({{link:paper}}),<br>[B]({{link:paper-2}}) | [C]({{link:code}}) |';
    const one = '| {{year}} | {{title}} | [A]({{link:paper}}) | [C]({{link:code}}) |';
    const none = '| {{year}} | {{title}} | [A]({{link:paper}}) | {{code}} |';
    const papers = [
      shaped(two, ['paper', 'paper-2', 'code']),
      shaped(one, ['paper', 'code']),
      shaped(none),
      shaped(none),
    ];
    expect(shapeOf(withNeighbourShape(paper, papers))).toBe(one);
  });

  test('among templates it fills alike, the one most entries share', () => {
    const a = '-   {{title}}\n    [[{{label}}]]({{link:paper}})';
    const b = '- {{title}} [[{{label}}]]({{link:paper}})';
    expect(shapeOf(withNeighbourShape(paper, [shaped(a), shaped(b), shaped(b)]))).toBe(b);
  });

  test('a section whose entries mostly follow its template keeps it', () => {
    const a = '-   {{title}}';
    const out = withNeighbourShape(paper, [shaped(a), shaped(undefined), shaped(undefined)]);
    expect(out).toBe(paper);
  });

  test('a cell spanning the rows below is never copied', () => {
    const span = '<tr><td rowspan="2">{{year}}</td><td>{{title}}</td></tr>';
    const own = '<tr><td>{{year}}</td><td>{{title}}</td><td>{{venue}}</td></tr>';
    const papers = [shaped(span), shaped(span), shaped(own)];
    expect(shapeOf(withNeighbourShape(paper, papers))).toBe(own);
    expect(withNeighbourShape(paper, [shaped(span), shaped(span), shaped(span)])).toBe(paper);
  });

  test('two in three entries with their own template are not enough', () => {
    const a = '-   {{title}}';
    expect(withNeighbourShape(paper, [shaped(a), shaped(a), shaped(undefined)])).toBe(paper);
  });

  test("a template holding its entry's own words is never copied", () => {
    const own =
      '**{{title}}**\n[pdf]({{link:paper}})\n\n> Shows that halting works on <b>speech</b>';
    const plain = '**{{title}}**\n[pdf]({{link:paper}})';
    const papers = [shaped(plain), shaped(plain), shaped(own)];
    expect(shapeOf(withNeighbourShape(paper, papers))).toBe(plain);
    // Words two entries share are the layout's; a word of one entry alone is its own.
    const both = own.replace('<b>speech</b>', 'both');
    expect(shapeOf(withNeighbourShape(paper, [shaped(both), shaped(both), shaped(own)]))).toBe(
      both,
    );
    expect(withNeighbourShape(paper, [shaped(own), shaped(own.replace('speech', 'text'))])).toBe(
      paper,
    );
  });
});

describe('withNeighbourShape and the text of a few entries', () => {
  test('names two entries write alike are theirs, not the layout: their template is not taken', () => {
    const mine = '- **{{title}}**, {{year}}. *Ada Lovelace, Alan Turing*. [[pdf]]({{link:paper}})';
    const other = (n: number) =>
      `- **{{title}}**, {{year}}. [[pdf]]({{link:paper}})${' '.repeat(n)}`;
    const papers = [
      shaped(mine),
      shaped(mine),
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => shaped(other(n))),
    ];
    const taken = shapeOf(withNeighbourShape(paper, papers));
    expect(taken).toBeDefined();
    expect(String(taken)).not.toContain('Lovelace');
  });
});
