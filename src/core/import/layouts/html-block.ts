// Entries written as HTML paragraphs: a `<p>` block holding a title in `<strong>` (or a link's
// text), often inside the paper's link, then lines separated by `<br/>`: the authors, a run of
// links (`[<a href="url">code</a>]`), labelled values (`<strong>Topic:</strong> Detection`). A
// picture linked before the title (`<a href="poster"><img src="thumb"></a>`) is a part only some
// entries have, so it is written as one optional part. What cannot be read stays as written.
import { escapeText } from '../../render/layouts/fill.js';
import { encodeUrl } from '../../render/escape.js';
import { buildTemplate, paperOf, type Entry } from './entry.js';
import type { Reading } from './inline.js';
import { lineAt } from './paragraph.js';
import { mapHeader } from './table.js';

/** A `<p>` block with the line breaks written under it (`<br/>` lines: its spacing, not text). */
const BLOCK = /<p\b[^>]*>[\s\S]*?<\/p\s*>(?:\n[ \t]*<br\s*\/?>[ \t]*(?=\n|$))*/gi;
const ANCHOR = /<a\s+href="([^"]*)"([^>]*)>([\s\S]*?)<\/a\s*>/gi;
const STRONG = /<(strong|b)>([^<]*)<\/\1\s*>/gi;
const BREAK = /<br\s*\/?>/gi;
/** A symbol written before the title (`🔥 Title`): the entry's mark, not part of its title. */
const MARK = /^(\p{Extended_Pictographic}\uFE0F?)( +)/u;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? name);
}

/** Written as the renderer writes `value` in HTML. */
function asWritten(value: string, written: string): boolean {
  return escapeText(value, 'html', 'x') === written;
}

function words(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** The `<p>` blocks of an HTML block that read as papers. */
export function readHtmlBlocks(
  value: string,
  at: number,
  source: string,
  lines: readonly number[],
): Entry[] {
  const entries: Entry[] = [];
  for (const m of value.matchAll(BLOCK)) {
    const entry = readBlock(m[0], at + m.index, source, lines);
    if (entry) entries.push(entry);
  }
  return entries;
}

interface Anchor {
  start: number;
  end: number;
  url: string;
  urlAt: number;
  written: string;
  content: string;
  contentAt: number;
}

function readBlock(
  block: string,
  at: number,
  source: string,
  lines: readonly number[],
): Entry | undefined {
  const reading: Reading = { fields: new Map(), titleEnd: -1, links: [], replacements: [] };
  const title = readTitle(block, at, reading);
  if (!title) return undefined;
  const anchors = [...block.matchAll(ANCHOR)].map((m): Anchor => ({
    start: at + m.index,
    end: at + m.index + m[0].length,
    url: decode(m[1]!),
    urlAt: at + m.index + m[0].indexOf('"') + 1,
    written: m[1]!,
    content: m[3]!,
    contentAt: at + m.index + m[0].length - m[3]!.length - /<\/a\s*>$/.exec(m[0])![0].length,
  }));
  const usable = anchors.filter(
    (a) => /^https?:\/\//i.test(a.url) && !/\s/.test(a.url) && linkText(a.url) === a.written,
  );
  const taken = new Set<string>();
  const labelled = usable.filter((a) => !/</.test(a.content) && words(a.content) > 0);
  readRun(labelled, source, reading, taken);
  const titled = usable.find((a) => a.start < title.start && title.end <= a.end);
  if (titled) addLink(titled, 'paper', reading, taken);
  const pictured = usable.find((a) => a !== titled && /<img\b/i.test(a.content));
  if (pictured) readPicture(pictured, title.value, source, reading, taken);
  readTitleAttributes(block, at, title.value, reading, pictured);
  readAuthors(block, at, title.end, reading);
  readLabelled(block, at, reading);
  const paper = paperOf([reading]);
  if (paper.links.length === 0 || reading.replacements.some((r) => r.end > at + block.length)) {
    return undefined;
  }
  return {
    kind: 'html',
    start: at,
    end: at + block.length,
    line: lineAt(lines, at),
    replacements: reading.replacements,
    paper,
  };
}

function linkText(url: string): string {
  return encodeUrl(url).replace(/&/g, '&amp;');
}

/** The first bold text that is no label (`Topic:`), else a link's text of three words or more. */
function readTitle(block: string, at: number, reading: Reading) {
  const strong = [...block.matchAll(STRONG)].find((s) => !/:\s*$/.test(s[2]!) && words(s[2]!) >= 2);
  let written: string | undefined;
  let start: number;
  if (strong) {
    written = strong[2]!;
    start = at + strong.index + strong[0].indexOf('>') + 1;
  } else {
    const link = [...block.matchAll(ANCHOR)].find((a) => !/</.test(a[3]!) && words(a[3]!) >= 3);
    if (!link) return undefined;
    written = link[3]!;
    start =
      at + link.index + link[0].length - link[3]!.length - /<\/a\s*>$/.exec(link[0])![0].length;
  }
  const lead = /^\s*/.exec(written)![0].length;
  const text = written.trim();
  start += lead;
  const mark = MARK.exec(text);
  const rest = mark ? text.slice(mark[0].length) : text;
  const value = decode(rest);
  if (value === '' || !asWritten(value, rest)) return undefined;
  if (mark) {
    reading.fields.set('mark', mark[1]!);
    reading.replacements.push({
      start,
      end: start + mark[0].length,
      tag: `{{#mark}}{{mark}}${mark[2]}{{/mark}}`,
    });
  }
  const titleAt = start + (mark ? mark[0].length : 0);
  reading.fields.set('title', value);
  reading.replacements.push({ start: titleAt, end: titleAt + rest.length, tag: '{{title}}' });
  reading.titleEnd = titleAt + rest.length;
  return { value, start: titleAt, end: titleAt + rest.length };
}

function addLink(anchor: Anchor, base: string, reading: Reading, taken: Set<string>): string {
  let label = base;
  for (let n = 2; taken.has(label); n++) label = `${base}-${n}`;
  taken.add(label);
  reading.links.push({ label, url: anchor.url });
  reading.replacements.push({
    start: anchor.urlAt,
    end: anchor.urlAt + anchor.written.length,
    tag: `{{link:${label}}}`,
  });
  return label;
}

/**
 * Links named by their text (`[<a href="url">code</a>]`): the longest run written alike becomes the
 * entry's links loop; any other keeps its own tag.
 */
function readRun(anchors: Anchor[], source: string, reading: Reading, taken: Set<string>) {
  const parts = anchors.map((a) => {
    let start = a.start;
    let end = a.end;
    while (source[start - 1] === '[' && source[end] === ']') {
      start--;
      end++;
    }
    const label = a.content.trim();
    const labelAt = a.contentAt + a.content.indexOf(label);
    const body =
      source.slice(start, a.urlAt) +
      '{{url}}' +
      source.slice(a.urlAt + a.written.length, labelAt) +
      '{{label}}' +
      source.slice(labelAt + label.length, end);
    return { anchor: a, label: decode(label), written: label, start, end, body };
  });
  let best: typeof parts = [];
  for (let i = 0; i < parts.length; i++) {
    const run = [parts[i]!];
    let sep: string | undefined;
    for (let j = i + 1; j < parts.length; j++) {
      const prev = run[run.length - 1]!;
      const next = parts[j]!;
      const between = source.slice(prev.end, next.start);
      if (next.body !== prev.body || /\S/.test(between) || (sep !== undefined && between !== sep))
        break;
      if (run.some((p) => p.label === next.label)) break;
      sep = between;
      run.push(next);
    }
    if (run.length > best.length) best = run;
  }
  const loop = best.filter((p) => asWritten(p.label, p.written) && !p.body.includes('{{"'));
  const inLoop = loop.length === best.length && best.length > 0;
  for (const p of parts) {
    if (inLoop && best.includes(p)) continue;
    if (asWritten(p.label, p.written)) addLink(p.anchor, p.label, reading, taken);
  }
  if (!inLoop) return;
  for (const p of best) {
    taken.add(p.label);
    reading.links.push({ label: p.label, url: p.anchor.url });
  }
  const sep = best.length > 1 ? source.slice(best[0]!.end, best[1]!.start) : ' ';
  reading.replacements.push({
    start: best[0]!.start,
    end: best[best.length - 1]!.end,
    tag: `{{#links ${JSON.stringify(sep)}}}${best[0]!.body}{{/links}}`,
  });
}

/**
 * A linked picture (`<a href="poster"><img src="thumb" alt="Title"></a>`) with the spaces after it:
 * one part shown only when the entry has the picture's link.
 */
function readPicture(
  anchor: Anchor,
  title: string,
  source: string,
  reading: Reading,
  taken: Set<string>,
) {
  const inner: Reading = { fields: new Map(), titleEnd: -1, links: [], replacements: [] };
  const label = addLink(anchor, 'image', inner, taken);
  const open = source.slice(anchor.start, anchor.contentAt);
  readTitleAttributes(open, anchor.start, title, inner);
  const img = /<img\b[^>]*>/i.exec(anchor.content);
  if (img) {
    const imgAt = anchor.contentAt + img.index;
    const src = /\bsrc="([^"]*)"/i.exec(img[0]);
    if (src && asWritten(decode(src[1]!), src[1]!)) {
      const srcAt = imgAt + src.index + src[0].indexOf('"') + 1;
      inner.fields.set('image', decode(src[1]!));
      inner.replacements.push({ start: srcAt, end: srcAt + src[1]!.length, tag: '{{image}}' });
    }
    readTitleAttributes(img[0], imgAt, title, inner);
  }
  const end = anchor.end + /^\s*/.exec(source.slice(anchor.end))![0].length;
  const body = buildTemplate(source, anchor.start, end, inner.replacements);
  reading.links.push(...inner.links);
  for (const [k, v] of inner.fields) reading.fields.set(k, v);
  reading.replacements.push({
    start: anchor.start,
    end,
    tag: `{{#link:${label}}}${body}{{/link:${label}}}`,
  });
}

/** `title="Title"` and `alt="Title"` attributes repeating the title, outside the picture's part. */
function readTitleAttributes(
  html: string,
  at: number,
  title: string,
  reading: Reading,
  skip?: Anchor,
) {
  for (const m of html.matchAll(/\b(?:title|alt)="([^"]*)"/gi)) {
    const start = at + m.index + m[0].indexOf('"') + 1;
    if (skip && skip.start <= start && start < skip.end) continue;
    if (decode(m[1]!) !== title || !asWritten(title, m[1]!)) continue;
    reading.replacements.push({ start, end: start + m[1]!.length, tag: '{{title}}' });
  }
}

/** The plain text line right after the title's line break: the authors. */
function readAuthors(block: string, at: number, titleEnd: number, reading: Reading) {
  const breaks = [...block.matchAll(BREAK)].map((b) => ({
    start: at + b.index,
    end: at + b.index + b[0].length,
  }));
  const next = breaks.findIndex((b) => b.start >= titleEnd);
  if (next === -1) return;
  const from = breaks[next]!.end;
  const to = breaks[next + 1]?.start ?? at + block.length - '</p>'.length;
  const text = block.slice(from - at, to - at);
  const value = text.trim();
  if (value === '' || /[<>]/.test(value) || !/[,;]|\band\b/.test(value)) return;
  if (!asWritten(decode(value), value)) return;
  const start = from + text.indexOf(value);
  reading.fields.set('authors', decode(value));
  reading.replacements.push({ start, end: start + value.length, tag: '{{authors}}' });
}

/** `<strong>Topic:</strong> Detection`: a value under the label's name (a venue, a year, ...). */
function readLabelled(block: string, at: number, reading: Reading) {
  const LABELLED = /<(strong|b)>([^<]*?):\s*<\/\1\s*>[ \t]*([^<\n]*?)[ \t]*(?=<|\n|$)/gi;
  for (const m of block.matchAll(LABELLED)) {
    const [role] = mapHeader([decode(m[2]!)]);
    const value = decode(m[3]!);
    if (!role || role.role === 'title' || role.role === 'links' || value === '') continue;
    const field = role.field === 'year' && !/^[1-9]\d{3}$/.test(value) ? 'date' : role.field;
    if (reading.fields.has(field) || !asWritten(value, m[3]!)) continue;
    const start = at + m.index + m[0].lastIndexOf(m[3]!);
    reading.fields.set(field, value);
    reading.replacements.push({ start, end: start + m[3]!.length, tag: `{{${field}}}` });
  }
}
