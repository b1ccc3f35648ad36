// Reading an entry back through the template that wrote it: the template becomes a pattern (its
// literal text as written, each field a capture), so an entry a person edited or typed in the list's
// own style gives its fields exactly where the template puts them — a venue of two words, a single
// author — whatever the importer's guesses would make of it. Values are unescaped as the renderer
// escaped them; the caller renders the result again and keeps it only when that gives back the
// entry byte for byte. Where separators may also stand inside a value (`, ` between authors and
// before the venue), a field can be pinned to texts known for it, so the reading that agrees with
// them is the one found (./by-template.ts).
import { encodeUrl } from '../../render/escape.js';
import type { EscapeMode } from '../../render/layouts/fill.js';
import {
  fullYear,
  parseTemplate,
  SEPARATOR_FIELD,
  type Join,
  type Marks,
  type TemplateNode,
} from '../../render/layouts/template.js';
import { joinedNames } from '../../import/layouts/authors.js';
import type { PaperLink } from '../../types.js';

/** What a template match reads: field texts, links in order (labels as shown), link:X URLs. */
export interface TemplateMatch {
  fields: Map<string, string>;
  /** `{{link:X}}` tags: label X -> the URL written there. */
  named: Map<string, string>;
  /** Every field the template shows (those not in `fields` are missing from the entry). */
  shown: Set<string>;
  /** The links of a `{{#links}}` loop, in order, labels as shown; undefined without a loop. */
  loop: PaperLink[] | undefined;
  /** Phrases a marked field writes (`{{title **highlights**}}`): highlights -> the phrases. */
  lists?: Map<string, string[]>;
}

/** Entries longer than this are not matched (a pattern with many lazy captures backtracks). */
const MAX_ENTRY = 4000;

type Capture = (
  | {
      kind: 'field';
      name: string;
      missing: string;
      marks?: Marks;
      sep?: string;
      join?: Join;
      last?: number;
    }
  | { kind: 'link'; label: string }
  | { kind: 'loop'; body: RegExp; parts: Capture[] }
) & {
  /** The fields of the optional parts it is written in (innermost first). */
  within?: string[];
};

const quote = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Fields pinned to the texts they may be written as (each as the renderer writes it). */
export type Pins = ReadonlyMap<string, readonly string[]>;

/**
 * The pattern of `nodes`; with `captures` undefined, its groups capture nothing. A pinned field
 * matches only one of its texts.
 */
function pattern(
  nodes: readonly TemplateNode[],
  captures: Capture[] | undefined,
  mode: EscapeMode,
  pins?: Pins,
): string {
  const open = captures ? '(' : '(?:';
  let out = '';
  for (const node of nodes) {
    switch (node.t) {
      case 'lit':
        out += quote(node.text);
        break;
      case 'n':
        out += '\\d+';
        break;
      case 'field':
        captures?.push({
          kind: 'field',
          name: node.name,
          missing: node.missing,
          ...(node.marks ? { marks: node.marks } : {}),
          ...(node.join ? { join: node.join } : {}),
          ...(node.sep !== undefined ? { sep: node.sep } : {}),
          ...(node.last !== undefined ? { last: node.last } : {}),
        });
        out += `${open}${pinned(pins?.get(node.name)) ?? anyText(node)})`;
        break;
      case 'link':
        captures?.push({ kind: 'link', label: node.label });
        out += mode === 'html' ? `${open}[^"\\s]*?)` : `${open}\\S*?)`;
        break;
      case 'repo':
        out += '[\\w.-]*/?[\\w.-]*';
        break;
      case 'if':
        {
          const from = captures?.length ?? 0;
          // Read with pinned fields, a part whose field no reference gives is written only when
          // nothing else reads the text (`> NeurIPS'22` is the venue line, not an affiliation).
          const lazy = pins !== undefined && !node.negate && !pins.has(node.name) ? '?' : '';
          out += `(?:${pattern(node.body, captures, mode, pins)})?${lazy}`;
          // The fields of an optional part, but for the one it is written for, are shown only when
          // the part is written: an entry without it says nothing of them.
          if (!node.negate) captures?.slice(from).forEach((c) => (c.within ??= []).push(node.name));
        }
        break;
      case 'links': {
        const parts: Capture[] = [];
        const body = pattern(node.body, parts, mode);
        const inner = pattern(node.body, undefined, mode);
        captures?.push({ kind: 'loop', body: new RegExp(body, 'g'), parts });
        out += `${open}(?:${inner})(?:${quote(node.sep)}(?:${inner}))*)?`;
        break;
      }
    }
  }
  return out;
}

/** What a field's tag may match: a field's last characters as many, punctuation for a separator. */
function anyText(node: Extract<TemplateNode, { t: 'field' }>): string {
  if (node.last !== undefined) return `[^\\n]{${node.last}}`;
  return SEPARATOR_FIELD.test(node.name) ? '[ \\t,.;:]*?' : '[^\\n]*?';
}

function pinned(texts: readonly string[] | undefined): string | undefined {
  return texts && texts.length > 0 ? `(?:${texts.map(quote).join('|')})` : undefined;
}

function unescape(text: string, mode: EscapeMode): string {
  const entities = text
    .replace(/&#8288;/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
  const plain = mode === 'html' ? entities : entities.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return plain.replace(/&amp;/g, '&');
}

/** The fields `template` reads from `text`, or undefined when the text is not written that way. */
export function matchTemplate(
  template: string,
  text: string,
  mode: EscapeMode,
  pins?: Pins,
): TemplateMatch | undefined {
  if (text.length > MAX_ENTRY) return undefined;
  const captures: Capture[] = [];
  const source = pattern(parseTemplate(template), captures, mode, pins);
  const m = new RegExp(`^${source}$`).exec(text);
  if (!m) return undefined;
  const out: TemplateMatch = {
    fields: new Map(),
    shown: new Set(),
    named: new Map(),
    loop: undefined,
  };
  const written = new Set<string>();
  captures.forEach((c, i) => {
    if (m[i + 1] !== undefined) for (const name of c.within ?? []) written.add(name);
  });
  for (const c of captures) {
    if (c.kind !== 'field') continue;
    const parts = (c.within ?? []).filter((name) => name !== c.name);
    if (parts.every((name) => written.has(name))) out.shown.add(c.name);
  }
  captures.forEach((capture, i) => {
    const value = m[i + 1];
    if (capture.kind === 'loop') {
      out.loop = value === undefined ? [] : loopLinks(value, capture, mode);
      return;
    }
    if (value === undefined) return;
    if (capture.kind === 'field' && capture.marks) {
      const { delimiter, field } = capture.marks;
      const parts = value.split(delimiter);
      if (parts.length % 2 === 0) return;
      const phrases = parts.filter((_, k) => k % 2 === 1).map((p) => unescape(p, mode));
      (out.lists ??= new Map()).set(field, phrases);
      out.shown.add(field);
      const text = unescape(parts.join(''), mode);
      if (text !== '' && !out.fields.has(capture.name)) out.fields.set(capture.name, text);
    } else if (capture.kind === 'field' && capture.sep !== undefined) {
      // A list written item after item: the separator is the layout's.
      const items = value.split(capture.sep).map((item) => unescape(item, mode));
      (out.lists ??= new Map()).set(
        capture.name,
        items.filter((item) => item !== ''),
      );
    } else if (capture.kind === 'field') {
      const written = unescape(value, mode);
      const text = capture.last !== undefined ? fullYear(written) : written;
      // Nothing written where the tag has a default: the value is left empty on purpose.
      const empty = text === '' && capture.missing !== '';
      if ((empty || (text !== '' && text !== capture.missing)) && !out.fields.has(capture.name))
        out.fields.set(capture.name, text);
      // A list written with its separators: its items, when joining them gives the text back.
      const names = capture.join && text !== '' ? joinedNames(text, capture.join) : undefined;
      if (names) (out.lists ??= new Map()).set(capture.name, names);
    } else out.named.set(capture.label, unescape(value, 'html'));
  });
  return out;
}

function loopLinks(
  run: string,
  loop: Extract<Capture, { kind: 'loop' }>,
  mode: EscapeMode,
): PaperLink[] {
  const links: PaperLink[] = [];
  for (const m of run.matchAll(loop.body)) {
    let label = '';
    let url = '';
    loop.parts.forEach((part, i) => {
      const value = m[i + 1] ?? '';
      if (part.kind === 'field' && part.name === 'label') label = unescape(value, mode);
      else if (part.kind === 'field' && part.name === 'url') url = unescape(value, 'html');
    });
    links.push({ label, url });
  }
  return links;
}

/** Two URLs that the renderer writes the same. */
export function sameWrittenUrl(a: string, b: string): boolean {
  return a === b || encodeUrl(a) === encodeUrl(b);
}
