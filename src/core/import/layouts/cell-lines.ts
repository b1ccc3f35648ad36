// A table cell of several values, one a line after the title: `[**Title**](url) <br> *A. One, B. Two*
// <br> > Some Lab <br> > ICLR'24 <br><br> [[**Name**](url)]`. Each line is read into a field of its
// own (names in emphasis, or plain names, are the authors; a venue with its year; a quoted line
// without one is the affiliation; a line holding only a named link is the project's name and
// address), and the `<br>`, `>`, brackets and emphasis stay the template's. Each line is written
// only with its field, so a row without it leaves no empty line.
import type { PhrasingContent } from 'mdast';
import { endOf, readInline, startOf, type Reading, type Replacement } from './inline.js';
import { escapeText } from '../../render/layouts/fill.js';
import { fullYear, templateLiteral } from '../../render/layouts/template.js';

const isBr = (n: PhrasingContent) => n.type === 'html' && /^<br\s*\/?>$/i.test(n.value);
const blank = (n: PhrasingContent) => n.type === 'text' && n.value.trim() === '';

/** `> ` (or `> > `) opening a line: a quote mark the line writes before its value. */
const QUOTE = /^(?:>\s*)+/;
/** A venue with its year in two digits (`CVPR'18`), and words after it (`Workshop`). */
const VENUE_YEAR = /^(arXiv|\p{Lu}[\p{L}\p{N}&-]*)['’](\d{2})(?: (\S.*))?$/u;
/** A person's name: capitalised words (initials allowed). */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}$/u;

interface Line {
  /** The field (or link) that says whether the line is written. */
  key: string;
  fields: [string, string][];
  links: { label: string; url: string }[];
  /** Tags inside the line's own text: [start, end) in the source. */
  tags: Replacement[];
  start: number;
  end: number;
  /** Values one a line (affiliations), and where each is written. */
  list?: string[];
  starts?: number[];
}

/** The tag writing `value` as itself, escaped or raw. */
function plain(field: string, value: string): string {
  return escapeText(value, 'markdown', 'x') === value ? `{{${field}}}` : `{{{${field}}}}`;
}

/** The line's text part [start, end) of the source, after its quote mark. */
function textLine(text: string, start: number, taken: Set<string>): Line | undefined {
  const quote = QUOTE.exec(text)?.[0] ?? '';
  const value = text.slice(quote.length);
  const at = start + quote.length;
  const end = at + value.length;
  const vy = VENUE_YEAR.exec(value);
  if (vy && !taken.has('field:venue')) {
    const [, venue, yy, note] = vy as unknown as [string, string, string, string | undefined];
    const yearAt = at + venue.length + 1;
    const line: Line = {
      key: 'venue',
      fields: [
        ['venue', venue],
        ['year', fullYear(yy)],
      ],
      links: [],
      tags: [
        { start: at, end: at + venue.length, tag: plain('venue', venue) },
        { start: yearAt, end: yearAt + 2, tag: '{{year:2}}' },
      ],
      start,
      end,
    };
    if (note !== undefined) {
      line.fields.push(['note', note]);
      line.tags.push({ start: yearAt + 2, end, tag: `{{#note}} ${plain('note', note)}{{/note}}` });
    }
    return line;
  }
  const names = value.split(/,\s+|\s+and\s+/);
  if (quote === '' && names.every((n) => NAME.test(n)) && !taken.has('field:authors')) {
    return {
      key: 'authors',
      fields: [['authors', value]],
      links: [],
      tags: [{ start: at, end, tag: '{{authors}}' }],
      start,
      end,
    };
  }
  // Several quoted lines in a row are the affiliations, one a line (see `oneList`).
  const more = quote !== '' && taken.has('field:affiliation') && taken.has('last:affiliation');
  if (
    /\p{L}/u.test(value) &&
    (more || !taken.has('field:affiliation')) &&
    !/[[\]*_<>`]/.test(value)
  ) {
    return {
      key: 'affiliation',
      fields: [['affiliation', value]],
      links: [],
      tags: [{ start: at, end, tag: plain('affiliation', value) }],
      start,
      end,
    };
  }
  return undefined;
}

/** A line holding only emphasised names: the authors. */
function namesLine(nodes: PhrasingContent[], source: string, taken: Set<string>): Line | undefined {
  if (nodes.length !== 1 || (nodes[0]!.type !== 'emphasis' && nodes[0]!.type !== 'strong')) {
    return undefined;
  }
  if (taken.has('field:authors')) return undefined;
  const names = readInline(nodes, { source, want: new Set(['authors']), taken: new Set() });
  const tag = names.replacements.find((r) => r.tag === '{{authors}}');
  const value = names.fields.get('authors');
  if (!tag || value === undefined) return undefined;
  const start = startOf(nodes[0]!);
  return {
    key: 'authors',
    fields: [['authors', value]],
    links: [],
    tags: [tag],
    start,
    end: endOf(nodes[0]!),
  };
}

/** `[[**Name**](url)]`: a line holding one link whose text is a name, in brackets or emphasis. */
function linkLine(nodes: PhrasingContent[], source: string, taken: Set<string>): Line | undefined {
  const links = nodes.filter((n) => n.type === 'link');
  if (links.length !== 1 || taken.has('field:project')) return undefined;
  const link = links[0]!;
  if (link.type !== 'link' || !/^https?:/i.test(link.url)) return undefined;
  const i = nodes.indexOf(link);
  const around = [...nodes.slice(0, i), ...nodes.slice(i + 1)];
  if (!around.every((n) => n.type === 'text' && /^[\s[\]]*$/.test(n.value))) return undefined;
  let inner: PhrasingContent = link;
  while ('children' in inner && inner.children.length === 1) {
    inner = inner.children[0] as PhrasingContent;
  }
  if (inner.type !== 'text') return undefined;
  const name = inner.value;
  const nameAt = startOf(inner);
  const urlAt = source.indexOf(link.url, nameAt + name.length);
  if (source.slice(nameAt, nameAt + name.length) !== name || urlAt < 0) return undefined;
  if (source.slice(urlAt + link.url.length, endOf(link)) !== ')') return undefined;
  return {
    key: 'link:project',
    fields: [['project', name]],
    links: [{ label: 'project', url: link.url }],
    tags: [
      { start: nameAt, end: nameAt + name.length, tag: plain('project', name) },
      { start: urlAt, end: urlAt + link.url.length, tag: '{{link:project}}' },
    ],
    start: startOf(nodes[0]!),
    end: endOf(nodes[nodes.length - 1]!),
  };
}

/**
 * `> Lab One, <br> > Lab Two`: affiliations one a line are one list, written with the text
 * between them (a comma ending a line goes with it) as its separator, the same between each two.
 */
function oneList(prev: Line, line: Line, source: string): Line | undefined {
  const values = [...(prev.list ?? [prev.fields[0]![1]]), line.fields[0]![1]];
  const items = values.map((v, k) => (k < values.length - 1 ? v.replace(/,$/, '') : v));
  const first = prev.tags[0]!;
  const last = line.tags[0]!;
  const starts = [...(prev.starts ?? [first.start]), last.start];
  const seps = starts.slice(1).map((at, k) => source.slice(starts[k]! + items[k]!.length, at));
  if (seps.some((sep) => sep !== seps[0])) return undefined;
  const raw = items.some((v) => escapeText(v, 'markdown', 'x') !== v);
  const tag = `{{${raw ? '{' : ''}affiliation ${JSON.stringify(seps[0])}${raw ? '}' : ''}}}`;
  return {
    ...prev,
    fields: [['affiliation', items.join(', ')]],
    list: items,
    starts,
    tags: [{ start: first.start, end: last.end, tag }],
    end: line.end,
  };
}

/** Trims blank text at both ends of a line's nodes. */
function trim(nodes: PhrasingContent[]): PhrasingContent[] {
  let a = 0;
  let b = nodes.length;
  while (a < b && blank(nodes[a]!)) a++;
  while (b > a && blank(nodes[b - 1]!)) b--;
  return nodes.slice(a, b);
}

function readLine(nodes: PhrasingContent[], source: string, taken: Set<string>): Line | undefined {
  const only = nodes.length === 1 ? nodes[0]! : undefined;
  if (only?.type === 'text') {
    const lead = only.value.length - only.value.trimStart().length;
    const text = only.value.trim();
    const start = startOf(only) + lead;
    if (source.slice(start, start + text.length) !== text) return undefined;
    return textLine(text, start, taken);
  }
  return namesLine(nodes, source, taken) ?? linkLine(nodes, source, taken);
}

/**
 * Reads `rest` (what follows the title's line; `from` is where its break starts)
 * line by line into `reading`. False, and nothing read, when a line is none of the values above.
 */
export function readCellLines(
  rest: readonly PhrasingContent[],
  source: string,
  from: number,
  reading: Reading,
): boolean {
  const lines: PhrasingContent[][] = [[]];
  for (const n of rest) {
    if (isBr(n)) lines.push([]);
    else lines[lines.length - 1]!.push(n);
  }
  const taken = new Set<string>();
  const read: Line[] = [];
  for (const nodes of lines.map(trim)) {
    if (nodes.length === 0) continue;
    const line = readLine(nodes, source, taken);
    if (!line) return false;
    for (const [field] of line.fields) taken.add(`field:${field}`);
    taken.delete('last:affiliation');
    if (line.key === 'affiliation') taken.add('last:affiliation');
    const prev = read[read.length - 1];
    if (prev?.key === 'affiliation' && line.key === 'affiliation') {
      const both = oneList(prev, line, source);
      if (!both) return false;
      read[read.length - 1] = both;
    } else read.push(line);
  }
  // One plain line is a value as written (`details`): only a cell of several lines sets its
  // values one a line, or one line of names in emphasis says what it holds.
  if (
    read.length === 0 ||
    (read.length === 1 && lines.map(trim).find((l) => l.length)?.[0]?.type === 'text')
  ) {
    return false;
  }
  let at = from;
  for (const line of read) {
    let tag = `{{#${line.key}}}${templateLiteral(source.slice(at, line.start))}`;
    let pos = line.start;
    for (const t of line.tags.sort((a, b) => a.start - b.start)) {
      tag += templateLiteral(source.slice(pos, t.start)) + t.tag;
      pos = t.end;
    }
    tag += `${templateLiteral(source.slice(pos, line.end))}{{/${line.key}}}`;
    reading.replacements.push({ start: at, end: line.end, tag });
    for (const [field, value] of line.fields) reading.fields.set(field, value);
    if (line.list) {
      reading.fields.delete(line.key);
      (reading.lists ??= new Map()).set(line.key, line.list);
    }
    reading.links.push(...line.links);
    at = line.end;
  }
  return true;
}
