// Reading one entry's inline Markdown (a list item's text, a table cell, a paragraph) into paper
// fields, and turning the entry's source into its template: each part read into a field is replaced
// by that field's tag, everything else stays as written. A part becomes a tag only when rendering the
// field gives back exactly the bytes it was read from, so template + fields = the entry, always.
import type { Image, Link, PhrasingContent, Text } from 'mdast';
import { linkDestination } from '../../render/escape.js';
import { escapeText, marked, repoOf } from '../../render/layouts/fill.js';
import type { PaperLink } from '../../types.js';
import { fullYear } from '../../render/layouts/template.js';
import { readTags } from './tags.js';

/** A part of the source to replace by a tag. Offsets into the whole README. */
export interface Replacement {
  start: number;
  end: number;
  tag: string;
}

/** What an entry's inline Markdown was read as. */
export interface Reading {
  fields: Map<string, string>;
  /** Offset just after the title, so a year is looked for after it. */
  titleEnd: number;
  links: PaperLink[];
  replacements: Replacement[];
  /** Fields holding a list (the phrases a title writes in bold). */
  lists?: Map<string, string[]>;
}

export interface ReadOptions {
  source: string;
  /** Fields this part of the entry may hold (a table's Title cell holds no venue column's value). */
  want: ReadonlySet<string>;
  /** Labels already taken by other cells of the same entry. */
  taken: Set<string>;
  /** Links are labelled with this key (a table column's), and no `{{#links}}` loop is made. */
  labelAs?: string;
  /** The whole text is the title (a table's Title cell holding only text). */
  wholeTitle?: boolean;
  /**
   * Another part of the entry holds its run of links (a table's links column): every link here is
   * one of its own, so the entry writes one `{{#links}}` loop, not two that both show every link.
   */
  noLoop?: boolean;
  /** Whether the text is HTML (an HTML table cell) rather than Markdown. */
  html?: boolean;
  /**
   * The text is a table's Title cell: a link that is all the cell shows is the title whatever its
   * words (`[Paper](url)`), and words right after a leading emphasis go on with the title.
   */
  titleCell?: boolean;
}

const WORDS = /\S+/g;

export function startOf(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? -1;
}
export function endOf(node: { position?: { end: { offset?: number } } }): number {
  return node.position?.end.offset ?? -1;
}

/** The single text node inside `node` (through emphasis, strong and links), if there is exactly one. */
function soleText(node: PhrasingContent): Text | undefined {
  if (node.type === 'text') return node;
  if ('children' in node && node.children.length === 1) return soleText(node.children[0]!);
  return undefined;
}

function visible(node: PhrasingContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as PhrasingContent[]).map(visible).join('');
  return '';
}

function isHttp(link: Link, source: string): boolean {
  return /^https?:\/\//i.test(link.url) && source[startOf(link)] === '[';
}

/**
 * `[Title]([https://a](https://b))`: a link whose address is broken still shows the title; the
 * address stays as written. Returns `at` when the title is read, else -1.
 */
function brokenTitle(
  node: PhrasingContent,
  inner: Link,
  at: number,
  reading: Reading,
  used: Set<PhrasingContent>,
  opts: ReadOptions,
): number {
  if (!titleText(soleText(inner), reading, opts)) return -1;
  used.add(node);
  // `[**Title**]()`: the paper's link, not given yet, is where the list writes it.
  if (inner.url === '' && !opts.taken.has('paper')) {
    opts.taken.add('paper');
    const end = endOf(inner) - 1;
    reading.replacements.push({ start: end, end, tag: '{{link:paper}}' });
  }
  return at;
}

function brokenLink(node: PhrasingContent, source: string): node is Link {
  if (node.type !== 'link' || isLabelLink(node, true)) return false;
  return brokenAddress(node, source) || emptyAddress(node, source);
}

/** A link written `[text]()`: the text is shown, the address is not given. */
function emptyAddress(link: Link, source: string): boolean {
  return (
    link.url === '' &&
    source[startOf(link)] === '[' &&
    source.slice(endOf(link) - 3, endOf(link)) === '](' + ')'
  );
}

/** A link written `[text](...)` whose address is none (no scheme, no anchor, no file path). */
function brokenAddress(link: Link, source: string): boolean {
  return source[startOf(link)] === '[' && /^\[?https?:/i.test(link.url) && !isHttp(link, source);
}

const LABEL_WORDS =
  /^(?:pdf|code|paper|papers|link|arxiv|project|project page|page|github|website|web|slides?|video|blog|demo|poster|bib|bibtex|html|openreview|dataset|data|official|pytorch|tensorflow|jax|model|weights|doi|abs|abstract|url|homepage|talk|supp|supplementary)$/i;

/**
 * A link that names a material (`PDF`, `[code]`, `Paper`) rather than a paper's title. The first
 * link of an entry is its title unless its text is bracketed or a material's name.
 */
function isLabelLink(link: Link, first: boolean): boolean {
  const raw = visible(link).trim();
  const text = raw.replace(/^\[(.*)\]$/s, '$1');
  if (text === '') return false;
  if (text !== raw || LABEL_WORDS.test(text)) return true;
  return !first && text.length <= 24 && (text.match(WORDS)?.length ?? 0) <= 3;
}

/**
 * Replaces the text node's `[from, to)` part (offsets in its value) by `{{field}}` when the value
 * renders back as those bytes; records the value either way.
 */
function tagText(
  node: Text,
  from: number,
  to: number,
  field: string,
  reading: Reading,
  opts: ReadOptions,
): boolean {
  const value = node.value.slice(from, to);
  if (value.trim() === '') return false;
  reading.fields.set(field, value);
  const start = startOf(node);
  if (field === 'title') reading.titleEnd = start + to;
  // Offsets inside a text node match the source only up to its first escape or entity, or the
  // indentation of a line it goes on to.
  if (opts.source.slice(start, start + to) !== node.value.slice(0, to)) return true;
  const before = opts.source.slice(Math.max(0, start + from - 1), start + from);
  const rendered = escapeText(value, opts.html ? 'html' : 'markdown', before === '\n' ? '' : 'x');
  if (rendered === value)
    reading.replacements.push({ start: start + from, end: start + to, tag: `{{${field}}}` });
  return true;
}

/** Trims spaces and a final `.`/`,`/`:` from a part of a text node's value: [from, to). */
function trimmed(value: string, from = 0, to = value.length): [number, number] {
  while (from < to && /\s/.test(value[from]!)) from++;
  while (to > from && /[\s.,:;]/.test(value[to - 1]!)) to--;
  return [from, to];
}

/** Reads the parts of `nodes` that `opts.want` allows. */
export function readInline(nodes: readonly PhrasingContent[], opts: ReadOptions): Reading {
  const reading: Reading = { fields: new Map(), titleEnd: -1, links: [], replacements: [] };
  const used = new Set<PhrasingContent>();
  const titleAt = opts.want.has('title') ? readTitle(nodes, reading, used, opts) : -1;
  if (titleAt >= 0 && opts.want.has('subtitle')) readSubtitle(nodes, titleAt, reading, opts);
  readLinks(nodes, reading, used, opts);
  const after = titleAt < 0 ? nodes : nodes.slice(titleAt);
  if (opts.want.has('authors')) readAuthors(after, reading, used, opts);
  readDates(after, reading, used, opts);
  readBadges(nodes, reading, used, opts);
  return reading;
}

/**
 * `[Megatron](url): Training Large Models on Many GPUs | Venue`: the words after a colon right
 * after the title's link complete the title (`subtitle`), up to a ` | ` or ` - ` that sets off
 * what follows.
 */
function readSubtitle(
  nodes: readonly PhrasingContent[],
  titleAt: number,
  reading: Reading,
  opts: ReadOptions,
): void {
  const link = nodes[titleAt]!;
  const next = nodes[titleAt + 1];
  const inner = link.type === 'strong' && link.children.length === 1 ? link.children[0]! : link;
  if (inner.type !== 'link' || next?.type !== 'text' || reading.links.length === 0) return;
  const colonInside = /:\s*$/.test(visible(inner));
  const m = (colonInside ? /^( +)/ : /^( ?: ?)/).exec(next.value);
  if (!m) return;
  const rest = next.value.slice(m[1]!.length);
  const end = rest.search(/\s+[|–—]\s|\s+-\s|\s*\|\s*|$/);
  const [from, to] = trimmed(next.value, m[1]!.length, m[1]!.length + end);
  const text = next.value.slice(from, to);
  if (!/^[\p{L}\p{N}]/u.test(text)) return;
  if (tagText(next, from, to, 'subtitle', reading, opts)) reading.titleEnd = startOf(next) + to;
}

/** Badges (`![stars](https://img.shields.io/...)`): kept as Markdown in `badges`, one run per entry. */
function readBadges(
  nodes: readonly PhrasingContent[],
  reading: Reading,
  used: Set<PhrasingContent>,
  opts: ReadOptions,
): void {
  const images = nodes.filter((n) => n.type === 'image' && !used.has(n));
  if (images.length === 0 || opts.html) return;
  // A picture (a figure of the paper) is no badge: it stays in the entry as written.
  if (images.some((n) => n.type === 'image' && !/shields\.io|badge/i.test(n.url))) return;
  const start = startOf(images[0]!);
  const end = endOf(images[images.length - 1]!);
  const between = nodes.filter((n) => startOf(n) > start && endOf(n) < end && n.type !== 'image');
  if (between.some((n) => n.type !== 'text' || n.value.trim() !== '')) return;
  const value = opts.source.slice(start, end);
  if (/[\r\n]/.test(value)) return;
  if (tagBadges(images as Image[], reading, opts)) return;
  reading.fields.set('badges', value);
  reading.replacements.push({ start, end, tag: '{{{badges}}}' });
}

/** A run of label badges read as lists of tags, one per colour (`tags-blue`); false if it is none. */
function tagBadges(images: readonly Image[], reading: Reading, opts: ReadOptions): boolean {
  const run = readTags(images, opts.source);
  if (!run) return false;
  for (const [field, items] of run.lists) (reading.lists ??= new Map()).set(field, items);
  reading.replacements.push({ start: run.start, end: run.end, tag: run.tag });
  return true;
}

const LEADING_DATE = /^(\s*\[)((?:19|20)\d{2}(?:[./-]\d{1,2}){0,2})\]\s*$/;

/** `**[HaltNet]**`, a badge image, a mark or a `[2024/04]` date before the title: where it starts. */
function beforeTitle(
  nodes: readonly PhrasingContent[],
  reading: Reading,
  used: Set<PhrasingContent>,
  opts: ReadOptions,
): number {
  let i = 0;
  for (; i < nodes.length; i++) {
    // `**[HaltNet]**` or a `[2024/04]` date before the title.
    const node = nodes[i]!;
    if (blankOrTag(node, nodes[i + 1])) continue;
    // `<img src="https://img.shields.io/badge/Conference-ACM-blue.svg">` before the title.
    if (node.type === 'html' && /^<img\b[^>]*>$/i.test(node.value.trim())) {
      readBadgeImage(node.value, startOf(node), reading, opts);
      used.add(node);
      continue;
    }
    if (bracketedLabel(node, nodes[i + 1], nodes[i + 2], reading, opts)) {
      used.add(node);
      used.add(nodes[i + 1]!);
      return i + 2;
    }
    const text = soleText(node);
    if (node.type === 'strong' && text && /^\[[^\]]+\]$/.test(text.value)) {
      if (opts.want.has('abbr')) optionalAbbr(node, text, nodes[i + 1], reading, opts);
      used.add(node);
      continue;
    }
    // `[2024/04] ` before the title: the entry's date.
    const date = node.type === 'text' ? LEADING_DATE.exec(node.value) : null;
    if (leadingMark(node, nodes[i + 1], nodes[i + 2], reading, opts)) {
      used.add(node);
      continue;
    }
    if (node.type === 'text' && date) {
      if (opts.want.has('date')) {
        tagText(node, date[1]!.length, date[1]!.length + date[2]!.length, 'date', reading, opts);
        reading.fields.set('year', date[2]!.slice(0, 4));
      }
      used.add(node);
      continue;
    }
    break;
  }
  return i;
}

/** The title: a long link, else the first bold text, else a quoted text, else leading text. */
function readTitle(
  nodes: readonly PhrasingContent[],
  reading: Reading,
  used: Set<PhrasingContent>,
  opts: ReadOptions,
): number {
  const i = beforeTitle(nodes, reading, used, opts);
  for (let j = i; j < nodes.length; j++) {
    const node = nodes[j]!;
    const inner = node.type === 'strong' && node.children.length === 1 ? node.children[0]! : node;
    const title = (link: Link) =>
      !isLabelLink(link, j === i) || (opts.titleCell === true && soleLink(nodes));
    if (inner.type === 'link' && isHttp(inner, opts.source) && title(inner)) {
      if (
        !titleText(soleText(inner), reading, opts) &&
        !titleInside(inner, reading, opts) &&
        !highlightedTitle(inner, reading, opts)
      )
        return -1;
      titleLink(inner, reading, opts);
      used.add(node);
      return j;
    }
    if (brokenLink(inner, opts.source)) return brokenTitle(node, inner, j, reading, used, opts);
    const lead = node.type === 'strong' || (node.type === 'emphasis' && opts.titleCell);
    const led = lead && j === i ? boldLed(nodes, j, reading, used, opts) : undefined;
    if (led !== undefined) return led;
    if (node.type === 'strong' || (node.type === 'emphasis' && j === i)) {
      const text = soleText(node);
      if (!text || !titleText(text, reading, opts)) return -1;
      used.add(node);
      return j;
    }
    if (node.type === 'text' && j === i) return textTitle(nodes, j, reading, used, opts) ? j : -1;
    if (node.type !== 'text') break;
  }
  return -1;
}

/** Whether the only thing `nodes` show is one link (in emphasis or not). */
function soleLink(nodes: readonly PhrasingContent[]): boolean {
  const shown = nodes.filter((n) => n.type !== 'text' || n.value.trim() !== '');
  const only = shown.length === 1 ? shown[0]! : undefined;
  if (!only) return false;
  if (only.type === 'link') return true;
  return (
    (only.type === 'strong' || only.type === 'emphasis') &&
    only.children.length === 1 &&
    only.children[0]!.type === 'link'
  );
}

/** `<b>` before a title's link: written around the title, no part of it. */
function openingTag(node: PhrasingContent, next: PhrasingContent | undefined): boolean {
  return node.type === 'html' && /^<(?:b|strong|em|i)>$/i.test(node.value) && next?.type === 'link';
}

/** Spaces, or a tag opening around the title's link: nothing of the entry's own. */
function blankOrTag(node: PhrasingContent, next: PhrasingContent | undefined): boolean {
  return (node.type === 'text' && node.value.trim() === '') || openingTag(node, next);
}

/** `🌟 **Title**`, `🔥🔥<b>[Title](url)</b>`: symbols before the title mark the entry (highlighted, say). */
function leadingMark(
  node: PhrasingContent,
  next: PhrasingContent | undefined,
  after: PhrasingContent | undefined,
  reading: Reading,
  opts: ReadOptions,
): boolean {
  const before =
    next?.type === 'strong' || next?.type === 'link' || (next && openingTag(next, after));
  if (node.type !== 'text' || !before) return false;
  const mark = /^((?:\p{Extended_Pictographic}\uFE0F?)+)( *)$/u.exec(node.value);
  const at = startOf(node);
  if (!mark || opts.source.slice(at, endOf(node)) !== node.value) return false;
  reading.fields.set('mark', mark[1]!);
  reading.replacements.push({
    start: at,
    end: endOf(node),
    tag: `{{#mark}}{{mark}}${mark[2]}{{/mark}}`,
  });
  return true;
}

const SHIELD =
  /(https?:\/\/img\.shields\.io\/badge\/)([A-Za-z][\w .&]*?)-([\w .&/'’]+?)-([A-Za-z0-9]+)(?:\.svg)?(?=[?"'\s)])/;

/**
 * A shields.io badge `badge/LABEL-MESSAGE-COLOR`: `ICLR-2024` gives the venue and year; another
 * label names a field of its own (`Conference-ACM`: `conference: ACM`). The message is tagged where
 * it is written (in the address, and as the image's alt text).
 */
export function readBadgeImage(
  html: string,
  at: number,
  reading: Reading,
  opts: ReadOptions,
): void {
  if (opts.html) return;
  if (countBadge(html, at, reading)) return;
  const m = SHIELD.exec(html);
  if (!m) return;
  const label = m[2]!;
  const message = m[3]!;
  const year = /^(?:19|20)\d{2}$/.test(message);
  const field = year ? 'year' : label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  if (['title', 'links', 'shape', 'abbr'].includes(field) || reading.fields.has(field)) return;
  if (year && opts.want.has('venue') && !reading.fields.has('venue')) {
    reading.fields.set('venue', label);
    const venueAt = at + m.index + m[1]!.length;
    if (escapeText(label, 'markdown', 'x') === label) {
      reading.replacements.push({ start: venueAt, end: venueAt + label.length, tag: '{{venue}}' });
    }
  }
  reading.fields.set(field, message);
  if (escapeText(message, 'markdown', 'x') !== message) return;
  const messageAt = m.index + m[1]!.length + label.length + 1;
  reading.replacements.push({
    start: at + messageAt,
    end: at + messageAt + message.length,
    tag: `{{${field}}}`,
  });
  const alt = html.indexOf(`alt="${message}"`);
  if (alt !== -1) {
    const altAt = at + alt + 'alt="'.length;
    reading.replacements.push({ start: altAt, end: altAt + message.length, tag: `{{${field}}}` });
  }
}

const COUNT_SHIELD =
  /(https?:\/\/img\.shields\.io\/badge\/)(\d+)-([A-Za-z][A-Za-z ]*?)-[A-Za-z0-9]+(?:\.svg)?(?=[?"'\s)])/;

/**
 * `badge/13-pages-green`: a number and what it counts; the field is named by what it counts
 * (`pages: 13`), tagged in the address and in an alt text that says the same (`alt="13-pages"`).
 */
function countBadge(html: string, at: number, reading: Reading): boolean {
  const m = COUNT_SHIELD.exec(html);
  if (!m) return false;
  const field = m[3]!.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  if (['title', 'links', 'shape', 'abbr', 'year', 'venue'].includes(field)) return false;
  if (reading.fields.has(field)) return false;
  const number = m[2]!;
  reading.fields.set(field, number);
  const numberAt = at + m.index + m[1]!.length;
  reading.replacements.push({
    start: numberAt,
    end: numberAt + number.length,
    tag: `{{${field}}}`,
  });
  const alt = html.indexOf(`alt="${number}-${m[3]!}"`);
  if (alt !== -1) {
    const altAt = at + alt + 'alt="'.length;
    reading.replacements.push({ start: altAt, end: altAt + number.length, tag: `{{${field}}}` });
  }
  return true;
}

/**
 * `**[HaltNet]** ` before the title: the abbreviation, written only when a paper has one (so a
 * suggested paper without one gets no empty `**[]**`).
 */
function optionalAbbr(
  node: PhrasingContent,
  text: Text,
  next: PhrasingContent | undefined,
  reading: Reading,
  opts: ReadOptions,
): void {
  const before = reading.replacements.length;
  tagText(text, 1, text.value.length - 1, 'abbr', reading, opts);
  const tagged = reading.replacements.length > before;
  const start = startOf(node);
  const end = endOf(node);
  const space = next?.type === 'text' ? (/^ +/.exec(next.value)?.[0] ?? '') : '';
  const written = opts.source.slice(start, end);
  if (!tagged || written !== `**${text.value}**`) return;
  reading.replacements.pop();
  reading.replacements.push({
    start,
    end: end + space.length,
    tag: `{{#abbr}}**[{{abbr}}]**${space}{{/abbr}}`,
  });
}

/**
 * `[**Verilog**] "Title"`: bold words in brackets before a quoted title label the entry (`tag`);
 * the text after them starts with the closing bracket, then the title.
 */
function bracketedLabel(
  open: PhrasingContent,
  bold: PhrasingContent | undefined,
  after: PhrasingContent | undefined,
  reading: Reading,
  opts: ReadOptions,
): boolean {
  const text = bold?.type === 'strong' ? soleText(bold) : undefined;
  if (open.type !== 'text' || !/^\s*\[$/.test(open.value) || !text || after?.type !== 'text') {
    return false;
  }
  if (!LABEL_CLOSE.test(after.value) || opts.wholeTitle) return false;
  const [from, to] = trimmed(text.value);
  return tagText(text, from, to, 'tag', reading, opts);
}

/** What follows a bracketed label: the bracket's end, then a quoted title. */
const LABEL_CLOSE = /^\]:? +["“]/;

/** `[**[HaltViT]** Halting Vision Transformers](url)`: an abbreviation inside the title's link. */
function titleInside(link: Link, reading: Reading, opts: ReadOptions): boolean {
  const [first, second, ...rest] = link.children;
  const abbr = first?.type === 'strong' ? soleText(first) : undefined;
  if (!abbr || !/^\[[^\]]+\]$/.test(abbr.value) || second?.type !== 'text' || rest.length > 0) {
    return false;
  }
  if (opts.want.has('abbr')) tagText(abbr, 1, abbr.value.length - 1, 'abbr', reading, opts);
  return titleText(second, reading, opts);
}

function titleText(text: Text | undefined, reading: Reading, opts: ReadOptions): boolean {
  if (!text) return false;
  const [from, to] = trimmed(text.value);
  // `**Switch Transformers, Google: Fedus et al (2021)**`: the year written at the title's end.
  const year = /\s\(((?:19|20)\d{2})\)$/.exec(text.value.slice(from, to));
  if (
    year &&
    opts.want.has('year') &&
    !reading.fields.has('year') &&
    to - from > year[0].length + 2
  ) {
    const end = from + year.index;
    const at = to - year[1]!.length - 1;
    if (!tagText(text, from, end, 'title', reading, opts)) return false;
    tagText(text, at, at + year[1]!.length, 'year', reading, opts);
    return true;
  }
  return tagText(text, from, to, 'title', reading, opts);
}

/** `"Title", ICLR 2024` or `Title (ICLR 2024)`: the title is the text's start. */
function leadingTitle(
  node: Text,
  reading: Reading,
  used: Set<PhrasingContent>,
  opts: ReadOptions,
): boolean {
  const value = node.value;
  if (opts.wholeTitle) {
    const [from, to] = trimmed(value);
    return tagText(node, from, to, 'title', reading, opts);
  }
  // The closing quote is the one before what follows a title (a bracket, a comma, the end), so a
  // title may hold quotes of its own.
  // After a bracketed label (`[**Verilog**] "Title"`) the text starts with the bracket's end.
  const label = reading.fields.has('tag') ? (LABEL_CLOSE.exec(value)?.[0].length ?? 1) - 1 : 0;
  const quoted = /^\s*["“](.+?)[,.]?["”](?=\s*(?:[[(,:;.]|$| [-–] ))/.exec(value.slice(label));
  if (quoted) {
    const at = value.indexOf(quoted[1]!, label);
    const [from, to] = trimmed(value, at, at + quoted[1]!.length);
    return tagText(node, from, to, 'title', reading, opts);
  }
  const skip = venuePrefix(node, reading, opts);
  const end = value.slice(skip).search(/ \(| - | \[|\.\s|$/) + skip;
  const [from, to] = trimmed(value, skip, end);
  if (to - from < 3) return false;
  return tagText(node, from, to, 'title', reading, opts);
}

/** Text the title goes on after: not a separator (`,`, ` - `) or a closing bracket. */
const GOES_ON = /(?:[^\s,;.()[\]\-–—]| ?:|\S-) ?$/u;

/** A title that starts with plain text: up to a bracket or dash, or over emphasis to a link. */
function textTitle(
  nodes: readonly PhrasingContent[],
  j: number,
  reading: Reading,
  used: Set<PhrasingContent>,
  opts: ReadOptions,
): boolean {
  const node = nodes[j] as Text;
  // The title goes on in emphasis: it is all the text up to the first link.
  const next = nodes[j + 1];
  const goesOn =
    next &&
    (next.type === 'strong' || next.type === 'emphasis') &&
    GOES_ON.test(node.value) &&
    !opts.wholeTitle;
  if (goesOn) {
    const skip = venuePrefix(node, reading, opts);
    return spreadTitle(nodes.slice(j), reading, opts, skip);
  }
  if (leadingTitle(node, reading, used, opts)) return true;
  return spreadTitle(nodes.slice(j), reading, opts);
}

/**
 * A title led by bold text: a bold name before the quoted title (the title is then at `j + 1`), or
 * bold words that the title goes on after. Undefined when neither; -1 when the title cannot be read.
 */
function boldLed(
  nodes: readonly PhrasingContent[],
  j: number,
  reading: Reading,
  used: Set<PhrasingContent>,
  opts: ReadOptions,
): number | undefined {
  const node = nodes[j]!;
  if (namedTitle(node, nodes[j + 1], reading, opts)) {
    used.add(node);
    return j + 1;
  }
  if (!goesOnAfter(node, nodes[j + 1], opts)) return undefined;
  return spreadTitle(nodes.slice(j), reading, opts) ? j : -1;
}

/**
 * `**PaLM**: "PaLM: Scaling Language Modeling"` or `**Codex** (GPT-3): "Evaluating..."`: a bold
 * name, then the title quoted after a colon; the name is the paper's short name (`abbr`).
 */
function namedTitle(
  node: PhrasingContent,
  next: PhrasingContent | undefined,
  reading: Reading,
  opts: ReadOptions,
): boolean {
  const name = soleText(node);
  if (!name || next?.type !== 'text' || opts.wholeTitle) return false;
  const m = /^(\s*(?:\([^)\n]*\)\s*)?:\s*["“])(.+?)[,.]?["”](?=\s*(?:[[(,:;.]|$| [-–] ))/.exec(
    next.value,
  );
  if (!m) return false;
  const at = m[1]!.length;
  const [from, to] = trimmed(next.value, at, at + m[2]!.length);
  if (!tagText(next, from, to, 'title', reading, opts)) return false;
  const [nameFrom, nameTo] = trimmed(name.value);
  if (opts.want.has('abbr')) tagText(name, nameFrom, nameTo, 'abbr', reading, opts);
  return true;
}

/**
 * Bold words opening a title that goes on in plain text (`**Fast** Video Models, [[Paper]](url)`):
 * a few words, right after them a space and a word, no separator such as `:` or `,`.
 */
function goesOnAfter(
  node: PhrasingContent,
  next: PhrasingContent | undefined,
  opts: ReadOptions,
): boolean {
  const text = soleText(node);
  if (!text || opts.wholeTitle || next?.type !== 'text') return false;
  const words = text.value.trim().split(/\s+/).length;
  return words <= 4 && /[\p{L}\p{N}]$/u.test(text.value) && /^ [\p{L}\p{N}]/u.test(next.value);
}

/**
 * A title written with emphasis inside it (`(arXiv 2024) **Bold** words, [[Paper]](url)`): its text
 * up to the first link, read without the markup. The phrases written in bold are a list of their
 * own (`highlights`) and the title's tag writes them back (`{{title **highlights**}}`), when that
 * gives the entry's bytes back; otherwise the entry keeps how it is written.
 */
function spreadTitle(
  nodes: readonly PhrasingContent[],
  reading: Reading,
  opts: ReadOptions,
  skipped = 0,
): boolean {
  const upTo = nodes.findIndex((n) => n.type === 'link' || n.type === 'html');
  const parts = upTo === -1 ? nodes : nodes.slice(0, upTo);
  const text = parts.map(visible).join('');
  const skip = skipped || (/^\s*\([^)]*\)\s*/.exec(text)?.[0].length ?? 0);
  const title = text
    .slice(skip)
    .replace(/[\s,.;:]+$/, '')
    .trim();
  if (title.length < 3 || !opts.want.has('title')) return false;
  reading.fields.set('title', title);
  const from = text.indexOf(title, skip);
  markedTitle(parts, from, from + title.length, reading, opts);
  return true;
}

/** `[A Title of **Parts**](url)`: the link's text is the title, its bold words highlighted. */
function highlightedTitle(link: Link, reading: Reading, opts: ReadOptions): boolean {
  const parts = link.children;
  const plain = (n: PhrasingContent) =>
    n.type === 'text' || (n.type === 'strong' && soleText(n) !== undefined);
  if (!parts.every(plain) || !parts.some((n) => n.type === 'strong')) return false;
  const shown = parts.map(visible).join('');
  const [from, to] = trimmed(shown);
  if (!/\p{L}/u.test(shown) || !opts.want.has('title')) return false;
  reading.fields.set('title', shown.slice(from, to));
  reading.titleEnd = endOf(link);
  markedTitle(parts, from, to, reading, opts);
  return true;
}

/** Tags the title `[from, to)` (offsets in the parts' visible text) with its bold phrases. */
function markedTitle(
  parts: readonly PhrasingContent[],
  from: number,
  to: number,
  reading: Reading,
  opts: ReadOptions,
): void {
  let at = 0;
  let start = -1;
  let end = -1;
  let delimiter: string | undefined;
  const phrases: string[] = [];
  for (const node of parts) {
    const shown = visible(node);
    const nodeStart = startOf(node);
    const nodeEnd = endOf(node);
    const lo = at;
    at += shown.length;
    if (at <= from || lo >= to) continue;
    if (node.type === 'text') {
      if (opts.source.slice(nodeStart, nodeEnd) !== node.value) return;
      if (start < 0) start = nodeStart + Math.max(0, from - lo);
      end = nodeStart + Math.min(shown.length, to - lo);
      continue;
    }
    const inner = soleText(node);
    const mark = opts.source.slice(nodeStart, nodeStart + (node.type === 'strong' ? 2 : 1));
    if (node.type !== 'strong' || !inner || lo < from || at > to) return;
    if (delimiter !== undefined && mark !== delimiter) return;
    delimiter = mark;
    if (start < 0) start = nodeStart;
    end = nodeEnd;
    phrases.push(inner.value);
  }
  if (start < 0 || phrases.length === 0 || delimiter === undefined || opts.html) return;
  const title = reading.fields.get('title')!;
  const before = opts.source.slice(Math.max(0, start - 1), start);
  const ctx = { escape: 'markdown' as const, linkLabels: {}, n: 1 };
  const written = marked(title, phrases, delimiter, { out: before === '\n' ? '' : 'x', ctx });
  if (written !== opts.source.slice(start, end)) return;
  (reading.lists ??= new Map()).set('highlights', phrases);
  reading.titleEnd = end;
  reading.replacements.push({ start, end, tag: `{{title ${delimiter}highlights${delimiter}}}` });
}

/**
 * `(arXiv 2024.5) Title`, `(CVPR 2023) Title`: the venue and the year or date in parentheses before
 * the title. Returns where the title starts.
 */
function venuePrefix(node: Text, reading: Reading, opts: ReadOptions): number {
  const m =
    /^(\s*\()([A-Za-z][\w&'’-]*(?: [A-Za-z][\w&'’-]*)?) ((?:19|20)\d{2})([./-]\d{1,2}){0,2}\)\s*/.exec(
      node.value,
    );
  if (!m || !opts.want.has('venue')) return 0;
  const venueAt = m[1]!.length;
  tagText(node, venueAt, venueAt + m[2]!.length, 'venue', reading, opts);
  const dateAt = venueAt + m[2]!.length + 1;
  const dateEnd = m[0].trimEnd().length - 1;
  const field = dateEnd - dateAt > 4 ? 'date' : 'year';
  tagText(node, dateAt, dateEnd, field, reading, opts);
  reading.fields.set('year', m[3]!);
  return m[0].length;
}

/** The title's own link: `[Title](url)`, kept as the paper's first link. */
function titleLink(link: Link, reading: Reading, opts: ReadOptions): void {
  let label = 'paper';
  for (let n = 2; opts.taken.has(label); n++) label = `paper-${n}`;
  const dest = destination(link, opts.source);
  if (!dest) return;
  opts.taken.add(label);
  reading.links.push({ label, url: link.url });
  reading.replacements.push({ start: dest[0], end: dest[1], tag: `{{link:${label}}}` });
}

/** Where `url` is written in `[text](url)`, when it is written as the renderer writes it. */
function destination(link: Link, source: string): [number, number] | undefined {
  const end = endOf(link);
  if (source[end - 1] !== ')') return undefined;
  const written = linkDestination(link.url);
  const start = end - 1 - written.length;
  if (source.slice(start - 2, end - 1) !== `](${written}`) return undefined;
  return [start, end - 1];
}

interface Material {
  node: Link;
  label: string;
  /** The link's source with its brackets around, `[[PDF](u)]`, and the label and URL tagged. */
  start: number;
  end: number;
  body: string;
}

/** Links to materials: a run of alike links becomes a `{{#links}}` loop, others `{{link:X}}`. */
function readLinks(
  nodes: readonly PhrasingContent[],
  reading: Reading,
  used: Set<PhrasingContent>,
  opts: ReadOptions,
): void {
  if (opts.labelAs !== undefined) {
    for (const node of nodes) {
      if (used.has(node) || node.type !== 'link' || !isHttp(node, opts.source)) continue;
      used.add(node);
      const dest = destination(node, opts.source);
      if (!dest) continue;
      let label = opts.labelAs;
      for (let n = 2; opts.taken.has(label); n++) label = `${opts.labelAs}-${n}`;
      opts.taken.add(label);
      reading.links.push({ label, url: node.url });
      reading.replacements.push({ start: dest[0], end: dest[1], tag: `{{link:${label}}}` });
      repoInBadge(node, label, reading, opts);
    }
    return;
  }
  const found: Material[] = [];
  for (const node of nodes) {
    if (used.has(node) || node.type !== 'link' || !isHttp(node, opts.source)) continue;
    const m = material(node, opts.source);
    if (m) found.push(m);
    used.add(node);
  }
  const run = opts.noLoop ? [] : longestRun(found, opts.source);
  const from = reading.links.length;
  for (const m of found) {
    if (run.includes(m)) continue;
    let label = m.label;
    for (let n = 2; opts.taken.has(label); n++) label = `${m.label}-${n}`;
    const dest = destination(m.node, opts.source);
    if (!dest) continue;
    opts.taken.add(label);
    reading.links.push({ label, url: m.node.url });
    reading.replacements.push({ start: dest[0], end: dest[1], tag: `{{link:${label}}}` });
  }
  if (run.length === 0) return;
  for (const m of run) if (opts.taken.has(m.label)) relabel(m.label, reading, opts.taken);
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const sep = run.length > 1 ? opts.source.slice(first.end, run[1]!.start) : ' ';
  for (const m of run) {
    opts.taken.add(m.label);
    reading.links.push({ label: m.label, url: m.node.url });
  }
  // The paper's links in the order the entry writes them, the run's among the others.
  const at = new Map(found.map((m) => [m.node.url, m.start]));
  const read = reading.links.splice(from);
  const order = (l: PaperLink) => at.get(l.url) ?? Infinity;
  reading.links.push(...read.sort((a, b) => order(a) - order(b)));
  const sepTag = sep === '' ? '' : ` ${JSON.stringify(sep)}`;
  reading.replacements.push({
    start: first.start,
    end: last.end,
    tag: `{{#links${sepTag}}}${first.body}{{/links}}`,
  });
}

/**
 * `[![Star](https://img.shields.io/github/stars/owner/name.svg)](https://github.com/owner/name)`: the
 * badge's address names the linked repository, so the template writes it from the link
 * (`{{repo:code}}`) and a new entry's badge shows its own repository.
 */
function repoInBadge(link: Link, label: string, reading: Reading, opts: ReadOptions): void {
  const repo = repoOf(link.url);
  if (!repo) return;
  for (const image of link.children) {
    if (image.type !== 'image') continue;
    const start = startOf(image);
    const written = opts.source.slice(start, endOf(image));
    const urlAt = written.indexOf('](');
    const at = urlAt === -1 ? -1 : written.indexOf(`/${repo}`, urlAt);
    // The name ends there (an extension such as `.svg` may follow).
    if (at === -1 || /[\w-]/.test(written[at + 1 + repo.length] ?? '')) continue;
    const from = start + at + 1;
    reading.replacements.push({ start: from, end: from + repo.length, tag: `{{repo:${label}}}` });
  }
}

/**
 * A label the run of links writes as its text, taken already by the title's link (`paper`): the
 * title's link gets the next free label, so every label of the entry is its own.
 */
function relabel(label: string, reading: Reading, taken: Set<string>): void {
  const link = reading.links.find((l) => l.label === label);
  const tag = reading.replacements.find((r) => r.tag === `{{link:${label}}}`);
  if (!link || !tag) return;
  let free = `${label}-2`;
  for (let n = 3; taken.has(free); n++) free = `${label}-${n}`;
  taken.add(free);
  link.label = free;
  tag.tag = `{{link:${free}}}`;
}

function material(link: Link, source: string): Material | undefined {
  const text = soleText(link);
  const dest = destination(link, source);
  if (!text || !dest) return undefined;
  const value = text.value;
  const inner = /^\[(.*)\]$/s.exec(value)?.[1] ?? value;
  const label = inner.trim();
  if (label === '' || source.slice(startOf(text), endOf(text)) !== value) return undefined;
  if (escapeText(label, 'markdown', 'x') !== label) return undefined;
  let start = startOf(link);
  let end = endOf(link);
  // Brackets written around the link belong to its look: `[[pdf](u)]`.
  while (source[start - 1] === '[' && source[end] === ']') {
    start--;
    end++;
  }
  const labelAt = startOf(text) + value.indexOf(label);
  const body =
    source.slice(start, labelAt) +
    '{{label}}' +
    source.slice(labelAt + label.length, dest[0]) +
    '{{url}}' +
    source.slice(dest[1], end);
  if (body.includes('{{"')) return undefined;
  return { node: link, label, start, end, body };
}

/** The longest run of links written alike, one after the other with the same text between them. */
function longestRun(found: Material[], source: string): Material[] {
  let best: Material[] = [];
  for (let i = 0; i < found.length; i++) {
    const run = [found[i]!];
    const labels = new Set([found[i]!.label]);
    let sep: string | undefined;
    for (let j = i + 1; j < found.length; j++) {
      const prev = run[run.length - 1]!;
      const next = found[j]!;
      const between = source.slice(prev.end, next.start);
      const apart = between.replace(/<br\s*\/?>/gi, ' ');
      if (next.body !== prev.body || labels.has(next.label) || /[^\s|,;·•/]/.test(apart)) break;
      if (sep !== undefined && between !== sep) break;
      sep = between;
      run.push(next);
      labels.add(next.label);
    }
    if (run.length > best.length) best = run;
  }
  return best;
}

/** `*A. Author, B. Author.*` after the title. */
function readAuthors(
  nodes: readonly PhrasingContent[],
  reading: Reading,
  used: Set<PhrasingContent>,
  opts: ReadOptions,
): void {
  for (const node of nodes) {
    if (used.has(node) || (node.type !== 'emphasis' && node.type !== 'strong')) continue;
    const text = soleText(node);
    // On an entry's own line below its title, one name written in full is its author too; so is
    // one word there once the title's line gave the venue (`*Anonymous*.`).
    const alone = text?.value.trim().replace(/\.$/, '') ?? '';
    const own =
      !opts.want.has('title') &&
      (NAME.test(alone) || (!opts.want.has('venue') && /^\p{Lu}[\p{L}'’-]+$/u.test(alone)));
    if (!text || !(/,|\bet al\b| and /.test(text.value) || ONE_NAME.test(text.value) || own)) {
      continue;
    }
    const [from, to] = trimmed(text.value);
    tagText(text, from, to, 'authors', reading, opts);
    used.add(node);
    return;
  }
  plainAuthors(nodes, reading, opts);
}

/** `Doersch, Carl and Gupta, Abhinav`: each name as `Last, First`, joined by `and`. */
const BIB_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?, \p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?)*`;
const BIBTEX = new RegExp(
  String.raw`^${BIB_NAME}(?: and ${BIB_NAME})+(?: and others)?(?=\.?(?:\s|$))`,
  'u',
);

/** One author written with initials (`T. Author.`, `J. R. Smith`): never a venue's words. */
const ONE_NAME = /^\s*(?:\p{Lu}\.\s*)+\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*\.?\s*$/u;

/** A person's name: capitalised words (initials, particles such as `de` or `van` allowed). */
const NAME =
  /^(?:and\s+)?(?:\p{Lu}[\p{L}'’.-]*\p{Ll}[\p{L}'’.-]*|\p{Lu}\.|(?:de|van|der|von|da|di|le|la|del)(?=\s))(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|de|van|der|von|da|di|le|la|del)){1,4}$/u;

/**
 * `[Title](url) - A. Author, B. Author and C. Author, Venue, 2024`: names written as plain text
 * right after the title, separated by commas or "and", up to what is no name (a venue, a year).
 */
function plainAuthors(
  nodes: readonly PhrasingContent[],
  reading: Reading,
  opts: ReadOptions,
): void {
  if (reading.fields.has('authors')) return;
  // Without a title (an entry's own nested line), the names come first.
  const first = reading.titleEnd < 0 && !opts.want.has('title');
  if (reading.titleEnd < 0 && !first) return;
  const node = first
    ? nodes[0]
    : nodes.find((n) => n.type === 'text' && startOf(n) >= reading.titleEnd - 1);
  if (!node || node.type !== 'text') return;
  const lead = first
    ? /^\s*/.exec(node.value)
    : /^[\s.,]*(?:[-–—:]\s+|\.\s+|,\s+)/.exec(node.value);
  if (!lead) return;
  const parts = node.value
    .slice(lead[0].length)
    .split(/(,\s+(?:and\s+)?|\s+and\s+|(?<!(?:^|\s)\p{Lu})\.\s)/u);
  const ends: number[] = [];
  for (let k = 0; k < parts.length; k += 2) {
    const part = parts[k]!.replace(/\.$/, '');
    if (!NAME.test(part.trim()) && !/^et al\.?$/.test(part.trim())) break;
    ends.push(lead[0].length + parts.slice(0, k + 1).join('').length);
    // `..., and Name` ends the list of names; so does a full stop.
    // (`A and B and C`: every name joined by "and" goes on to the next one.)
    const andNext = /^\s+and\s+$/.test(parts[k + 1] ?? '');
    if (parts[k + 1]?.startsWith('.') || (/\band\s+$/.test(parts[k - 1] ?? '') && !andNext)) break;
  }
  // Names up to the year leave no venue: the last of them is the venue (`A, B, Systems Review, 2023`).
  const last = parts[ends.length * 2 - 3] ?? '';
  if (
    ends.length > 2 &&
    /^,\s+(?:19|20)\d{2}\b/.test(node.value.slice(ends[ends.length - 1]!)) &&
    !/and/.test(last)
  ) {
    ends.pop();
  }
  // `Last, First and Last, First`: names as a bibliography writes them.
  const bib = BIBTEX.exec(node.value.slice(lead[0].length));
  const names = bib ? 2 : ends.length;
  // The full stop after the names is the list's separator, as after any other names.
  const bibEnd = bib ? lead[0].length + bib[0].replace(/\.$/, '').length : undefined;
  const end = bibEnd ?? ends[names - 1] ?? lead[0].length;
  if (names === 0 || (names === 1 && !/et al/.test(node.value))) return;
  tagText(node, lead[0].length, end, 'authors', reading, opts);
  // `, Venue, 2024.` or `. Venue 2024.` after the names: the venue is all of it.
  const rest = /^([,.]\s+)([^,]*?\p{L}[^]*?)(,?\s+)((?:19|20)\d{2})\.?\s*$/u.exec(
    node.value.slice(end),
  );
  if (!rest || !opts.want.has('venue') || reading.fields.has('venue')) return;
  const venueAt = end + rest[1]!.length;
  tagText(node, venueAt, venueAt + rest[2]!.length, 'venue', reading, opts);
  const yearAt = venueAt + rest[2]!.length + rest[3]!.length;
  tagText(node, yearAt, yearAt + 4, 'year', reading, opts);
}

/** `*ICML 2019*`: a venue and a year in emphasis. */
function emphasisVenueYear(text: Text, reading: Reading, opts: ReadOptions): boolean {
  const both = /^(\s*)([A-Za-z][\w&'’.-]*(?: [A-Za-z][\w&'’.-]*){0,3}) ((?:19|20)\d{2})\s*$/.exec(
    text.value,
  );
  if (!both || reading.fields.has('venue') || reading.fields.has('year')) return false;
  const at = both[1]!.length;
  tagText(text, at, at + both[2]!.length, 'venue', reading, opts);
  const yearAt = at + both[2]!.length + 1;
  tagText(text, yearAt, yearAt + 4, 'year', reading, opts);
  return true;
}

/**
 * `[2023-02] [ICSE 2023]`, `2023-08, ASE 2023,`: the venue written after the date (the date the
 * paper came out, the venue where it was published), with the year of the venue when it has one.
 */
const VENUE_AFTER_DATE =
  /^(\]?(?:\s*,\s*|\s+\[))((?:arXiv|[A-Z][\w&/'’.-]*)(?: [A-Z][\w&/'’.-]*){0,3}?)(?:( )((?:19|20)\d{2}))?(?=[\],]| [A-Z]|$)/;

/**
 * A venue of several words after the date, up to the bracket or comma that ends it, with or
 * without its year (`[2021-05] [INFOCOM Workshops 2021]`, `[2018-04] [Proc. ACM Program. Lang.]`,
 * `2021-03, Comput. Secur. 2021,`).
 */
const WORDY_VENUE_AFTER_DATE =
  /^(\]?(?:\s*,\s*|\s+\[))((?:arXiv|[A-Z][\w&/'’.-]*)(?: (?:[A-Z][\w&/'’.-]*|and|of|on|&)){1,5}?)(?:( )((?:19|20)\d{2}))?(?=[\],])/;

function venueAfterDate(text: Text, at: number, reading: Reading, opts: ReadOptions): void {
  if (!opts.want.has('venue') || reading.fields.has('venue')) return;
  const rest = text.value.slice(at);
  const wordy = WORDY_VENUE_AFTER_DATE.exec(rest);
  const m = wordy && /[\p{L}.]$/u.test(wordy[2]!) ? wordy : VENUE_AFTER_DATE.exec(rest);
  if (!m || (m[4] === undefined && !/^[\],]/.test(text.value.slice(at + m[0].length)))) return;
  const venueAt = at + m[1]!.length;
  tagText(text, venueAt, venueAt + m[2]!.length, 'venue', reading, opts);
  if (m[4] === undefined) return;
  const yearAt = venueAt + m[2]!.length + 1;
  reading.fields.delete('year');
  tagText(text, yearAt, yearAt + 4, 'year', reading, opts);
}

const DATE = /(?<![\d.])((?:19|20)\d{2})(?:([./-])(\d{1,2}))?(?![\d])/;
const VENUE = /(?:^|[\s(,_*])(arXiv|[A-Z][A-Za-z&-]*[A-Za-z])['’]?(?:[\s,]+)$/;

/**
 * The venue written just before a year (`AI Open 2020`, `. IEEE TNN 2009`, `, Morgan & Claypool
 * Publishers, 2020`): the words after the last separator, up to five, one of them capitalised
 * (or arXiv); else the one venue-like word before the year. [from, to) in `text`.
 */
function venueBefore(text: string): [number, number] | undefined {
  const to = text.search(/['’]?[\s,]*$/);
  const head = text.slice(0, to);
  let from = 0;
  for (const m of head.matchAll(/[.,;:]\s+|[([*_]|\s[-–—]\s/g)) from = m.index + m[0].length;
  while (from < to && /\s/.test(text[from]!)) from++;
  const words = head.slice(from).split(/\s+/);
  const venueLike =
    to > from &&
    words.length <= 5 &&
    words.every((w) => /^(?:[\p{L}][\p{L}\p{N}&.'’/+-]*|&)$/u.test(w)) &&
    words.some((w) => /\p{Lu}/u.test(w) || /^arxiv$/i.test(w));
  if (venueLike) return [from, to];
  const one = VENUE.exec(text);
  if (!one) return undefined;
  const at = one.index + one[0].indexOf(one[1]!);
  return [at, at + one[1]!.length];
}

/** A venue with its year in two digits after an apostrophe (`ICLR'24`, `NeurIPS’23`, `SOSP' 24`). */
const SHORT_YEAR = /(?<![\p{L}\p{N}])(arXiv|\p{Lu}[\p{L}\p{N}&-]*)['’] ?(\d{2})(?![\p{L}\p{N}'’])/u;

/** `ICLR'24`: the venue, and the year it stands for (`fullYear`), written back with its last two digits. */
function shortYear(text: Text, skip: number, reading: Reading, opts: ReadOptions): boolean {
  const m = SHORT_YEAR.exec(text.value.slice(skip));
  if (!m || !opts.want.has('year') || reading.fields.has('year')) return false;
  if (!opts.want.has('venue') || reading.fields.has('venue')) return false;
  const at = skip + m.index;
  tagText(text, at, at + m[1]!.length, 'venue', reading, opts);
  const yearAt = at + m[0].length - 2;
  const start = startOf(text);
  const digits = m[2]!;
  reading.fields.set('year', fullYear(digits));
  if (opts.source.slice(start, start + yearAt + 2) === text.value.slice(0, yearAt + 2)) {
    reading.replacements.push({
      start: start + yearAt,
      end: start + yearAt + 2,
      tag: '{{year:2}}',
    });
  }
  return true;
}

/** A year (`2024`), or a date (`2024.04`, `2024/04`), and the venue written just before a year. */
function readDates(
  nodes: readonly PhrasingContent[],
  reading: Reading,
  used: Set<PhrasingContent>,
  opts: ReadOptions,
): void {
  for (const node of nodes) {
    if (used.has(node)) continue;
    let text: Text | undefined = node.type === 'text' ? node : undefined;
    if ((node.type === 'emphasis' || node.type === 'strong') && opts.want.has('venue')) {
      text = soleText(node);
      if (text && /^[A-Za-z][\w&'’-]*$/.test(text.value.trim()) && !reading.fields.has('venue')) {
        const [from, to] = trimmed(text.value);
        tagText(text, from, to, 'venue', reading, opts);
        used.add(node);
        continue;
      }
      if (text && emphasisVenueYear(text, reading, opts)) used.add(node);
      continue;
    }
    if (!text) continue;
    const skip = Math.max(0, reading.titleEnd - startOf(text));
    const m = DATE.exec(text.value.slice(skip));
    if (!m && shortYear(text, skip, reading, opts)) {
      used.add(node);
      return;
    }
    if (!m) {
      // `*Authors.* arXiv. [[paper](..)]`: a venue on its own.
      const alone = /^([\s.,]*)(arXiv|[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)[.,]?\s*\[?$/.exec(
        text.value.slice(skip),
      );
      if (
        alone &&
        opts.want.has('venue') &&
        !reading.fields.has('venue') &&
        reading.titleEnd >= 0
      ) {
        const from = skip + alone[1]!.length;
        tagText(text, from, from + alone[2]!.length, 'venue', reading, opts);
      }
      continue;
    }
    m.index += skip;
    const field = m[2] ? 'date' : 'year';
    if (!opts.want.has(field) || reading.fields.has(field)) continue;
    if (opts.want.has('venue') && !reading.fields.has('venue')) {
      const venue = venueBefore(text.value.slice(skip, m.index));
      if (venue) tagText(text, skip + venue[0], skip + venue[1], 'venue', reading, opts);
    }
    tagText(text, m.index, m.index + m[0].length, field, reading, opts);
    used.add(node);
    if (field === 'date') reading.fields.set('year', m[1]!);
    if (field === 'date') venueAfterDate(text, m.index + m[0].length, reading, opts);
    return;
  }
}
