// Filling an entry template with one paper. Every value is escaped for where it lands (Markdown
// text or HTML), so whatever a field holds, the entry stays one entry with no HTML, formatting or
// link of its own; only a `{{{raw}}}` field (kept text from an import, never from an issue) is
// written as Markdown, and even then on one line (or, in a quote, on lines of the quote).
import type { Paper, PaperLink } from '../../types.js';
import { CONTROL, encodeUrl, escapeCell, isHttpUrl, linkDestination } from '../escape.js';
import { fieldText } from '../field.js';
import { BADGE_PATH, shieldsText } from '../shields.js';
import { joinItems, parseTemplate, type Join, type TemplateNode } from './template.js';
import { shownLabelOf } from '../../settings/labels.js';
import { labelRole, linkRoles, type LinkRole } from '../../links/roles.js';

export type EscapeMode = 'markdown' | 'html';

export interface FillContext {
  escape: EscapeMode;
  /** Displayed text per link label. */
  linkLabels: Readonly<Record<string, string>>;
  /** 1-based position of the entry in its section. */
  n: number;
}

/** The text of `template` for `paper`. Throws TemplateError for a template that does not parse. */
export function fillTemplate(template: string, paper: Paper, ctx: FillContext): string {
  const nodes = parseTemplate(template);
  const used = new Set<PaperLink>();
  const resolved = new Map<string, PaperLink | undefined>();
  collectLinks(nodes, paper, used, resolved);
  const state = { out: '', paper, ctx, used, resolved };
  emit(nodes, state, undefined);
  return state.out;
}

interface State {
  /** The literal node right after a title ending with `?` or `!` (see the `lit` case). */
  stopAfter?: TemplateNode | undefined;
  out: string;
  paper: Paper;
  ctx: FillContext;
  used: Set<PaperLink>;
  resolved: Map<string, PaperLink | undefined>;
}

const isPaperRole = (r: LinkRole | undefined) => r === 'page' || r === 'pdf';

/**
 * `{{link:X}}`: the link labelled X, else a link the template has not used yet that is for the
 * same thing: a code link only where X names code, a PDF or page where X names one of those, and
 * where X names neither (a column's own name), a link of no known role or else the paper's link.
 * Every label written as such is found first, so a tag without a link of its own never takes the
 * link another tag names.
 */
function collectLinks(
  nodes: readonly TemplateNode[],
  paper: Paper,
  used: Set<PaperLink>,
  resolved: Map<string, PaperLink | undefined>,
): void {
  const roles = linkRoles(paper.links);
  const labels: string[] = [];
  // Labels of parts written only with their link (`{{#link:image}}...{{/link:image}}`).
  const guarded = new Set<string>();
  const walk = (list: readonly TemplateNode[]) => {
    for (const node of list) {
      if ((node.t === 'link' || node.t === 'repo') && !labels.includes(node.label)) {
        labels.push(node.label);
      } else if (node.t === 'if') {
        if (!node.negate && node.name.startsWith('link:')) guarded.add(node.name.slice(5));
        walk(node.body);
      } else if (node.t === 'field' && node.marks?.delimiter === '[]') {
        // The links a text's phrases are written with are its own, not the links loop's.
        for (const phrase of phrasesOf(paper, node.marks.field)) {
          const link = paper.links.find((l) => l.label === phrase);
          if (link) used.add(link);
        }
      }
    }
  };
  walk(nodes);
  const free = (i: number) => !used.has(paper.links[i]!);
  const find = (ok: (l: PaperLink, i: number) => boolean) =>
    paper.links.find((l, i) => free(i) && ok(l, i));
  for (const label of labels) {
    const lower = label.toLowerCase();
    const link = find((l) => l.label === label) ?? find((l) => l.label.toLowerCase() === lower);
    if (!link) continue;
    resolved.set(label, link);
    used.add(link);
  }
  for (const label of labels) {
    if (resolved.has(label)) continue;
    const role = labelRole(label);
    // A part shown only with its own link (a picture's) borrows no other: an entry without
    // one leaves the part out.
    if (role === undefined && guarded.has(label)) continue;
    const link =
      (role === undefined ? find((_, i) => roles[i] === undefined) : undefined) ??
      find((_, i) => roles[i] === role) ??
      (role !== 'code' ? find((_, i) => isPaperRole(roles[i])) : undefined);
    resolved.set(label, link);
    if (link) used.add(link);
  }
}

/**
 * The address an unconditional `{{link:X}}` writes when the entry has no link for it: a slot named
 * for the paper (its page, its PDF, an arXiv badge) shows the paper's link again rather than
 * nothing.
 */
function standIn(label: string, paper: Paper): PaperLink | undefined {
  // A slot for something else (a project site, a video) is not the paper's.
  if (!isPaperRole(labelRole(label))) return undefined;
  const roles = linkRoles(paper.links);
  return paper.links.find((_, i) => isPaperRole(roles[i]));
}

function present(name: string, state: State, link: PaperLink | undefined): boolean {
  if (name.startsWith('link:')) return state.resolved.get(name.slice(5)) !== undefined;
  if (name === 'links') return state.paper.links.some((l) => !state.used.has(l));
  // A link's URL is there when it is written: http(s) only (see `url` below).
  if (link && name === 'url') return isHttpUrl(link.url);
  const value = link && name === 'label' ? name : fieldText(state.paper, name);
  // A value left empty on purpose (`indent: ""`) is there: it writes nothing, not the default.
  return value !== undefined && (value !== '' || Object.hasOwn(state.paper.extra, name));
}

function emit(nodes: readonly TemplateNode[], state: State, link: PaperLink | undefined): void {
  for (const [i, node] of nodes.entries()) {
    switch (node.t) {
      case 'lit':
        // A title that ends with its own `?` or `!` takes no full stop after it.
        state.out +=
          !node.quoted && node.text.startsWith('.') && node === state.stopAfter
            ? node.text.slice(1)
            : node.text;
        break;
      case 'n':
        state.out += String(state.ctx.n);
        break;
      case 'link':
        state.out += url(
          state.resolved.get(node.label) ?? standIn(node.label, state.paper),
          state.ctx.escape,
        );
        break;
      case 'repo':
        state.out += repoOf(state.resolved.get(node.label)?.url ?? '') ?? '';
        break;
      case 'if':
        if (present(node.name, state, link) !== node.negate) emit(node.body, state, link);
        break;
      case 'links': {
        // A loop around another loop (`{{#links}} ({{#links " "}}..{{/links}}){{/links}}`) is the
        // text around the links: written once, when there are links to write.
        if (node.body.some((n) => n.t === 'links')) {
          if (present('links', state, link)) emit(node.body, state, link);
          break;
        }
        let first = true;
        for (const each of state.paper.links) {
          if (state.used.has(each)) continue;
          if (!first) state.out += node.sep;
          first = false;
          emit(node.body, state, each);
        }
        break;
      }
      case 'field':
        state.out += fieldValue(node, state, link);
        if (node.name === 'title' && /[?!]$/.test(state.paper.title)) {
          state.stopAfter = nodes[i + 1];
        }
        break;
    }
  }
}

function fieldValue(
  node: Extract<TemplateNode, { t: 'field' }>,
  state: State,
  link: PaperLink | undefined,
): string {
  if (link && node.name === 'url') return url(link, state.ctx.escape);
  const labels = state.ctx.linkLabels;
  const value =
    link && node.name === 'label'
      ? shownLabelOf(link.label, labels)
      : node.join
        ? joinedText(state.paper, node.name, node.join)
        : fieldText(state.paper, node.name);
  // A value left empty on purpose (`separator: ""`) writes nothing, not the tag's default.
  const empty = value === '' && Object.hasOwn(state.paper.extra, node.name);
  const whole = value === undefined || (value === '' && !empty) ? node.missing : value;
  const text = node.last !== undefined ? whole.slice(-node.last) : whole;
  if (node.sep !== undefined) {
    return joined(state.paper.extra[node.name], node.sep, text, node.raw, state);
  }
  if (node.marks?.delimiter === '[]') return mentioned(text, node.raw, node.marks.field, state);
  if (node.raw) return rawText(text, state.out);
  if (node.marks)
    return marked(text, phrasesOf(state.paper, node.marks.field), node.marks.delimiter, state);
  return escapeText(text, state.ctx.escape, state.out);
}

/** A list written item after item with `sep` between them (the separator is the layout's). */
function joined(value: unknown, sep: string, text: string, raw: boolean, state: State): string {
  const write = (item: string, before: string) =>
    raw ? rawText(item, before) : escapeText(item, state.ctx.escape, before);
  if (!Array.isArray(value)) return write(text, state.out);
  let out = '';
  for (const item of value) {
    if (typeof item !== 'string' || item === '') continue;
    if (out !== '') out += sep;
    out += write(item, state.out + out);
  }
  return out;
}

/**
 * A raw value on one line; but one written in a quote (`> {{{summary}}}`, a quote kept from an
 * import) goes on in the quote: each further line starts with the quote's marks, so it stays
 * inside the quote.
 */
export function rawText(text: string, before: string): string {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const quote = /^[ \t]*(?:>[ \t]?)+$/.exec(line)?.[0];
  if (quote === undefined) return text.replace(/\r?\n|\r/g, ' ');
  return text
    .split(/\r?\n|\r/)
    .map((l, i) => (i === 0 ? l : l === '' ? quote.trimEnd() : quote + l))
    .join('\n');
}

/** A list field joined with the tag's separators; any other value as `fieldText` writes it. */
function joinedText(paper: Paper, field: string, join: Join): string | undefined {
  const value = paper.extra[field];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    return fieldText(paper, field);
  return value.length > 0 ? joinItems(value, join) : undefined;
}

function phrasesOf(paper: Paper, field: string): string[] {
  const value = paper.extra[field];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Where `phrase` is in `text` from `at`: as a word of its own where it is one, else as a part of a
 * hyphenated word (`Multi-**Agent**`), else anywhere.
 */
function findPhrase(text: string, phrase: string, at: number): number {
  for (const glued of [/[\p{L}\p{N}'’-]/u, /[\p{L}\p{N}]/u]) {
    for (let i = text.indexOf(phrase, at); i !== -1; i = text.indexOf(phrase, i + 1)) {
      const before = text[i - 1] ?? ' ';
      const after = text[i + phrase.length] ?? ' ';
      if (!glued.test(before) && !glued.test(after)) return i;
    }
  }
  return text.indexOf(phrase, at);
}

/**
 * `text` with each phrase, found in order after the one before, between `delimiter`s (`**`); a
 * phrase the text does not hold is left out. The parts are escaped as any value is.
 */
export function marked(
  text: string,
  phrases: readonly string[],
  delimiter: string,
  state: { out: string; ctx: FillContext },
): string {
  let out = '';
  let at = 0;
  for (const phrase of phrases) {
    const found = phrase === '' ? -1 : findPhrase(text, phrase, at);
    if (found === -1) continue;
    out += escapeText(text.slice(at, found), state.ctx.escape, state.out + out);
    out += delimiter + escapeText(phrase, state.ctx.escape, 'x') + delimiter;
    at = found + phrase.length;
  }
  return out + escapeText(text.slice(at), state.ctx.escape, state.out + out);
}

/**
 * `text` with each phrase of `field` (found in order) written as a link to the entry's link
 * labelled with it; a phrase without such a link or not in the text is left as text.
 */
function mentioned(text: string, raw: boolean, field: string, state: State): string {
  // Kept text is written whole once its links are in, so a quote's marks start each of its lines.
  const write = (part: string, before: string) =>
    raw ? part : escapeText(part, state.ctx.escape, before);
  let out = '';
  let at = 0;
  for (const phrase of phrasesOf(state.paper, field)) {
    const link = state.paper.links.find((l) => l.label === phrase);
    const found = phrase === '' || !link ? -1 : text.indexOf(phrase, at);
    if (found === -1 || !link) continue;
    out += write(text.slice(at, found), state.out + out);
    const shown = write(phrase, 'x');
    out +=
      state.ctx.escape === 'html'
        ? `<a href="${url(link, 'html')}">${shown}</a>`
        : `[${shown}](${url(link, 'markdown')})`;
    at = found + phrase.length;
  }
  out += write(text.slice(at), state.out + out);
  return raw ? rawText(out, state.out) : out;
}

/** Escapes a value; at the start of a line, text that would start a block is escaped too. */
export function escapeText(text: string, mode: EscapeMode, before: string): string {
  // A badge's text, written in its address.
  if (before.endsWith('/badge/') && BADGE_PATH.test(before.slice(-40))) return shieldsText(text);
  // A web address written as a picture's or a link's address (`![intro]({{image}})`,
  // `<img src="{{image}}">`): encoded as an address, not escaped as text.
  if (isHttpUrl(text) && /(?:\]\(|\b(?:src|href)=")$/.test(before.slice(-8))) {
    return before.endsWith('"') ? encodeUrl(text).replace(/&/g, '&amp;') : linkDestination(text);
  }
  if (mode === 'html') return escapeHtml(text.replace(CONTROL, ' '));
  const escaped = escapeCell(text);
  const atLineStart = before === '' || before.endsWith('\n');
  return atLineStart ? escaped.replace(/^( *)(\d+(?=[.)])|)([#=+.)-])/, '$1$2\\$3') : escaped;
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** `owner/name` of a code repository's address (`https://github.com/owner/name/tree/main`). */
export function repoOf(address: string): string | undefined {
  const m =
    /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com|bitbucket\.org)\/([\w.-]+\/[\w.-]+?)(?:\.git)?(?:[/?#]|$)/i.exec(
      address,
    );
  return m?.[1];
}

function url(link: PaperLink | undefined, mode: EscapeMode): string {
  if (!link || !isHttpUrl(link.url)) return '';
  return mode === 'html' ? encodeUrl(link.url).replace(/&/g, '&amp;') : linkDestination(link.url);
}
