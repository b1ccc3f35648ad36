// Escaping in every layout: whatever a paper's fields hold, a filled template is one entry with the
// template's own links and no HTML, heading, list item or link of the value's.
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { fillTemplate } from '../../../../src/core/render/layouts/fill.js';
import type { Paper } from '../../../../src/core/types.js';

const HOSTILE = [
  'Plain title',
  'x\n- second item\n\n# Heading',
  '<script>alert(1)</script> <b>bold</b>',
  '[click](https://evil.example) ![img](https://evil.example/i.png)',
  '# not a heading',
  '1. not a number',
  '- not a bullet',
  'https://evil.example www.evil.example a@evil.example',
  'pipe | in | cell \\| and `code` **bold** _it_',
  '&amp; &#60; &lt;entity&gt;',
  '{{title}} }} {{',
  'line\r\nbreak\u2028sep\u0000nul',
];

const parse = (text: string): Root => unified().use(remarkParse).use(remarkGfm).parse(text);

function count(nodes: readonly RootContent[], type: string): number {
  let n = 0;
  for (const node of nodes) {
    if (node.type === type) n++;
    if ('children' in node) n += count(node.children as RootContent[], type);
  }
  return n;
}

function paper(value: string): Paper {
  return {
    title: value,
    venue: value,
    year: '2024',
    links: [{ label: value.slice(0, 20) || 'PDF', url: 'https://example.org/p?a=1&b=(2)' }],
    extra: { authors: value },
  };
}

const ctx = { escape: 'markdown' as const, linkLabels: {}, n: 1 };

describe('list templates', () => {
  const template =
    '- [{{title}}]({{link:paper}}) *{{authors}}* {{venue}} {{#links " "}}[[{{label}}]({{url}})]{{/links}}';
  test.each(HOSTILE)('%j stays one item with one link', (value) => {
    const text = fillTemplate(template, paper(value), ctx);
    const tree = parse(text);
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]!.type).toBe('list');
    expect(count(tree.children, 'listItem')).toBe(1);
    expect(count(tree.children, 'link')).toBe(1);
    expect(count(tree.children, 'html')).toBe(0);
    expect(count(tree.children, 'image')).toBe(0);
    expect(count(tree.children, 'heading')).toBe(0);
    expect(text).not.toMatch(/[\r\n]/);
  });
});

describe('paragraph templates', () => {
  test.each(HOSTILE)('%j at the start of a line starts no block', (value) => {
    const text = fillTemplate('{{title}} \\\n*{{authors}}*', paper(value), ctx);
    const tree = parse(text);
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph']);
    expect(count(tree.children, 'link') + count(tree.children, 'html')).toBe(0);
  });
});

describe('table templates', () => {
  test.each(HOSTILE)('%j stays one row of three cells', (value) => {
    const row = fillTemplate(
      '| {{title}} | {{venue}} | {{#links}}[{{label}}]({{url}}){{/links}} |',
      paper(value),
      ctx,
    );
    const tree = parse(`| a | b | c |\n|---|---|---|\n${row}\n`);
    expect(tree.children).toHaveLength(1);
    const table = tree.children[0]!;
    expect(table.type).toBe('table');
    if (table.type !== 'table') return;
    expect(table.children).toHaveLength(2);
    expect(table.children[1]!.children).toHaveLength(3);
    expect(count(tree.children, 'link')).toBe(1);
    expect(count(tree.children, 'html')).toBe(0);
  });
});

describe('HTML templates', () => {
  test.each(HOSTILE)('%j adds no tag or attribute', (value) => {
    const row = fillTemplate(
      '<tr><td><a href="{{link:paper}}">{{title}}</a></td><td>{{venue}}</td></tr>',
      paper(value),
      { ...ctx, escape: 'html' },
    );
    expect(row.match(/</g)).toHaveLength(8);
    expect(row.match(/"/g)).toHaveLength(2);
    expect(row).not.toMatch(/[\r\n]/);
  });
});

test('a kept Markdown field stays on one line', () => {
  const text = fillTemplate(
    '- {{title}} {{{badges}}}',
    { ...paper('T'), extra: { badges: 'a\nb\r\nc' } },
    ctx,
  );
  expect(text).toBe('- T a b c');
});

describe('a list field joined by its separator', () => {
  const points = (items: unknown) => ({ ...paper('T'), extra: { points: items } });
  const template = '| {{title}}{{#points}} <br>• {{points " <br>• "}}{{/points}} |';

  test('writes each item escaped, with the separator between them', () => {
    expect(fillTemplate(template, points(['One.', 'Two | **three**']), ctx)).toBe(
      '| T <br>• One. <br>• Two \\| \\*\\*three\\*\\* |',
    );
  });

  test('an item holding a break cannot add a row or a point of its own', () => {
    const row = fillTemplate(template, points(['a\n| b |', 'c']), ctx);
    expect(row).not.toMatch(/\n/);
    expect(row.split('<br>')).toHaveLength(3);
  });

  test('one text value, or none, writes as any field does', () => {
    expect(fillTemplate(template, points('Only'), ctx)).toBe('| T <br>• Only |');
    expect(fillTemplate(template, points([]), ctx)).toBe('| T |');
  });

  test('kept as written ({{{...}}}): items are not escaped', () => {
    const kept = '{{#points}}• {{{points "; • "}}}{{/points}}';
    expect(fillTemplate(kept, points(['~30% less', '<x> tags']), ctx)).toBe(
      '• ~30% less; • <x> tags',
    );
  });
});
