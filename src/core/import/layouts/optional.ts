// One template per section, learned from its entries: where an entry's template differs from the
// section's only by a part that shows one field (`, {{venue}}`, `[[code]]({{link:code}})`, a links
// loop) or by a stand-in for it (`N/A`, `-`), that part becomes optional (`{{#venue}}, {{venue}}{{/venue}}`,
// `{{#code}}{{code}}{{/code}}{{^code}}N/A{{/code}}`). A merge is kept only when every entry it covers
// renders to the same bytes as before, so the README comes back unchanged.
import { fillTemplate, type EscapeMode } from '../../render/layouts/fill.js';
import { fieldText } from '../../render/field.js';
import type { Paper } from '../../types.js';
import { mergePad, rowBody } from './cells.js';

const TOKEN =
  /\{\{\{[^}]*\}\}\}|\{\{#links[^}]*\}\}[\s\S]*?\{\{\/links\}\}|\{\{([#^])([^}"]+)\}\}[\s\S]*?\{\{\/\2\}\}|\{\{"(?:[^"\\]|\\.)*"\}\}|\{\{[^}]*\}\}|[\p{L}\p{N}]+|[\s\S]/gu;

/** A template's tokens: tags and optional parts whole, words, and every other character alone. */
export function templateTokens(template: string): string[] {
  return template.match(TOKEN) ?? [];
}

/** The field a token shows, when it shows one (a literal or `{{n}}` shows none). */
function fieldOf(token: string): string | undefined {
  if (!token.startsWith('{{') || token.startsWith('{{"') || token === '{{n}}') return undefined;
  if (token.startsWith('{{#links')) return 'links';
  const inner = /^\{\{\{?([#^]?)([^}|]+)/.exec(token);
  if (!inner) return undefined;
  // `{{details " <br>● "}}`: the name before the separators (which may hold an address).
  const name = inner[2]!
    .trim()
    .replace(MARKS, '')
    .replace(/\s+".*$/s, '')
    .replace(/:\d$/, '');
  return name.startsWith('link:') || !name.includes(':') ? name : undefined;
}

/** A list field's tag with the separators between its items (`{{authors ", " " and "}}`). */
const JOINED_TAG = /^\{\{[\w-]+(?: "(?:[^"\\]|\\.)*"){1,3}\}\}$/;

/** The marks of a field's tag (`{{title **highlights**}}`): its phrases written in bold. */
const MARKS = / (?:(\*\*|__|\*|_)[\w-]+\1|\[[\w-]+\])$/;

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

/** Part of a web address written in the template (`lab/tool/blob/main/a.png`): no value. */
function inAddress(text: string): boolean {
  const t = text.trim();
  return /^\S*\/\S*$/.test(t) && /\p{L}/u.test(t) && /\/.*\/|[.?=]/.test(t);
}

/** A new field's value for the entries written like `base` (a) and like `other` (b). */
export interface Slot {
  name: string;
  a?: string;
  b?: string;
}

type Segment = { same: string } | { a: string[]; b: string[] };

/** What a value stands in for a missing one with (`-`, `N/A`, `—`, an empty cell). */
const MISSING =
  /^\s*(?:<[a-z]+[^>]*>\s*)*(?:-|–|—|\/|N\/A|n\/a|None|TBD|\?)?\s*(?:<\/[a-z]+>\s*)*$/i;
const BLANK_LINE = /\n[ \t]*\n/;
/** A link written without an address (`[paper]()`): the entry's stand-in for a link it lacks. */
const EMPTY_LINK = /^\s*\[[^\]]*\]\(\s*\)\s*$/;
/** Text that may sit inside one value (a separator, not markup). */
const SOFT = /^[^*_[\]()|<>`{}#!\n]*$/;

function segments(a: readonly string[], b: readonly string[]): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...align(a, b), [a.length, b.length] as [number, number]]) {
    if (pi > i || pj > j) out.push({ a: a.slice(i, pi), b: b.slice(j, pj) });
    if (pi < a.length) out.push({ same: a[pi]! });
    i = pi + 1;
    j = pj + 1;
  }
  return coalesce(out);
}

const literal = (tokens: readonly string[]) => tokens.every((t) => fieldOf(t) === undefined);

/** Differing literal parts with only separators between them are one value (`A, B` vs `C, D`). */
function coalesce(list: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let k = 0; k < list.length; k++) {
    const seg = list[k]!;
    const last = out[out.length - 1];
    if (!('a' in seg) || !last || !('a' in last) || !literal(seg.a) || !literal(seg.b)) {
      if ('same' in seg && last && 'a' in last) {
        // Look ahead: separators then another literal difference join the one before.
        let m = k;
        let text = '';
        while (
          m < list.length &&
          'same' in list[m]! &&
          SOFT.test(text + (list[m] as { same: string }).same)
        ) {
          text += (list[m] as { same: string }).same;
          m++;
        }
        const next = list[m];
        if (
          m > k &&
          next &&
          'a' in next &&
          literal(last.a) &&
          literal(last.b) &&
          literal(next.a) &&
          literal(next.b) &&
          last.a.length > 0 &&
          last.b.length > 0
        ) {
          last.a.push(text, ...next.a);
          last.b.push(text, ...next.b);
          k = m;
          continue;
        }
      }
      out.push('a' in seg ? { a: [...seg.a], b: [...seg.b] } : seg);
      continue;
    }
    out.push({ a: [...seg.a], b: [...seg.b] });
  }
  return out;
}

const PARTICLE = /^(?:de|van|der|von|da|di|le|la|del|du|dos|bin|al)$/;

/** The name a new value gets from what it looks like. */
function nameFor(value: string, used: Set<string>, kind?: string, other = ''): string {
  const names = (text: string) =>
    !/\d/.test(text) &&
    text.split(/,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).every((n) => {
      const words = n.trim().split(/\s+/);
      // Every word of a name is capitalised, but for a particle (`de`, `van`).
      // A person's name has two words or more (one word is an institution, a venue).
      return (
        (words.length >= 2 || /^et al/.test(n.trim())) &&
        words.length <= 5 &&
        words.every((w) => /^\p{Lu}/u.test(w) || PARTICLE.test(w))
      );
    });
  const authors =
    /,|\band\b|&|et al/.test(`${value} ${other}`) && names(value) && (other === '' || names(other));
  const base = kind ?? (authors ? 'authors' : 'note');
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}

/**
 * One tag written two ways that serves both: a field with marks (`{{title **highlights**}}` writes
 * nothing more for an entry without marked phrases), a links loop with another separator (the
 * same for an entry with one link: the separator an entry with two links writes is kept), a value
 * kept as written. The merge is checked by rendering, as every merge is.
 */
function sameField(
  a: readonly string[],
  b: readonly string[],
  fa: readonly string[],
  fb: readonly string[],
): string | undefined {
  if (a.length !== 1 || b.length !== 1 || fa.length !== 1 || fa[0] !== fb[0]) return undefined;
  const [sa, sb] = [a[0]!, b[0]!];
  // An entry with one link shows no separator (it is read as " "): one with two shows its own.
  if (fa[0] === 'links') return sa.startsWith('{{#links " "}}') ? sb : sa;
  // A list field's tag with its separators writes a value held as one string as it is: it
  // serves the entries whose value is read as one string too (`{{authors ", "}}`, `{{authors}}`).
  if (sb === `{{${fa[0]}}}` && JOINED_TAG.test(sa)) return sa;
  if (sa === `{{${fa[0]}}}` && JOINED_TAG.test(sb)) return sb;
  if (MARKS.test(sa.slice(2, -2)) && !MARKS.test(sb.slice(2, -2))) return sa;
  if (MARKS.test(sb.slice(2, -2)) && !MARKS.test(sa.slice(2, -2))) return sb;
  // The same inside an optional part (`{{#summary}}> {{{summary [mentions]}}}{{/summary}}`).
  const unmarked = (s: string) => s.replace(/ (?:(\*\*|__|\*|_)[\w-]+\1|\[[\w-]+\])(?=\}\})/g, '');
  if (sa !== sb && unmarked(sa) === unmarked(sb)) return sa.length > sb.length ? sa : sb;
  // Kept as written in one entry, escaped in the other: as written serves both when the escaped
  // one's value needs no escaping.
  if (sa !== sb && asEscaped(sa) === asEscaped(sb)) return sa.length > sb.length ? sa : sb;
  return undefined;
}

/** One differing part as template text, with the values it gives (undefined: no shared form). */
function differing(
  a: string[],
  b: string[],
  used: Set<string>,
  slots: Slot[],
  atStart: boolean,
): string | undefined {
  const loop = sameLoop(a, b);
  if (loop !== undefined) return loop;
  const fa = a.map(fieldOf).filter((f) => f !== undefined);
  const fb = b.map(fieldOf).filter((f) => f !== undefined);
  const sa = a.join('');
  const sb = b.join('');
  const same = structural(a, b, fa, fb, used, slots, atStart) ?? learnedPart(a, b, slots);
  if (same !== undefined) return same;
  if (fa.length === 0 && fb.length === 0) return textOnly(sa, sb, used, slots, atStart);
  // Optional parts already learned write nothing for entries without their field: they stay.
  const plain = (tokens: string[]) => tokens.filter((t) => !isBlock(t));
  const pa = plain(a)
    .map(fieldOf)
    .filter((f) => f !== undefined);
  const pb = plain(b)
    .map(fieldOf)
    .filter((f) => f !== undefined);
  const [shown, other, name, side] =
    pa.length === 1 && fb.length === 0
      ? [a, sb, pa[0]!, 'b' as const]
      : pb.length === 1 && fa.length === 0
        ? [b, sa, pb[0]!, 'a' as const]
        : fa.length > 0 && fb.length === 0 && pa.length === 0 && sb === ''
          ? [a, '', '', 'b' as const]
          : fb.length > 0 && fa.length === 0 && pb.length === 0 && sa === ''
            ? [b, '', '', 'a' as const]
            : [undefined, '', '', 'a' as const];
  if (!shown) return severalFields(a, b, pa, pb, sa, sb);
  if (name === '') return withFirst(shown);
  const text = shown.join('');
  // A links loop writes nothing without links: it needs no `{{#links}}` (which is a loop too).
  const wholeLoop = shown.length === 1 && name === 'links' && text.startsWith('{{#links');
  const when =
    wholeLoop || (shown.length === 1 && isBlock(text) && fieldOf(text) === name)
      ? text
      : `{{#${name}}}${text}{{/${name}}}`;
  if (other === '') return apart(shown, name) ?? when;
  if (MISSING.test(other) || (name === 'links' && EMPTY_LINK.test(other))) {
    return `${when}{{^${name}}}${templateText(other)}{{/${name}}}`;
  }
  // The field's value written as text by the entries that lack the field.
  const tag = plain(shown);
  if (tag.length !== 1 || !/^\{\{[\w-]+\}\}$/.test(tag[0]!) || !SOFT.test(other)) {
    return undefined;
  }
  if (name === 'year' && !/^(?:19|20)\d{2}$/.test(other)) return undefined;
  slots.push({ name, [side]: other });
  return text;
}

/** Two texts without fields written at the same place: a field of their own, or undefined. */
function textOnly(
  sa: string,
  sb: string,
  used: Set<string>,
  slots: Slot[],
  atStart: boolean,
): string | undefined {
  // Spaces some entries write before a line's text (a tab, four spaces): kept per entry.
  if (/^[ \t]*$/.test(sa) && /^[ \t]*$/.test(sb)) return indent(sa, sb, used, slots);
  // Punctuation written differently at the same place (`, 2024` and ` 2024`, a final `.`).
  if (separators && PUNCTUATION.test(sa) && PUNCTUATION.test(sb) && /\S/.test(sa + sb)) {
    return separator(sa, sb, used, slots);
  }
  // Text only some entries have: an optional value, its separators around it.
  if (sa === '' || sb === '') return onlySome(sa, sb, used, slots, atStart);
  const lead = /^\s*/.exec(sa)![0] === /^\s*/.exec(sb)![0] ? /^\s*/.exec(sa)![0] : '';
  if (!SOFT.test(sa) || !SOFT.test(sb) || [sa, sb].some(inAddress)) return undefined;
  const name = nameFor(sb.trim(), used, undefined, sa.trim());
  slots.push({ name, a: sa.slice(lead.length), b: sb.slice(lead.length) });
  return `${lead}{{${name}}}`;
}

/** A difference in how tags are written (see the functions it calls), or undefined. */
function structural(
  a: string[],
  b: string[],
  fa: readonly string[],
  fb: readonly string[],
  used: Set<string>,
  slots: Slot[],
  atStart: boolean,
): string | undefined {
  return (
    sameField(a, b, fa, fb) ??
    withinBlock(a, b.join(''), fb, used, slots, b) ??
    besideBlocks(a, b, used, slots, atStart)
  );
}

/**
 * Optional parts of the template that the entry does not write, before or after what differs: they
 * stay (they write nothing for an entry without their field), and the rest is merged.
 */
function besideBlocks(
  a: string[],
  b: string[],
  used: Set<string>,
  slots: Slot[],
  atStart: boolean,
): string | undefined {
  if (a.length < 2 || b.length === 0) return undefined;
  const before = isBlock(a[0]!) && !/^\{\{\^/.test(a[0]!);
  const after = isBlock(a[a.length - 1]!) && !/^\{\{\^/.test(a[a.length - 1]!);
  const n = slots.length;
  // Optional parts against an entry that writes several of them: each takes its own share of the
  // text (not inside another such split: the shares are tried once, not for every share's share).
  const pair = a.length === 2 && before && after;
  // A field with its default (`{{#indent}}..{{/indent}}{{^indent}}..{{/indent}}`) is one share.
  const cuts = pair ? [1] : defaultEnds(a).filter((i) => i < a.length);
  if (cuts.length > 0 && (pair || !splitting) && b.length <= 40 && a.every(isBlock)) {
    const was = splitting;
    splitting = !pair;
    try {
      for (const i of cuts) {
        for (let k = 1; k < b.length; k++) {
          const left = differing(a.slice(0, i), b.slice(0, k), used, slots, atStart);
          const right = left !== undefined && differing(a.slice(i), b.slice(k), used, slots, false);
          if (left !== undefined && typeof right === 'string') return left + right;
          slots.length = n;
        }
      }
    } finally {
      splitting = was;
    }
  }
  if (before) {
    const rest = differing(a.slice(1), b, used, slots, atStart);
    if (rest !== undefined) return a[0]! + rest;
    slots.length = n;
  }
  if (after) {
    const rest = differing(a.slice(0, -1), b, used, slots, atStart);
    if (rest !== undefined) return rest + a[a.length - 1]!;
    slots.length = n;
  }
  return undefined;
}

/** Where a field written with its default ends in `tokens` (after its `{{^field}}` part). */
function defaultEnds(tokens: readonly string[]): number[] {
  const ends: number[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const name = /^\{\{\^([\w-]+)\}\}/.exec(tokens[i]!)?.[1];
    if (name && tokens[i - 1]!.startsWith(`{{#${name}}}`)) ends.push(i + 1);
  }
  return ends;
}

/**
 * A part showing one field followed by optional parts of their own (`: {{subtitle}}{{#note}} |
 * {{note}}{{/note}}`): only the field's own part becomes optional, the others stay as they are, so
 * an entry with the note but no subtitle is written too.
 */
function apart(shown: readonly string[], name: string): string | undefined {
  const at = shown.findIndex((t) => !isBlock(t) && fieldOf(t) === name);
  const cut = shown.findIndex((t, k) => k > at && isBlock(t));
  if (at === -1 || cut === -1 || shown.slice(cut).some((t) => !isBlock(t))) return undefined;
  return `{{#${name}}}${shown.slice(0, cut).join('')}{{/${name}}}${shown.slice(cut).join('')}`;
}

/**
 * Spaces written differently at the same place (a tab, four spaces): written raw, so a tab stays a
 * tab. What the template wrote so far stays its default, so only the entries written otherwise
 * carry the field.
 */
function indent(sa: string, sb: string, used: Set<string>, slots: Slot[]): string {
  const name = nameFor('', used, 'indent');
  const own = `{{#${name}}}{{{${name}}}}{{/${name}}}`;
  slots.push({ name, b: sb });
  return sa === '' ? own : `${own}{{^${name}}}${templateText(sa)}{{/${name}}}`;
}

/**
 * Whether punctuation written differently may become a `separator` field: only once every other
 * merge has been tried, so it never takes the place of an optional part (`{{#subtitle}}: ...`).
 */
let separators = false;

/** Whether optional parts are being given their shares of an entry's text (see `besideBlocks`). */
let splitting = false;

/** Separators only: spaces and the punctuation between the parts of an entry. */
const PUNCTUATION = /^[ \t,.;:]*$/;

/**
 * Punctuation written differently at the same place (`{{venue}}, {{year}}` against `{{venue}}
 * {{year}}`, a final `.` some entries leave out): a field of its own, `separator`, whose default is
 * what the template wrote so far (`{{separator|.}}`), so only the entries written otherwise carry it
 * (an empty value writes nothing). Spaces both sides write stay in the template.
 */
function separator(sa: string, sb: string, used: Set<string>, slots: Slot[]): string | undefined {
  let start = 0;
  while (
    start < sa.length &&
    start < sb.length &&
    sa[start] === sb[start] &&
    /\s/.test(sa[start]!)
  ) {
    start++;
  }
  let end = 0;
  while (
    end < sa.length - start &&
    end < sb.length - start &&
    sa[sa.length - 1 - end] === sb[sb.length - 1 - end] &&
    /\s/.test(sa[sa.length - 1 - end]!)
  ) {
    end++;
  }
  const [x, y] = [sa.slice(start, sa.length - end), sb.slice(start, sb.length - end)];
  // A tag's default cannot start or end with a space (the tag is read trimmed).
  if (x.trim() !== x) return undefined;
  const name = nameFor('', used, 'separator');
  slots.push({ name, b: y });
  const tag = x === '' ? `{{#${name}}}{{${name}}}{{/${name}}}` : `{{${name}|${x}}}`;
  return sa.slice(0, start) + tag + sa.slice(sa.length - end);
}

/**
 * The same links loop written with two separators: an entry with one link writes none, so its loop
 * has the reader's `" "`; the other's separator is the one the list writes between links.
 */
function sameLoop(a: readonly string[], b: readonly string[]): string | undefined {
  if (a.length !== 1 || b.length !== 1) return undefined;
  const la = /^\{\{#links( "(?:[^"\\]|\\.)*")?\}\}([\s\S]*)$/.exec(a[0]!);
  const lb = /^\{\{#links( "(?:[^"\\]|\\.)*")?\}\}([\s\S]*)$/.exec(b[0]!);
  if (!la || !lb || la[2] !== lb[2]) return undefined;
  return la[1] === ' " "' ? b[0] : a[0];
}

/**
 * Optional parts with text or fields of their own around them (`. *{{venue}} {{year}}*`): written
 * with the first field they show (the renders that follow check every entry still fits).
 */
function withFirst(shown: string[]): string {
  const text = shown.join('');
  const first = shown.map(fieldOf).find((f) => f !== undefined);
  const bare = shown.filter((t) => !isBlock(t));
  const wrap = bare.some((t) => fieldOf(t) !== undefined) || (bare.length > 0 && literal(bare));
  return first && wrap ? `{{#${first}}}${text}{{/${first}}}` : text;
}

/** Literal text as a template writes it. */
function templateText(text: string): string {
  return text.includes('{{') ? text.replaceAll('{{', '{{"{{"}}') : text;
}

/**
 * An optional part of the template (`{{#venue}}[{{venue}} {{year}}] {{/venue}}`) against an entry
 * that writes it with more (`[ICLR 2024 Oral] `), or with text where the field is (` | Oral` for
 * `{{#note}} | {{note}}{{/note}}`): the part's inside is merged with what the entry writes.
 */
function withinBlock(
  a: readonly string[],
  sb: string,
  fb: readonly string[],
  used: Set<string>,
  slots: Slot[],
  b?: string[],
): string | undefined {
  const m = a.length === 1 ? /^\{\{#([^}"]+)\}\}([\s\S]*)\{\{\/\1\}\}$/.exec(a[0]!) : null;
  if (!m || m[1] === 'links' || m[1]!.startsWith('link:')) return undefined;
  // The entry writes the part with the field, or writes the field's value as text (` | Oral`).
  if (!fb.includes(m[1]!) && (fb.length > 0 || sb.trim() === '')) return undefined;
  // The part as it is, then more of the entry's own after it: that is a part of its own.
  if (b && fb.includes(m[1]!)) {
    for (let k = b.length - 1; k > 0; k--) {
      if (b.slice(0, k).join('') !== m[2]) continue;
      const n = slots.length;
      const rest = differing([], b.slice(k), used, slots, false);
      if (rest !== undefined) return a[0]! + rest;
      slots.length = n;
    }
  }
  const inner = combine(m[2]!, sb, used);
  if (!inner) return undefined;
  for (const slot of inner.slots) used.add(slot.name);
  slots.push(...inner.slots);
  return `{{#${m[1]}}}${inner.template}{{/${m[1]}}}`;
}

/**
 * A part only some entries have that shows several fields: in brackets (` [{{venue}} {{year}}]`)
 * written when its first field is there, else each field with its separator written when it is
 * there (the render check says whether the entries agree).
 */
function severalFields(
  a: readonly string[],
  b: readonly string[],
  pa: readonly string[],
  pb: readonly string[],
  sa: string,
  sb: string,
): string | undefined {
  const [shown, fields] = sb === '' ? [a, pa] : sa === '' ? [b, pb] : [undefined, []];
  const name = fields.find((f) => f !== 'title' && f !== 'links' && !f.startsWith('link:'));
  if (!shown || fields.length < 2 || name === undefined) return undefined;
  if (shown.some(isBlock)) return undefined;
  const text = shown.join('');
  // In brackets the fields are one part (`[{{venue}} {{year}}]`); else each field with the text
  // before it is a part of its own (`: {{subtitle}}`, ` | {{note}}`).
  if (/^\s*[[(][^]*[\])]\s*$/.test(text)) return `{{#${name}}}${text}{{/${name}}}`;
  let out = '';
  let part = '';
  for (const token of shown) {
    part += token;
    const field = fieldOf(token);
    if (field === undefined) continue;
    if (field === 'title' || field === 'links' || field.startsWith('link:')) return undefined;
    out += `{{#${field}}}${part}{{/${field}}}`;
    part = '';
  }
  return out + part;
}

/** Text only some entries have: an optional value, its separators around it (or undefined). */
function onlySome(
  sa: string,
  sb: string,
  used: Set<string>,
  slots: Slot[],
  atStart: boolean,
): string | undefined {
  const text = sa || sb;
  const m = /^([\s:,;.|–-]*)([\s\S]*?)([\s,;.]*)$/.exec(text)!;
  if (m[2] === '' || !SOFT.test(m[2]!) || inAddress(m[2]!)) return undefined;
  // Text standing apart (a blank line before or after it, or lines before the entry's first
  // line) is a paragraph of its own, not a value of the entry: that entry keeps its own template.
  if (BLANK_LINE.test(m[1]!) || BLANK_LINE.test(m[3]!)) return undefined;
  if (atStart && m[3]!.includes('\n')) return undefined;
  const name = nameFor(m[2]!, used);
  slots.push({ name, ...(sa ? { a: m[2]! } : { b: m[2]! }) });
  return `{{#${name}}}${m[1]}{{${name}}}${m[3]}{{/${name}}}`;
}

/**
 * `a` when it is made of parts learned before that write `b`'s text: for entries without their
 * field (`{{^code}}-{{/code}}` and `-`) or with it (`{{#code}}[code]({{link:code}}){{/code}}`).
 */
function learnedCovers(a: readonly string[], b: readonly string[]): string | undefined {
  if (a.length === 0 || !a.every(isBlock)) return undefined;
  const sb = b.join('');
  const bare = b.every((t) => fieldOf(t) === undefined);
  if (bare && negatives(a) === sb) return a.join('');
  const shown = positives(a);
  if (shown === undefined || asEscaped(shown) !== asEscaped(sb)) return undefined;
  // A value kept as written on one side, escaped on the other: as written serves both (checked
  // by rendering, as every merge is).
  let out = a.join('');
  for (const [, name] of sb.matchAll(/\{\{\{([^}]*)\}\}\}/g)) {
    out = out.replace(
      new RegExp(`(?<!\\{)\\{\\{${escapeRe(name!)}\\}\\}(?!\\})`, 'g'),
      `{{{${name}}}}`,
    );
  }
  return out;
}

/** A template with its as-written tags (`{{{size}}}`) written as escaped ones (`{{size}}`). */
const asEscaped = (s: string) => s.replace(/\{\{\{([^}]*)\}\}\}/g, '{{$1}}');

/** A part learned before that writes the other side too (see below). */
function learnedPart(
  a: readonly string[],
  b: readonly string[],
  slots: Slot[],
): string | undefined {
  return learnedCovers(a, b) ?? learnedCovers(b, a) ?? sameLoop(a, b) ?? withDefault(a, b, slots);
}

/**
 * A field learned with its default (`{{#indent}}{{{indent}}}{{/indent}}{{^indent}}    {{/indent}}`)
 * where an entry writes other plain text (a tab): that text is the entry's value.
 */
function withDefault(
  a: readonly string[],
  b: readonly string[],
  slots: Slot[],
): string | undefined {
  if (a.length !== 2 || b.some((t) => fieldOf(t) !== undefined)) return undefined;
  const own = /^\{\{#([\w-]+)\}\}\{\{\{?\1\}?\}\}\{\{\/\1\}\}$/.exec(a[0]!);
  const name = own?.[1];
  if (!name || !a[1]!.startsWith(`{{^${name}}}`) || !a[1]!.endsWith(`{{/${name}}}`))
    return undefined;
  const text = b.join('');
  if (text === '' || !SOFT.test(text)) return undefined;
  slots.push({ name, b: text });
  return a.join('');
}

/** What `{{^field}}...{{/field}}` parts write (for entries without their fields). */
function negatives(tokens: readonly string[]): string | undefined {
  let out = '';
  for (const t of tokens) {
    const m = /^\{\{\^([^}]+)\}\}([^{}]*)\{\{\/\1\}\}$/.exec(t);
    if (m) out += m[2];
    else if (!t.startsWith('{{#')) return undefined;
  }
  return out;
}

/** What the `{{#field}}...{{/field}}` parts of `tokens` write inside them, joined. */
function positives(tokens: readonly string[]): string | undefined {
  let out = '';
  for (const t of tokens) {
    const m = /^\{\{#([^}]+)\}\}([\s\S]*)\{\{\/\1\}\}$/.exec(t);
    if (m) out += m[2];
    else if (!t.startsWith('{{^')) return undefined;
  }
  return out;
}

/** An optional part: `{{#field}}...{{/field}}` (not a links loop). */
function isBlock(token: string): boolean {
  return /^\{\{(?:#(?!links)|\^)/.test(token);
}

/** `base` with the parts where `other` differs made optional or fields, or undefined. */
export function combine(
  base: string,
  other: string,
  used: Set<string>,
): { template: string; slots: Slot[] } | undefined {
  const a = base.match(TOKEN) ?? [];
  const b = other.match(TOKEN) ?? [];
  const names = new Set(used);
  const slots: Slot[] = [];
  // Rows are compared cell by cell, so a row padded wide (an aligned table) costs no more.
  const row = combineRow(a, b, names, slots) ?? combineHtmlRow(base, other, names, slots);
  if (row !== undefined) return { template: row, slots };
  // HTML rows written with other cells (a rowspan cell above) share no template.
  if (/^\s*<tr\b/i.test(base) && /^\s*<tr\b/i.test(other)) return undefined;
  if (a.length > 400 || b.length > 400) return undefined;
  names.clear();
  for (const n of used) names.add(n);
  slots.length = 0;
  const template = combineTokens(a, b, names, slots, true);
  return template === undefined ? undefined : { template, slots };
}

function combineTokens(
  a: readonly string[],
  b: readonly string[],
  names: Set<string>,
  slots: Slot[],
  atStart: boolean,
): string | undefined {
  let template = '';
  for (const seg of segments(a, b)) {
    if ('same' in seg) template += seg.same;
    else {
      const part = differing(seg.a, seg.b, names, slots, atStart && template === '');
      if (part === undefined) return undefined;
      template += part;
    }
  }
  return template;
}

const HTML_CELL = /(<t[dh]\b[^>]*>)([\s\S]*?)(<\/t[dh]\s*>)/g;

/**
 * Two rows of an HTML table written alike around their cells (`<tr>`, `<td>` and the lines between
 * them): combined cell by cell, so a stand-in in one cell is never aligned with another cell's text.
 */
function combineHtmlRow(
  base: string,
  other: string,
  names: Set<string>,
  slots: Slot[],
): string | undefined {
  if (!/^\s*<tr\b/i.test(base) || !/^\s*<tr\b/i.test(other)) return undefined;
  const skeleton = (t: string) => t.replace(HTML_CELL, '$1$3');
  if (skeleton(base) !== skeleton(other)) return undefined;
  const inner = (t: string) => [...t.matchAll(HTML_CELL)].map((m) => m[2]!.match(TOKEN) ?? []);
  const ca = inner(base);
  const cb = inner(other);
  let k = 0;
  let failed = false;
  const template = base.replace(HTML_CELL, (_, open: string, _body: string, close: string) => {
    const x = ca[k]!;
    const y = cb[k++]!;
    const content = combineCell(x, y, names, slots);
    if (content === undefined) failed = true;
    return `${open}${content ?? ''}${close}`;
  });
  return failed ? undefined : template;
}

/** One cell's content: a stand-in (`-`) is compared with the whole of the other cell. */
function combineCell(
  x: readonly string[],
  y: readonly string[],
  names: Set<string>,
  slots: Slot[],
): string | undefined {
  const standIn = [x, y].some((c) => c.length > 0 && MISSING.test(c.join('')));
  return standIn && x.join('') !== y.join('')
    ? differing([...x], [...y], names, slots, false)
    : combineTokens(x, y, names, slots, false);
}

/**
 * Two rows of a Markdown table, cell by cell: padding a person typed differently in a cell becomes
 * a spacing part of that cell, and what the cells show is combined as above.
 */
function combineRow(
  a: readonly string[],
  b: readonly string[],
  names: Set<string>,
  slots: Slot[],
): string | undefined {
  const ra = rowBody(a);
  const rb = rowBody(b);
  if (!ra || !rb || ra.cells.length !== rb.cells.length) return undefined;
  const ca = ra.cells;
  const cb = rb.cells;
  const newName = () => nameFor('', names, 'spacing');
  let template = '';
  for (let k = 0; k < ca.length; k++) {
    const x = ca[k]!;
    const y = cb[k]!;
    if (k > 0) template += '|';
    const lead = mergePad(x.lead, y.lead, newName, slots);
    const content = combineCell(x.content, y.content, names, slots);
    const trail = mergePad(x.trail, y.trail, newName, slots);
    if (lead === undefined || content === undefined || trail === undefined) return undefined;
    template += lead + content + trail;
  }
  const end = mergePad(ra.end, rb.end, newName, slots, true);
  return end === undefined ? undefined : template + end;
}

/** Sets the slots' values on the entries of each side; returns what takes them back. */
function giveValues(
  slots: readonly Slot[],
  papers: readonly Paper[],
  isA: (n: number) => boolean,
  isB: (n: number) => boolean,
): () => void {
  const set: [Paper, string][] = [];
  papers.forEach((paper, n) => {
    const side = isA(n) ? 'a' : isB(n) ? 'b' : undefined;
    if (!side) return;
    for (const slot of slots) {
      const value = slot[side];
      if (value === undefined || fieldText(paper, slot.name) !== undefined) continue;
      setField(paper, slot.name, value);
      set.push([paper, slot.name]);
    }
  });
  return () => {
    for (const [paper, name] of set) {
      if (name === 'venue' || name === 'year' || name === 'abbr') delete paper[name];
      else delete paper.extra[name];
    }
  };
}

function setField(paper: Paper, name: string, value: string): void {
  if (name === 'venue' || name === 'year' || name === 'abbr') paper[name] = value;
  else {
    Object.defineProperty(paper.extra, name, {
      value: name === 'authors' ? authorList(value) : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}

/** Authors as a list when the list gives the same text back (names joined by `, `). */
function authorList(value: string): string | string[] {
  const names = value.split(', ');
  if (names.length < 2 || names.some((n) => n.trim() === '' || / and |&/.test(n))) return value;
  return names;
}

/**
 * The template with `name` written only when present, with its brackets or the separator before it
 * (`[{{date}}] `, `, {{venue}}`); undefined when the tag is not there once as a plain tag.
 */
function wrapOptional(template: string, name: string): string | undefined {
  const tag = `{{${name}}}`;
  // A table row keeps every cell: there a missing value is an empty cell.
  if (/^\s*(?:\||<tr)/.test(template) || template.includes(`{${tag}}`)) return undefined;
  // A badge image that shows the field (in its address and its alt text) goes with it.
  const image = new RegExp(`<img\\b[^>]*${escapeRe(tag)}[^>]*> ?`).exec(template);
  if (image && template.split(tag).length - 1 === image[0].split(tag).length - 1) {
    const end = image.index + image[0].length;
    return `${template.slice(0, image.index)}{{#${name}}}${image[0]}{{/${name}}}${template.slice(end)}`;
  }
  if (template.includes(`{{#${name}}}`) || template.indexOf(tag) !== template.lastIndexOf(tag)) {
    return undefined;
  }
  // A venue with its year in two digits (`{{venue}}'{{year:2}}`) is one part.
  const unit =
    new RegExp(`${escapeRe(tag)}['’] ?\\{\\{[\\w-]+:\\d\\}\\}`).exec(template)?.[0] ?? tag;
  const t = escapeRe(unit);
  const around = new RegExp(
    `(?:\\[${t}[.,]?\\]|\\(${t}[.,]?\\)|\\*\\*${t}[.,]?\\*\\*|\\*${t}[.,]?\\*|_${t}[.,]?_) ?|(?:, |; | - | – | \\| |: |\\. | )?${t}`,
  );
  const m = around.exec(template);
  // ` - ` at a line's start is a list marker, not a separator that goes with the field.
  if (!m || (/^ [-–] /.test(m[0]) && /(?:^|\n)[ \t]*$/.test(template.slice(0, m.index)))) {
    return undefined;
  }
  let end = m.index + m[0].length;
  // A field that opens the line takes the separator after it (`**{{abbr}}**: "{{title}}"`).
  if (/(?:^|\n)[ \t]*(?:[-*+]|\{\{n\}\}[.)])?[ \t]*$/.test(template.slice(0, m.index))) {
    end += /^(?::|,| [-–]) /.exec(template.slice(end))?.[0].length ?? 0;
  }
  return `${template.slice(0, m.index)}{{#${name}}}${template.slice(m.index, end)}{{/${name}}}${template.slice(end)}`;
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface Learned {
  /** The section's template. */
  item: string;
  /** Per entry: whether the section's template writes it exactly as it is written. */
  fits: boolean[];
}

/** The templates of the entries `fits` leaves out, most frequent first, at most `limit`. */
function mostFrequentFirst(templates: readonly string[], fits: boolean[], limit: number): string[] {
  const counts = new Map<string, number>();
  templates.forEach((t, n) => {
    if (!fits[n]) counts.set(t, (counts.get(t) ?? 0) + 1);
  });
  return [...counts]
    .sort((x, y) => y[1] - x[1])
    .slice(0, limit)
    .map(([t]) => t);
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
  options: { positions?: readonly number[]; limit?: number } = {},
): Learned {
  const at = options.positions;
  const ctx = (n: number) => ({ escape, linkLabels: {}, n: (at ? at[n]! : n) + 1 });
  const render = (template: string, n: number) => {
    try {
      return fillTemplate(template, papers[n]!, ctx(n));
    } catch {
      return undefined;
    }
  };
  // Each entry as written, rendered only when needed (an entry's own template fits it as it is).
  const cache: (string | undefined)[] = [];
  const written = (n: number) => (cache[n] ??= render(templates[n]!, n));
  const fitsWith = (item: string, only?: (n: number) => boolean) =>
    templates.map((t, n) =>
      only && !only(n) ? false : t === item || render(item, n) === written(n),
    );
  let item = base;
  let fits = fitsWith(item);
  const order = mostFrequentFirst(templates, fits, options.limit ?? 400);
  const used = new Set<string>(['title', 'abbr', 'venue', 'year', 'links', 'shape']);
  for (const p of papers) for (const k of Object.keys(p.extra)) used.add(k);
  const usedBefore = new Set(used);
  mergeAll(order, mergeGroup, () => item);
  function mergeGroup(other: string): boolean {
    if (templates.every((t, n) => t !== other || fits[n])) return true;
    const merged = combine(item, other, used);
    if (merged === undefined) return false;
    const inGroup = (n: number) => templates[n] === other;
    const undo = giveValues(merged.slots, papers, (n) => fits[n]!, inGroup);
    // Only the entries it covered and the new ones are rendered: the others are looked at last.
    // When the template stays as it is, only the new ones have changed.
    const same = merged.template === item;
    const checked = fitsWith(merged.template, (n) => (same ? inGroup(n) : fits[n]! || inGroup(n)));
    const next = same ? checked.map((f, n) => f || fits[n]!) : checked;
    if (next.every((f, n) => f || !fits[n]) && next.some((f, n) => f && !fits[n])) {
      item = merged.template;
      fits = next;
      for (const slot of merged.slots) used.add(slot.name);
      return true;
    }
    undo();
    return false;
  }
  if (item !== base) {
    const others = fitsWith(item, (n) => !fits[n]);
    fits = fits.map((f, n) => f || others[n]!);
  }
  // Spacing is given to every entry a merge covered, also where a part it sits in is not written.
  dropUnwritten(item, newSpacing(used, usedBefore), papers, fits, render, written);
  return { item: withOptionalFields(item, papers, fits, fitsWith), fits };
}

/**
 * Merges the templates in `order` while the template keeps growing: one that could not be merged
 * may merge once others have been (its cells' parts learned from them). Punctuation written
 * differently becomes a field only for the templates left after that.
 */
function mergeAll(order: string[], merge: (other: string) => boolean, item: () => string): void {
  let left = order;
  for (const last of [false, true]) {
    separators = last;
    try {
      for (let pass = 0; pass < 3 && left.length > 0; pass++) {
        const was = item();
        left = left.filter((other) => !merge(other));
        if (item() === was) break;
      }
    } finally {
      separators = false;
    }
  }
}

/** The spacing fields learned: in `used` now, not in `before`. */
function newSpacing(used: Set<string>, before: Set<string>): string[] {
  return [...used].filter((name) => !before.has(name) && /^spacing(?:-\d+)?$/.test(name));
}

/**
 * Spacing the learning gave entries that the template does not write for them (inside a part they
 * lack): taken back, so the data holds only what the entry shows.
 */
function dropUnwritten(
  item: string,
  names: readonly string[],
  papers: readonly Paper[],
  fits: readonly boolean[],
  render: (template: string, n: number) => string | undefined,
  written: (n: number) => string | undefined,
): void {
  papers.forEach((paper, n) => {
    if (!fits[n]) return;
    for (const name of names) {
      if (!Object.hasOwn(paper.extra, name)) continue;
      const value = paper.extra[name];
      delete paper.extra[name];
      if (render(item, n) === written(n)) continue;
      Object.defineProperty(paper.extra, name, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  });
}

/** A field's brackets and separator written only with it, so an entry without it leaves no `[]`. */
function withOptionalFields(
  template: string,
  papers: readonly Paper[],
  fits: readonly boolean[],
  fitsWith: (item: string, only?: (n: number) => boolean) => boolean[],
): string {
  let item = template;
  const names = new Set([...item.matchAll(/(?<!\{)\{\{([\w-]+)\}\}(?!\})/g)].map((m) => m[1]!));
  for (const name of names) {
    if (name === 'title' || name === 'n' || name === 'label' || name === 'url') continue;
    const wrapped = wrapOptional(item, name);
    if (wrapped === undefined) continue;
    // Entries that have the field are written the same either way: only the others are rendered.
    const lacking = (n: number) => fits[n]! && (fieldText(papers[n]!, name) ?? '') === '';
    const next = fitsWith(wrapped, lacking);
    if (next.every((f, n) => f || !lacking(n))) item = wrapped;
  }
  return item;
}
