// Property-style check of the escaping: whatever the title, abbreviation, venue, link label or URL,
// a GFM parser sees one table row of five cells, the text as written, no HTML and no link but the
// materials links to the intended (encoded) http(s) URLs.
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { encodeUrl } from '../../../src/core/render/escape.js';
import { builtInLayout } from '../../../src/core/render/layouts/built-in.js';
import { renderLayoutZone } from '../../../src/core/render/layouts/zone.js';
import type { PaperLink } from '../../../src/core/types.js';
import { paper, section } from './papers.js';
import { testSettings } from './settings.js';
import { seeded } from '../../../scripts/bench/seeded.mjs';

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}

const NASTY = [
  'Fast nets ftp://evil.example/payload see a@.evil.com',
  'FTP://x.org foo:ftp://y.org',
  '',
  ' ',
  '  ',
  ' lead',
  'trail ',
  '|',
  '||',
  '\\|',
  '\\',
  'a\\',
  '`',
  '```',
  '``x``',
  '*',
  '**b**',
  '_i_',
  '__',
  '~',
  '~~s~~',
  '[x](https://evil.example)',
  '![i](https://evil.example/x.png)',
  '[x]: https://evil.example',
  '[^1]',
  '[[PAGE](https://x.org)]',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- c -->',
  '<https://evil.example>',
  '<a@b.example>',
  'https://evil.example',
  'HTTP://EVIL.EXAMPLE/a?b=c',
  'xhttps://a.b',
  'www.evil.example',
  'WWW.evil.example',
  '(www.a.b)',
  'a@b.example',
  'a.b-c+d@e-f.example.org',
  'mailto:a@b.example',
  'xmpp:a@b.example/r',
  '@user',
  'EMDL@MobiSys',
  '&amp;',
  '&#124;',
  '&#x7C;',
  '&lt;b&gt;',
  '&copy;',
  '&#8288;',
  'https:&#8288;//x.y',
  '\n',
  '\r\n| a | b |',
  '\t',
  '\u0000',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u200b',
  '\u2060',
  '#',
  '# h',
  'h #',
  '- item',
  '1. x',
  '> quote',
  '---',
  ':smile:',
  '$x$',
  'a  \nb',
  'Efﬁcient',
  '🚀',
  'foo_bar_baz',
  '*a*b*',
  ')',
  '(',
  '"',
  "'",
  '%',
  '%zz',
  '%20',
  'a|b|c|d|e|f',
  'see https://a.b/c_(d) and www.e.f',
  '\\`*_{}[]<>()#+-.!|',
];

const FRAGMENTS = [
  'http',
  'https',
  '://',
  'www',
  '.',
  '@',
  'example',
  'org',
  ' ',
  '  ',
  '\\',
  '|',
  '<',
  '>',
  '&',
  '#',
  ';',
  'amp',
  'lt',
  '[',
  ']',
  '(',
  ')',
  '!',
  '*',
  '_',
  '~',
  '`',
  '\n',
  '\r',
  '\t',
  '\u0000',
  'é',
  '😀',
  'ﬁ',
  'x',
  '1',
  ':',
  '/',
  '-',
  '+',
  '%',
  '2F',
  '"',
  "'",
  '=',
  '?',
  'mailto:',
  '\u00a0',
];

function randomText(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  if (next() < 0.3) return pick(NASTY);
  let text = '';
  const count = Math.floor(next() * 14);
  for (let i = 0; i < count; i++) text += next() < 0.15 ? pick(NASTY) : pick(FRAGMENTS);
  return text;
}

function randomUrl(next: () => number): string {
  const tail = randomText(next);
  const r = next();
  if (r < 0.5) return 'https://x.org/' + tail;
  if (r < 0.6) return 'HTTP://' + tail;
  if (r < 0.7) return 'javascript:' + tail;
  if (r < 0.8) return ' https://x.org/' + tail;
  return tail;
}

/**
 * What a reader sees: control characters as spaces, the cell's outer spaces trimmed by GFM, and no
 * word joiners (the invisible character the renderer inserts to stop autolink literals).
 */
const visible = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- control characters are what is being replaced
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\u2060/g, '')
    .replace(/^ +| +$/g, '');

const parser = unified().use(remarkParse).use(remarkGfm);

function all(node: Node, type: string, found: Node[] = []): Node[] {
  if (node.type === type) found.push(node);
  for (const child of node.children ?? []) all(child, type, found);
  return found;
}

function cellText(cell: Node | undefined): string {
  const children = cell?.children ?? [];
  // Plain text only: no emphasis, code, link or anything else inside a text cell.
  expect(children.map((c) => c.type).filter((t) => t !== 'text')).toEqual([]);
  return children.map((c) => c.value ?? '').join('');
}

function check(
  title: string,
  abbr: string,
  venue: string,
  links: PaperLink[],
  labels: Record<string, string>,
) {
  const settings = testSettings({ linkLabels: labels });
  // The section's table alone: its heading lines and the count line are dropped.
  const list = {
    sections: [section('S', 'C', [paper({ title, abbr, venue, year: '2024', links })])],
  };
  const zone = renderLayoutZone(list, settings, builtInLayout(settings));
  const markdown = zone.split('\n').slice(4, 7).join('\n') + '\n';
  const context = JSON.stringify({ title, abbr, venue, links, labels, markdown });

  const tree = parser.runSync(parser.parse(markdown)) as Node;
  expect(
    tree.children?.map((c) => c.type),
    context,
  ).toEqual(['table']);
  const rows = tree.children?.[0]?.children ?? [];
  expect(
    rows.map((row) => row.children?.length),
    context,
  ).toEqual([5, 5]);
  const cells = rows[1]?.children ?? [];
  expect(visible(cellText(cells[0])), context).toBe(visible(title));
  // An empty value is one not given (as in a data file): the column's missing text shows instead.
  expect(visible(cellText(cells[1])), context).toBe(abbr === '' ? 'N/A' : visible(abbr));
  expect(visible(cellText(cells[2])), context).toBe(visible(venue));
  expect(all(tree, 'html'), context).toEqual([]);

  const expected = links
    .filter((link) => /^https?:\/\//i.test(link.url))
    .map((link) => ({ url: encodeUrl(link.url), text: visible(labels[link.label] ?? link.label) }));
  const found = all(tree, 'link').map((link) => ({
    url: link.url,
    text: visible((link.children ?? []).map((c) => c.value ?? '').join('')),
  }));
  expect(found, context).toEqual(expected);
  expect(all(cells[4] ?? { type: 'none' }, 'link').length, context).toBe(expected.length);
}

describe('any input renders as exactly its text', () => {
  test.each(NASTY)('fixed case %j in every text field and as a URL', (text) => {
    check(
      text,
      text,
      text,
      [
        { label: 'PAGE', url: text },
        { label: 'PDF', url: 'https://x.org/' + text },
      ],
      {
        PAGE: text,
      },
    );
  });

  test('2,000 seeded random cases', () => {
    const next = seeded(20241014);
    for (let i = 0; i < 2000; i++) {
      const links: PaperLink[] = [];
      const labels: Record<string, string> = {};
      const count = Math.floor(next() * 4);
      for (let j = 0; j < count; j++) {
        const label = next() < 0.5 ? ['PAGE', 'PDF', 'CODE'][j % 3]! : randomText(next);
        if (next() < 0.3) labels[label] = randomText(next);
        links.push({ label, url: randomUrl(next) });
      }
      check(randomText(next), randomText(next), randomText(next), links, labels);
    }
  });
});
