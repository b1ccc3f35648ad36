// What a new entry takes from the entries of its section besides their template: the stand-in they
// write for a value they lack (`-`, `—`, `N/A`): where the template always shows a field and the
// entries write such a mark when they have no value, a new entry without that value writes the
// same mark rather than an empty cell or empty brackets; and the spacing most of them are typed
// with (a field holding only spaces, such as a space before a cell's text).
import { fieldText } from '../render/field.js';
import { parseTemplate, type TemplateNode } from '../render/layouts/template.js';
import type { Paper } from '../types.js';

/**
 * Whether a value says "nothing here" rather than something: a short run of punctuation (`-`,
 * `—`, `/`, `...`), or two letters around a slash (`N/A`, `n/a`). Symbols such as rating stars
 * say something.
 */
export function isStandIn(value: string): boolean {
  const v = value.trim();
  return /^\p{P}{1,3}$/u.test(v) || /^\p{L}\/\p{L}$/u.test(v);
}

/** The fields a template writes outside any part that depends on that field. */
export function alwaysShown(
  nodes: readonly TemplateNode[],
  guarded: ReadonlySet<string>,
  out: Set<string>,
) {
  for (const node of nodes) {
    if (node.t === 'field' && !guarded.has(node.name) && node.missing === '') out.add(node.name);
    if (node.t === 'if') alwaysShown(node.body, new Set([...guarded, node.name]), out);
  }
}

/**
 * The stand-in the entries write most for `field`, when more of them write one than leave the
 * field out (a gap left empty is then the list's way).
 */
function commonStandIn(papers: readonly Paper[], field: string): string | undefined {
  const counts = new Map<string, number>();
  let marked = 0;
  let empty = 0;
  for (const p of papers) {
    const v = fieldText(p, field);
    if (v === undefined || v.trim() === '') empty++;
    else if (isStandIn(v)) {
      marked++;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best && marked > empty ? best[0] : undefined;
}

const OWN_KEYS = new Set(['title', 'abbr', 'venue', 'year']);

/**
 * `paper` with the stand-in `papers` (its section's entries) write for each field `template`
 * always shows and `paper` lacks. Fields no entry marks so are left as they are.
 */
export function withStandIns(paper: Paper, papers: readonly Paper[], template: string): Paper {
  const shown = new Set<string>();
  try {
    alwaysShown(parseTemplate(template), new Set(), shown);
  } catch {
    return paper;
  }
  let out = paper;
  for (const field of shown) {
    const have = fieldText(out, field);
    if (have !== undefined && have !== '') continue;
    const mark = commonStandIn(papers, field);
    if (mark === undefined) continue;
    out = OWN_KEYS.has(field)
      ? { ...out, [field]: mark }
      : { ...out, extra: { ...out.extra, [field]: mark } };
  }
  return out;
}

/** The value most of `papers` hold for `field`; undefined when most leave it out. */
function mostCommon(papers: readonly Paper[], field: string): string | undefined {
  const counts = new Map<string | undefined, number>();
  for (const p of papers) {
    const v = fieldText(p, field);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best: [string | undefined, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/** `paper` with the spacing fields (values of spaces only) most of its neighbours have. */
export function withCommonSpacing(paper: Paper, papers: readonly Paper[]): Paper {
  const fields = new Set<string>();
  for (const p of papers) {
    for (const [k, v] of Object.entries(p.extra)) {
      if (typeof v === 'string' && v !== '' && v.trim() === '') fields.add(k);
    }
  }
  const extra = { ...paper.extra };
  for (const field of fields) {
    if (Object.hasOwn(paper.extra, field)) continue;
    const value = mostCommon(papers, field);
    if (value !== undefined && value.trim() === '') extra[field] = value;
  }
  return fields.size === 0 ? paper : { ...paper, extra };
}
