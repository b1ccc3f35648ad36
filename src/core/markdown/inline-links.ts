// A `]` in one line's inline Markdown: with the `[` or `![` it closes and a `(destination)` right
// after, a link or an image (CommonMark's "look for link or image"); else a literal `]`. A
// destination in `<...>`, with a title, spaces, a character reference or a backtick gives up, so
// remark reads the line. Lists that use reference definitions never get here (see ./parse.ts).
import type { PhrasingContent } from 'mdast';
import { resolveEmphasis, type Tok } from './inline-emphasis.js';
import { type Place, placeOf } from './place.js';

/** An opening `[` or `![` not yet closed: its token, and whether it may still start a link. */
export interface Bracket {
  tok: number;
  image: boolean;
  active: boolean;
  start: number;
}

/** ASCII punctuation: what a backslash escapes. */
export const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

/** Reads the `]` at `i`; the offset after what was read, or undefined to give up. */
export function scanBracket(
  src: string,
  i: number,
  to: number,
  place: Place,
  toks: Tok[],
  brackets: Bracket[],
): number | undefined {
  const opener = brackets.pop();
  if (!opener || !opener.active || src[i + 1] !== '(' || i + 1 >= to) {
    toks.push({ k: 'text', start: i, end: i + 1, value: ']' });
    return i + 1;
  }
  const dest = destination(src, i + 2, to);
  if (!dest) return undefined;
  const children = resolveEmphasis(toks, opener.tok + 1, toks.length, src, place);
  if (!children) return undefined;
  const position = placeOf(place, opener.start, dest.end);
  let node: PhrasingContent;
  if (opener.image) {
    if (!children.every((c) => c.type === 'text')) return undefined;
    const alt = children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    node = { type: 'image', title: null, url: dest.url, alt, position };
  } else {
    node = { type: 'link', title: null, url: dest.url, children, position };
    // Links do not nest: no `[` before this one can start a link any more.
    for (const b of brackets) if (!b.image) b.active = false;
  }
  toks.length = opener.tok;
  toks.push({ k: 'node', node });
  return dest.end;
}

/** `url)` from `j`: the URL with backslash escapes undone, and the offset after the `)`. */
function destination(src: string, j: number, to: number): { url: string; end: number } | undefined {
  if (src[j] === '<') return undefined;
  let depth = 0;
  let url = '';
  for (let k = j; k < to; k++) {
    const c = src[k]!;
    if (c === '\\' && k + 1 < to && ASCII_PUNCT.test(src[k + 1]!)) {
      url += src[k + 1];
      k++;
      continue;
    }
    if (c === ')') {
      if (depth === 0) return { url, end: k + 1 };
      depth--;
    } else if (c === '(') {
      if (++depth > 32) return undefined;
    } else if (c.charCodeAt(0) <= 32 || c === '\x7f' || c === '`' || c === '&' || c === '<') {
      return undefined;
    }
    url += c;
  }
  return undefined;
}
