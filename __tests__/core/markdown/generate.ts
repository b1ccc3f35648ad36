// Seeded random Markdown for the differential test of the line reader: paper-list lines (headings,
// table rows, list items, comments) built from fragments chosen to sit on the rules' edges
// (emphasis next to punctuation, brackets that are and are not links, escapes, references, code,
// pipes, autolink-like text), mixed with blocks only remark reads (fences, quotes, HTML, nested
// and loose lists, paragraphs running into the next line).
import { seeded } from '../../../scripts/bench/seeded.mjs';

/** What real entries are made of. */
const PLAIN = [
  'Learning',
  'When to Halt',
  ' ',
  ' ',
  'a',
  'x2',
  '2024',
  '(ICLR)',
  '(_ICLR_)',
  'é',
  '中文',
  '**[M1]**',
  ' [[PDF]](https://arxiv.org/pdf/1)',
  ' [Title](https://ex.org/p)',
  ' *A. Author, B. Author.*',
  ' - ',
  '`code`',
  '\\|',
  '&amp;',
  '<br>',
  ', ',
  '. ',
  ' **Bold**',
  ' _it_',
  '![b](https://img.shields.io/x)',
];

/** Shapes on the rules' edges. */
const EDGY = [
  '  ',
  '😀',
  '*',
  '**',
  '_',
  '__',
  '***',
  '*a*',
  '**b**',
  '_c_',
  '__d__',
  '*e* f',
  'g*',
  '*h',
  'i_j_k',
  '_l_.',
  '**[M1]**',
  '[M2]',
  '[',
  ']',
  '[[PDF]](https://arxiv.org/pdf/1)',
  '[Title](https://ex.org/p)',
  '[[CODE]](https://github.com/a/b)',
  '[x](u(v))',
  '[y](a\\)b)',
  '[z]( u)',
  '[w](<u>)',
  '[t](u "t")',
  '![b](https://img.shields.io/x)',
  '![](i)',
  '![*a*](i)',
  '[![b](i)](u)',
  '[a [b](c) d](e)',
  '[^1]',
  '`code`',
  '``a`b``',
  '` x `',
  '`',
  '`|`',
  '\\',
  '\\*',
  '\\|',
  '\\[',
  '\\a',
  '\\\\',
  '|',
  ' | ',
  '&amp;',
  '&#8288;',
  '&lt;',
  '&copy;',
  '&#0;',
  '&#x41;',
  '&',
  '&foo;',
  '<br>',
  '<br/>',
  '<b>',
  '<https://a.b>',
  'https://a.b',
  'www.x.org',
  'a@b.co',
  '~',
  '~~s~~',
  '#',
  '!',
  '!!',
  '"q"',
  ')',
  '(',
  '.',
  ',',
  ':',
  '-',
  '+',
  '1.',
  '>',
  '=',
  '</br>',
  '<!-- c -->',
  '\t',
];

/** Lines the line reader reads. */
const LIST_LINES = [
  () => '',
  () => '',
  (r: () => number) => `${'#'.repeat(1 + Math.floor(r() * 4))} ${inline(r)}`,
  (r: () => number) => `- ${inline(r)}`,
  (r: () => number) => `* ${inline(r)}`,
  (r: () => number) => `+ ${inline(r)}`,
  (r: () => number) => `${1 + Math.floor(r() * 12)}. ${inline(r)}`,
  (r: () => number) => `${1 + Math.floor(r() * 3)}) ${inline(r)}`,
  (r: () => number) => `| ${inline(r)} | ${inline(r)} |`,
  (r: () => number) => `| ${inline(r)} | ${inline(r)} | ${inline(r)}`,
  (r: () => number) => `|${inline(r)}|${inline(r)}|`,
  () => '| --- | :---: |',
  () => '|---|---:|',
  () => '| :-- |',
  () => '<!-- main-start -->',
  () => '<!-- main-end -->  ',
];

/** Lines only remark reads, or that change how the lines around them are read. */
const OTHER_LINES = [
  () => '<!--',
  () => '-->',
  () => '```',
  () => '~~~',
  () => '    indented',
  (r: () => number) => `  ${inline(r)}`,
  (r: () => number) => `> ${inline(r)}`,
  (r: () => number) => inline(r),
  () => '---',
  () => '***',
  () => '<details>',
  () => '</details>',
  () => '[ref]: https://example.org',
  () => '- [ ] task',
  () => '-',
  () => '## ',
  () => '# x #',
  () => '\\- not a list',
];

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
let odd = 0.5;

function inline(r: Rand): string {
  const n = 1 + Math.floor(r() * 6);
  let out = '';
  for (let i = 0; i < n; i++) out += pick(r, r() < odd ? EDGY : PLAIN);
  return out;
}

/**
 * A document of `lines` lines. `oddness` (0 to 1) is the share of edge-case fragments and of lines
 * only remark reads: low values give list-like documents that the line reader reads mostly itself.
 */
export function randomMarkdown(seed: number, lines: number, oddness = 0.5): string {
  const r = seeded(seed);
  odd = oddness;
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    // Runs of one kind of line, as lists and tables have.
    const make = pick(r, r() < oddness ? OTHER_LINES : LIST_LINES);
    const run = r() < 0.5 ? 1 : 1 + Math.floor(r() * 4);
    for (let k = 0; k < run; k++) out.push(make(r));
  }
  return out.join('\n') + (r() < 0.5 ? '\n' : '');
}
