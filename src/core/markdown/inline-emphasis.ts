// The tokens of one line's inline Markdown turned into phrasing nodes: pairs of emphasis markers
// become emphasis and strong, everything else text (adjacent texts merged, as remark merges them).
// Only the simple case is read: the markers that may open or close form consecutive pairs of one
// kind and length (one or two). CommonMark's delimiter algorithm matches exactly those pairs then;
// anything else (nesting, unmatched markers, `***`) gives up so remark reads the line.
import type { PhrasingContent } from 'mdast';
import { type Place, placeOf } from './place.js';

export type Tok =
  | { k: 'text'; start: number; end: number; value: string }
  | { k: 'delim'; ch: string; start: number; end: number; open: boolean; close: boolean }
  | { k: 'node'; node: PhrasingContent };

type Delim = Extract<Tok, { k: 'delim' }>;

/** Nodes of `toks[a, b)`; undefined when the markers are not simple pairs. */
export function resolveEmphasis(
  toks: readonly Tok[],
  a: number,
  b: number,
  src: string,
  place: Place,
): PhrasingContent[] | undefined {
  const pairs = new Map<number, number>();
  let opener: number | undefined;
  for (let t = a; t < b; t++) {
    const tok = toks[t]!;
    if (tok.k !== 'delim' || (!tok.open && !tok.close)) continue;
    if (opener === undefined) {
      if (!tok.open) return undefined;
      opener = t;
      continue;
    }
    const o = toks[opener] as Delim;
    if (!tok.close || o.ch !== tok.ch || o.end - o.start !== tok.end - tok.start) return undefined;
    pairs.set(opener, t);
    opener = undefined;
  }
  if (opener !== undefined) return undefined;
  return build(toks, a, b, pairs, src, place);
}

function build(
  toks: readonly Tok[],
  a: number,
  b: number,
  pairs: ReadonlyMap<number, number>,
  src: string,
  place: Place,
): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let text: { start: number; end: number; value: string } | undefined;
  const flush = () => {
    if (text)
      out.push({ type: 'text', value: text.value, position: placeOf(place, text.start, text.end) });
    text = undefined;
  };
  for (let t = a; t < b; t++) {
    const tok = toks[t]!;
    const close = pairs.get(t);
    if (tok.k === 'delim' && close !== undefined) {
      flush();
      const end = toks[close] as Delim;
      const children = build(toks, t + 1, close, pairs, src, place);
      const type = tok.end - tok.start === 2 ? 'strong' : 'emphasis';
      out.push({ type, children, position: placeOf(place, tok.start, end.end) });
      t = close;
    } else if (tok.k === 'node') {
      flush();
      out.push(tok.node);
    } else {
      const value = tok.k === 'text' ? tok.value : src.slice(tok.start, tok.end);
      if (text) {
        text.value += value;
        text.end = tok.end;
      } else text = { start: tok.start, end: tok.end, value };
    }
  }
  flush();
  return out;
}
