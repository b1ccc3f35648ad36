// Inline Markdown of one line (a table cell, a list item's text, a heading) read straight into mdast
// phrasing nodes, for the plain shapes paper lists are written in: text, backslash escapes, a few
// character references, `code`, *emphasis* and **strong** in simple pairs, [links](url),
// ![images](url) and <br>. It follows CommonMark's bracket and delimiter rules for those shapes and
// gives up (undefined) on anything else (other HTML, text GFM would autolink, `~`, runs of three
// markers, nested emphasis, link titles, ...), so the caller reads that line with remark instead:
// whatever it returns is what remark returns for the same text, positions included.
import type { PhrasingContent } from 'mdast';
import { ASCII_PUNCT, scanBracket, type Bracket } from './inline-links.js';
import { type Place, placeOf } from './place.js';
import { resolveEmphasis, type Tok } from './inline-emphasis.js';

/** Text GFM turns into links, or whose meaning depends on more than this reader knows. */
const AUTOLINKISH = /@|www\.|:\/\/|mailto:|xmpp:/i;
const ENTITY = /^&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
const BREAK = /^<br *\/?>/i;
/** Stops of the plain-text run: every character that may start something. */
const SPECIAL = /[\\`*_~&<![\]\n\r]/g;

/** The phrasing nodes of `src[from, to)`, a single line starting at `place`; undefined: ask remark. */
export function parseInline(
  src: string,
  from: number,
  to: number,
  place: Place,
): PhrasingContent[] | undefined {
  const toks: Tok[] = [];
  const brackets: Bracket[] = [];
  let i = from;
  while (i < to) {
    SPECIAL.lastIndex = i;
    const m = SPECIAL.exec(src);
    const stop = m && m.index < to ? m.index : to;
    if (stop > i) toks.push({ k: 'text', start: i, end: stop, value: src.slice(i, stop) });
    if (stop >= to) break;
    const next = step(src, stop, from, to, place, toks, brackets);
    if (next === undefined) return undefined;
    i = next;
  }
  const nodes = resolveEmphasis(toks, 0, toks.length, src, place);
  if (!nodes || !plainText(nodes)) return undefined;
  return nodes;
}

/** Reads the construct at `i` (a special character) into `toks`; the offset after it. */
function step(
  src: string,
  i: number,
  from: number,
  to: number,
  place: Place,
  toks: Tok[],
  brackets: Bracket[],
): number | undefined {
  const c = src[i]!;
  switch (c) {
    case '\\': {
      const n = src[i + 1];
      if (i + 1 < to && n !== undefined && ASCII_PUNCT.test(n)) {
        toks.push({ k: 'text', start: i, end: i + 2, value: n });
        return i + 2;
      }
      if (i + 1 >= to) return undefined;
      toks.push({ k: 'text', start: i, end: i + 1, value: '\\' });
      return i + 1;
    }
    case '`':
      return codeSpan(src, i, to, place, toks);
    case '*':
    case '_':
      return delimiter(src, i, from, to, toks);
    case '&':
      return entity(src, i, to, toks);
    case '<': {
      const br = BREAK.exec(src.slice(i, Math.min(to, i + 8)));
      if (!br) return undefined;
      const end = i + br[0].length;
      toks.push({
        k: 'node',
        node: { type: 'html', value: br[0], position: placeOf(place, i, end) },
      });
      return end;
    }
    case '!':
      if (src[i + 1] !== '[' || i + 1 >= to) {
        toks.push({ k: 'text', start: i, end: i + 1, value: '!' });
        return i + 1;
      }
      if (src[i + 2] === '^') return undefined;
      brackets.push({ tok: toks.length, image: true, active: true, start: i });
      toks.push({ k: 'text', start: i, end: i + 2, value: '![' });
      return i + 2;
    case '[':
      if (src[i + 1] === '^') return undefined;
      brackets.push({ tok: toks.length, image: false, active: true, start: i });
      toks.push({ k: 'text', start: i, end: i + 1, value: '[' });
      return i + 1;
    case ']':
      return scanBracket(src, i, to, place, toks, brackets);
    default:
      // `~` (strike-through), line breaks: not read here.
      return undefined;
  }
}

/** A code span, or the backticks as text when no run of the same length closes it. */
function codeSpan(
  src: string,
  i: number,
  to: number,
  place: Place,
  toks: Tok[],
): number | undefined {
  let n = i;
  while (n < to && src[n] === '`') n++;
  const len = n - i;
  for (let j = src.indexOf('`', n); j !== -1 && j < to;) {
    let k = j;
    while (k < to && src[k] === '`') k++;
    if (k - j === len) {
      let value = src.slice(n, j);
      if (value.length >= 2 && value[0] === ' ' && value.endsWith(' ') && value.trim() !== '') {
        value = value.slice(1, -1);
      }
      // In a table cell `\|` inside code is the cell's business: not read here.
      if (value.includes('\\|')) return undefined;
      toks.push({ k: 'node', node: { type: 'inlineCode', value, position: placeOf(place, i, k) } });
      return k;
    }
    j = src.indexOf('`', k);
  }
  toks.push({ k: 'text', start: i, end: n, value: src.slice(i, n) });
  return n;
}

/** A run of `*` or `_` (one or two), with whether it may open or close emphasis. */
function delimiter(src: string, i: number, from: number, to: number, toks: Tok[]) {
  const ch = src[i]!;
  let n = i;
  while (n < to && src[n] === ch) n++;
  if (n - i > 2) return undefined;
  const before = classify(i > from ? src.charCodeAt(i - 1) : undefined);
  const after = classify(n < to ? src.charCodeAt(n) : undefined);
  const open = after === 0 || (after === 2 && before !== 0);
  const close = before === 0 || (before === 2 && after !== 0);
  toks.push({
    k: 'delim',
    ch,
    start: i,
    end: n,
    open: ch === '*' ? open : open && (before !== 0 || !close),
    close: ch === '*' ? close : close && (after !== 0 || !open),
  });
  return n;
}

/** 1: whitespace (or the text's edge), 2: punctuation, 0: anything else; per UTF-16 unit. */
function classify(code: number | undefined): 0 | 1 | 2 {
  if (code === undefined) return 1;
  const c = String.fromCharCode(code);
  if (/\s/.test(c)) return 1;
  if (/\p{P}|\p{S}/u.test(c)) return 2;
  return 0;
}

/** A character reference this reader knows, `&` as text when there is none, else give up. */
function entity(src: string, i: number, to: number, toks: Tok[]): number | undefined {
  const m = ENTITY.exec(src.slice(i, Math.min(to, i + 40)));
  if (!m) {
    toks.push({ k: 'text', start: i, end: i + 1, value: '&' });
    return i + 1;
  }
  let value: string | undefined;
  if (m[3] !== undefined) value = NAMED[m[3]];
  else {
    const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
    const safe =
      (code >= 32 && code <= 126) ||
      (code >= 160 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfdcf) ||
      (code >= 0xfdf0 && code <= 0xfffd);
    if (safe) value = String.fromCharCode(code);
  }
  if (value === undefined) return undefined;
  toks.push({ k: 'text', start: i, end: i + m[0].length, value });
  return i + m[0].length;
}

/** No text that GFM would turn into a link (a URL, `www.`, an e-mail address). */
function plainText(nodes: readonly PhrasingContent[]): boolean {
  for (const node of nodes) {
    if (node.type === 'text' && AUTOLINKISH.test(node.value)) return false;
    if (node.type === 'image' && AUTOLINKISH.test(node.alt ?? '')) return false;
    if ('children' in node && !plainText(node.children as PhrasingContent[])) return false;
  }
  return true;
}
