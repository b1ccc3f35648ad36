// One template per section, learned from its entries: where an entry's template differs from the
// section's only by a part that shows one field (`, {{venue}}`, `[[code]]({{link:code}})`, a links
// loop) or by a stand-in for it (`N/A`, `-`), that part becomes optional (`{{#venue}}, {{venue}}{{/venue}}`,
// `{{#code}}{{code}}{{/code}}{{^code}}N/A{{/code}}`). A merge is kept only when every entry it covers
// renders to the same bytes as before, so the README comes back unchanged.
import { fillTemplate, type EscapeMode } from '../../render/layouts/fill.js';
import type { Paper } from '../../types.js';

const TOKEN =
  /\{\{\{[^}]*\}\}\}|\{\{#links[^}]*\}\}[\s\S]*?\{\{\/links\}\}|\{\{([#^])([^}"]+)\}\}[\s\S]*?\{\{\/\2\}\}|\{\{"(?:[^"\\]|\\.)*"\}\}|\{\{[^}]*\}\}|[\p{L}\p{N}]+|[\s\S]/gu;

/** The field a token shows, when it shows one (a literal or `{{n}}` shows none). */
function fieldOf(token: string): string | undefined {
  if (!token.startsWith('{{') || token.startsWith('{{"') || token === '{{n}}') return undefined;
  if (token.startsWith('{{#links')) return 'links';
  const inner = /^\{\{\{?([#^]?)([^}|]+)/.exec(token);
  if (!inner) return undefined;
  const name = inner[2]!.trim();
  return name.startsWith('link:') || !name.includes(':') ? name : undefined;
}

/** Longest common subsequence alignment: pairs of matched indexes, in order. */
function align(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] =
        a[i] === b[j]
          ? table[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(table[(i + 1) * (m + 1) + j]!, table[i * (m + 1) + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[(i + 1) * (m + 1) + j]! >= table[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** One differing part: optional when one side shows exactly one field and the other none. */
function optionalPart(mine: string[], theirs: string[]): string | undefined {
  if (mine.length === 0 && theirs.length === 0) return '';
  const fieldsMine = mine.map(fieldOf).filter((f) => f !== undefined);
  const fieldsTheirs = theirs.map(fieldOf).filter((f) => f !== undefined);
  const [shown, other, name] =
    fieldsMine.length === 1 && fieldsTheirs.length === 0
      ? [mine, theirs, fieldsMine[0]!]
      : fieldsTheirs.length === 1 && fieldsMine.length === 0
        ? [theirs, mine, fieldsTheirs[0]!]
        : [undefined, undefined, ''];
  if (!shown || !other) return undefined;
  const missing = other.join('');
  if (missing.includes('{{') || missing.length > 24 || /\n/.test(missing)) return undefined;
  const when = `{{#${name}}}${shown.join('')}{{/${name}}}`;
  return missing === '' ? when : `${when}{{^${name}}}${missing}{{/${name}}}`;
}

/** `base` with the parts where `other` differs made optional, or undefined when they cannot be. */
export function combine(base: string, other: string): string | undefined {
  const a = base.match(TOKEN) ?? [];
  const b = other.match(TOKEN) ?? [];
  if (a.length > 400 || b.length > 400) return undefined;
  const pairs = align(a, b);
  let out = '';
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    const part = optionalPart(a.slice(i, pi), b.slice(j, pj));
    if (part === undefined) return undefined;
    out += part + (pi < a.length ? a[pi]! : '');
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}

export interface Learned {
  /** The section's template. */
  item: string;
  /** Per entry: whether the section's template writes it exactly as it is written. */
  fits: boolean[];
}

/**
 * The section's template learned from its entries' templates, starting from `base`: the other
 * templates, most frequent first, are merged in while every entry covered still renders as written.
 */
export function learnTemplate(
  base: string,
  templates: readonly string[],
  papers: readonly Paper[],
  escape: EscapeMode,
): Learned {
  const ctx = (n: number) => ({ escape, linkLabels: {}, n: n + 1 });
  const render = (template: string, n: number) => {
    try {
      return fillTemplate(template, papers[n]!, ctx(n));
    } catch {
      return undefined;
    }
  };
  const written = templates.map((t, n) => render(t, n));
  const fitsWith = (item: string) => templates.map((_, n) => render(item, n) === written[n]);
  let item = base;
  let fits = fitsWith(item);
  const counts = new Map<string, number>();
  templates.forEach((t, n) => {
    if (!fits[n]) counts.set(t, (counts.get(t) ?? 0) + 1);
  });
  const order = [...counts].sort((x, y) => y[1] - x[1]).slice(0, 40);
  for (const [other] of order) {
    const merged = combine(item, other);
    if (merged === undefined || merged === item) continue;
    const next = fitsWith(merged);
    // Kept when it covers more entries and loses none it covered.
    if (next.every((f, n) => f || !fits[n]) && next.some((f, n) => f && !fits[n])) {
      item = merged;
      fits = next;
    }
  }
  return { item, fits };
}
