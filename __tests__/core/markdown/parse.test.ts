// The line reader's tree is remark's tree: a differential test of `parseMarkdown` against remark
// with GFM (node types, values, URLs and every position) over every Markdown fixture of the project,
// the real list's READMEs, seeded random documents built on the rules' edges, and cases chosen for
// the pieces' boundaries. The counts show that the line reader did read the lines (the test would
// prove nothing if everything had gone to remark).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  parseMarkdown,
  parseMarkdownWithin,
  parseWithRemark,
  type ParseCounts,
} from '../../../src/core/markdown/parse.js';
import { randomMarkdown } from './generate.js';

const root = join(import.meta.dirname, '..', '..', '..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

function same(text: string, counts?: ParseCounts) {
  expect(parseMarkdown(text, counts)).toStrictEqual(parseWithRemark(text));
}

const counts = (): ParseCounts => ({ lineBlocks: 0, remarkPieces: 0 });

describe('parseMarkdown gives remark’s tree', () => {
  test('every Markdown fixture, the README and the examples', () => {
    const files = [
      ...markdownFiles(join(root, '__tests__', 'fixtures')),
      ...markdownFiles(join(root, 'examples')),
      join(root, 'README.md'),
    ];
    expect(files.length).toBeGreaterThan(50);
    const c = counts();
    for (const file of files) same(readFileSync(file, 'utf8'), c);
    expect(c.lineBlocks).toBeGreaterThan(200);
  });

  test('generated paper-list-like documents (mostly line-read)', () => {
    const c = counts();
    for (let seed = 0; seed < 400; seed++) same(randomMarkdown(seed, 20, 0.05), c);
    // About one block in three is line-read (the rest sit next to a line only remark reads).
    expect(c.lineBlocks).toBeGreaterThan(400);
  });

  test('generated documents full of edge cases', () => {
    const c = counts();
    for (let seed = 1000; seed < 1600; seed++) same(randomMarkdown(seed, 12, 0.3), c);
    expect(c.lineBlocks).toBeGreaterThan(150);
  });

  test.each([
    ['a table without body rows at the end', '## S\n| A | B |\n|---|---|'],
    ['a table row with more cells than the header', '| A |\n|---|\n| x | y | z |\n'],
    ['cells without spaces, an empty cell, trailing spaces', '|**a**|*b*|\n|-|-|\n| | x  \n'],
    ['an item ending in spaces after HTML', '- **b**.<br> \n- a  \n'],
    ['a comment left open before a list', '<!--\n\n- [T](https://a.b/c)\n\n## H\n'],
    ['a list continued after a blank line', '- a\n  b\n\n- [T](u) 2024\n'],
    ['an ordered list after a bullet list', '- a\n  b\n\n1. [T](u) 2024\n'],
    ['an unclosed fence', '```\ncode\n\n## Heading\n\n- [T](u)\n'],
    ['reference definitions', '- [T][r]\n\n[r]: https://a.b\n'],
    ['carriage returns', '## H\r\n\r\n- [T](u) 2024\r\n'],
    ['a heading closing sequence and escapes', '## A \\# #\n### B ##\n# \\\n'],
    ['emphasis next to punctuation and emoji', '- 😀*a* _b_. **[c]**d x_y_ *e*f\n'],
    ['links in links, images in links', '- [a [b](c) d](e) [![x](i)](u) ![*y*](j)\n'],
  ])('%s', (_, text) => same(text));
});

describe('parseMarkdownWithin counts what remark reads', () => {
  // A loose list read by remark, then a list of the same kind: the piece is read again with it.
  const text = '- *a* *b*\n\n  para *c*\n\n- x\n\n- y\n\n## H\n';

  test('a piece read again counts its markers once', () => {
    const read = parseMarkdownWithin(text, 6);
    expect('type' in read && read.type).toBe('root');
  });

  test('one marker fewer allowed refuses it, with the markers it holds', () => {
    expect(parseMarkdownWithin(text, 5)).toEqual({ line: 1, markers: 6 });
  });
});
