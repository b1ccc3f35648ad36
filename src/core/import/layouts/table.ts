// Tables with any columns: the header says which column holds the title, the venue, the year, the
// links; any other column is kept under its own key. Each row whose title cell has text is an entry,
// and the row line with its cells' values tagged is its template.
import type { PhrasingContent, Table, TableRow } from 'mdast';
import type { Entry } from './entry.js';
import { paperOf } from './entry.js';
import { endOf, readInline, startOf, type Reading } from './inline.js';
import { columnLinkLabel, isCodeUrl } from './columns.js';
import { lineAt } from './paragraph.js';
import { escapeText } from '../../render/layouts/fill.js';
import { templateLiteral } from '../../render/layouts/template.js';
import { readPoints } from './items.js';
import { readCellLines } from './cell-lines.js';

type ColumnRole = {
  field: string;
  role: 'title' | 'text' | 'links' | 'link' | 'extra';
  text?: string;
  /** The label of the links the column holds (see columns.ts). */
  label?: string;
};

/** The web addresses of the links in `nodes`. */
function linkUrls(nodes: readonly PhrasingContent[]): string[] {
  return nodes.flatMap((n) =>
    n.type === 'link' && /^https?:/i.test(n.url)
      ? [n.url]
      : 'children' in n
        ? linkUrls(n.children as PhrasingContent[])
        : [],
  );
}

const ROLES: [RegExp, ColumnRole][] = [
  [/\btitles?\b/, { field: 'title', role: 'title' }],
  [/^(?:papers?|name|article)$/, { field: 'title', role: 'title' }],
  [/^(?:abbr\.?|abbreviation|short name)$/, { field: 'abbr', role: 'text' }],
  [
    /^(?:venue|conference|journal|publication|published|conf\.?|venue\/journal)$/,
    { field: 'venue', role: 'text' },
  ],
  [/^year$/, { field: 'year', role: 'text' }],
  [/^(?:materials|links|resources)$/, { field: 'links', role: 'links' }],
  [/^authors?$/, { field: 'authors', role: 'extra' }],
];

/** Cell texts that mean "no value" in a known column. */
const MISSING = /^(?:N\/A|n\/a|-|—|–|\/)$/;

export function mapHeader(headers: readonly string[]): ColumnRole[] {
  const seen = new Set<string>();
  return headers.map((header): ColumnRole => {
    const name = header.trim().toLowerCase();
    // `Year:` or `Abbr.` names a field as surely as `Year` or `Abbr`: punctuation around the
    // header's words says nothing of the column.
    const bare = name.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    let found = ROLES.find(([re]) => re.test(name) || re.test(bare))?.[1];
    if (found) found = { ...found };
    if (found && seen.has(found.field)) found = undefined;
    const role = found ?? { field: extraKey(name, seen), role: 'extra' as const };
    seen.add(role.field);
    return role;
  });
}

function extraKey(name: string, seen: Set<string>): string {
  const base = name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'column';
  let key = ['title', 'abbr', 'venue', 'year', 'links', 'shape'].includes(base)
    ? `${base}-2`
    : base;
  for (let n = 2; seen.has(key); n++) key = `${base}-${n}`;
  return key;
}

export function readTable(table: Table, source: string, lines: readonly number[]): Entry[] {
  const [head, ...rows] = table.children;
  if (!head) return [];
  const headers = head.children.map((c) => plain(c.children));
  const roles = mapHeader(headers);
  // No header names the title: the column whose cells read as papers holds it.
  if (!roles.some((r) => r.role === 'title')) {
    const column = titleColumn(rows, roles, source);
    if (column === -1) return [];
    roles[column] = { field: 'title', role: 'title' };
  }
  // A column whose cells hold links is a link column: an empty cell there is a link not given.
  roles.forEach((role, i) => {
    const urls = rows.flatMap((r) => linkUrls(r.children[i]?.children ?? []));
    // Cells holding several links each, each with its own label (`[Github] <br> [Page]`).
    const several = rows.some((r) => linkUrls(r.children[i]?.children ?? []).length > 1);
    if (role.role === 'extra' && several) {
      role.role = 'links';
    } else if (role.role === 'extra' && urls.length > 0) {
      role.role = 'link';
      role.text = headers[i]!.trim() || role.field;
      role.label = columnLinkLabel(headers[i]!, urls);
    }
  });
  if (!roles.some((r) => r.role === 'title')) return [];
  const entries: Entry[] = [];
  for (const row of rows) {
    const entry = readRow(row, roles, source, lines);
    if (entry) entries.push(entry);
  }
  return entries;
}

/**
 * The column that holds the papers when no header says so (`| Date | Benchmark | Source |` with
 * `"Title" [[paper](url)]` under Source): in most rows, its cell reads as a title of three words or
 * more with a web link beside it. The column where most rows do, else -1.
 */
function titleColumn(rows: readonly TableRow[], roles: readonly ColumnRole[], source: string) {
  let best = -1;
  let most = 0;
  roles.forEach((role, i) => {
    if (role.role !== 'extra') return;
    const papers = rows.filter((row) => {
      const cell = row.children[i]?.children ?? [];
      if (linkUrls(cell).length === 0) return false;
      const reading = readInline(cell, {
        source,
        want: new Set(['title', 'links']),
        taken: new Set(),
      });
      const title = reading.fields.get('title') ?? '';
      // Words set apart by spaces: an address written as the link's text is no title.
      return !/:\/\//.test(title) && title.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3;
    }).length;
    if (papers > most) [best, most] = [i, papers];
  });
  return most * 2 > rows.length ? best : -1;
}

/** The text a reader sees: an HTML tag (`<b>`) shows none of its own. */
function plain(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((n) =>
      n.type === 'html'
        ? ''
        : 'value' in n
          ? n.value
          : 'children' in n
            ? plain(n.children as PhrasingContent[])
            : '',
    )
    .join('');
}

function readRow(
  row: TableRow,
  roles: readonly ColumnRole[],
  source: string,
  lines: readonly number[],
): Entry | undefined {
  const readings: Reading[] = [];
  const taken = new Set<string>();
  // The links column holds the entry's run of links; a link in the title cell is one of its own.
  const linksColumn = roles.some((r) => r.role === 'links');
  const replacements: Entry['replacements'] = [];
  row.children.forEach((cell, i) => {
    const role = roles[i];
    if (!role) return;
    const cellEnd = row.children[i + 1] ? startOf(row.children[i + 1]!) : endOf(cell);
    const reading = readCell(
      cell.children,
      role,
      source,
      taken,
      [startOf(cell), cellEnd],
      linksColumn,
    );
    readings.push(reading);
    replacements.push(...reading.replacements);
  });
  const paper = paperOf(readings);
  if (paper.title.trim() === '') return undefined;
  const start = startOf(row);
  const number = (readings as Numbered[]).find((r) => r.number)?.number;
  return {
    kind: 'table',
    start,
    end: endOf(row),
    line: lineAt(lines, start),
    replacements,
    paper,
    ...(number ? { number } : {}),
  };
}

function readCell(
  nodes: readonly PhrasingContent[],
  role: ColumnRole,
  source: string,
  taken: Set<string>,
  [cellStart, cellEnd]: [number, number],
  linksColumn: boolean,
): Reading {
  const empty: Reading = { fields: new Map(), titleEnd: -1, links: [], replacements: [] };
  const contentStart = nodes.length > 0 ? startOf(nodes[0]!) : -1;
  const contentEnd = nodes.length > 0 ? endOf(nodes[nodes.length - 1]!) : -1;
  const written = nodes.length > 0 ? source.slice(contentStart, contentEnd) : '';
  if (role.role === 'title') return readTitleCell(nodes, source, taken, contentEnd, linksColumn);
  // A picture (no link) in a column some rows fill with links is still the row's picture.
  if (pictureCell(written, contentStart, taken, empty)) return empty;
  if (role.role === 'links') return readInline(nodes, { source, want: new Set(['links']), taken });
  if (written === '') {
    // An empty cell: the field's tag (or the column's link) where a value would go.
    const at = source[cellStart + 1] === ' ' ? cellStart + 2 : cellStart + 1;
    const label = role.label ?? role.field;
    const text = (role.text ?? label).replace(/[[\]\\]/g, '');
    const tag =
      role.role === 'link'
        ? `{{#link:${label}}}[${text}]({{link:${label}}}){{/link:${label}}}`
        : `{{${role.field}}}`;
    if (at <= cellEnd) empty.replacements.push({ start: at, end: at, tag });
    return empty;
  }
  // A stand-in for a value not given (`-`, `N/A`, `<center>-</center>`) stays as written: the
  // section's template writes it only for entries without the field (see optional.ts).
  if (MISSING.test(written.replace(/<[^>]*>/g, '').trim())) return empty;
  const only = nodes.length === 1 ? nodes[0]! : undefined;
  if (only?.type === 'text' && only.value === written) {
    // A year that is not four digits is kept as the entry's date.
    const field = role.field === 'year' && !/^[1-9]\d{3}$/.test(written) ? 'date' : role.field;
    empty.fields.set(field, written);
    // Text the renderer would escape (`1749 $^\dagger$`) is written as it is.
    const raw = escapeText(written, 'markdown', 'x') !== written;
    const tag = raw ? `{{{${field}}}}` : `{{${field}}}`;
    empty.replacements.push({ start: contentStart, end: contentEnd, tag });
    return empty;
  }
  // `_Pang et al._`: a cell in emphasis, whatever its column, holds the text inside it.
  if (role.role !== 'link' && only && emphasized(only, role.field, source, empty)) return empty;
  if (role.role === 'text') {
    // A venue or year written with formatting: kept as written, its text read.
    empty.fields.set(role.field, plain(nodes as PhrasingContent[]).trim());
    return empty;
  }
  // Any other column: links in it are the paper's, the rest is kept as written.
  const links = readInline(nodes, {
    source,
    want: new Set(['links']),
    taken,
    labelAs: role.label ?? role.field,
  });
  if (links.links.length > 0) return links;
  // Links, images or bold text that could not be read (`[[Code]](www.x.org)`, an image without its
  // link) stay in the entry as written: they are no value of a field.
  if (/\*\*|\]\(|<br|<img|<a |!\[/i.test(written)) return empty;
  empty.fields.set(role.field, written);
  empty.replacements.push({ start: contentStart, end: contentEnd, tag: `{{{${role.field}}}}` });
  return empty;
}

/**
 * `_ICLR_`, `**2024**`: the value inside the emphasis is the field's, and the template keeps the
 * emphasis around its tag. False when the cell is not one emphasis around plain text.
 */
function emphasized(only: PhrasingContent, field: string, source: string, out: Reading): boolean {
  const inner = only.type === 'emphasis' || only.type === 'strong' ? only.children : [];
  const text = inner.length === 1 && inner[0]!.type === 'text' ? inner[0]! : undefined;
  if (!text || source.slice(startOf(text), endOf(text)) !== text.value) return false;
  const value = text.value.trim();
  const name = field === 'year' && !/^[1-9]\d{3}$/.test(value) ? 'date' : field;
  out.fields.set(name, value);
  if (value === text.value && escapeText(value, 'markdown', 'x') === value) {
    out.replacements.push({ start: startOf(text), end: endOf(text), tag: `{{${name}}}` });
  }
  return true;
}

/** A reading of a title cell that may start with the entry's number. */
type Numbered = Reading & { number?: NonNullable<Entry['number']> };

/**
 * `1) Title  What the paper does.`: plain text where a wider gap (two spaces or more) ends the
 * title and the rest says what the paper does (`summary`); a leading `1) ` is the entry's number.
 */
function summarized(nodes: readonly PhrasingContent[], source: string): Numbered | undefined {
  const only = nodes.length === 1 ? nodes[0]! : undefined;
  if (only?.type !== 'text') return undefined;
  const at = startOf(only);
  const written = source.slice(at, endOf(only));
  const m = /^(?:(\d+)\) +)?(\S(?:.*?\S)?) {2,}(\S.*?)\s*$/.exec(written);
  if (!m || written !== only.value) return undefined;
  const [, n, title, summary] = m as unknown as [string, string | undefined, string, string];
  const clean = (v: string) => escapeText(v, 'markdown', 'x') === v && !/ {2,}/.test(v);
  if (!clean(title) || escapeText(summary, 'markdown', 'x') !== summary || title.length < 3) {
    return undefined;
  }
  const titleAt = at + m.index + m[0].indexOf(title, n === undefined ? 0 : n.length + 1);
  const summaryAt = at + written.lastIndexOf(summary);
  const reading: Numbered = {
    fields: new Map([
      ['title', title],
      ['summary', summary],
    ]),
    titleEnd: titleAt + title.length,
    links: [],
    replacements: [
      { start: titleAt, end: titleAt + title.length, tag: '{{title}}' },
      // Written only with a summary: a new entry without one leaves no gap.
      {
        start: titleAt + title.length,
        end: summaryAt + summary.length,
        tag: `{{#summary}}${source.slice(titleAt + title.length, summaryAt)}{{summary}}{{/summary}}`,
      },
    ],
  };
  if (n !== undefined) reading.number = { value: Number(n), start: at, end: at + n.length };
  return reading;
}

/** Quotes a list writes around every title (`“Title”`, `"Title"`): its layout, not the title's. */
const QUOTES: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };

/** A title cell of plain text between quotes: the title inside them. */
function quoted(nodes: readonly PhrasingContent[], source: string): Numbered | undefined {
  const only = nodes.length === 1 ? nodes[0]! : undefined;
  if (only?.type !== 'text') return undefined;
  const at = startOf(only);
  const written = source.slice(at, endOf(only));
  const m = /^(\s*)(\S)(\S(?:.*\S)?)(\S)\s*$/.exec(written);
  if (!m || written !== only.value || QUOTES[m[2]!] !== m[4]) return undefined;
  const title = m[3]!;
  // A quote of its own inside the title (`“A “B” C”`) is read with the rest of the cell.
  if (title.includes(m[2]!) || title.includes(m[4]!)) return undefined;
  if (escapeText(title, 'markdown', 'x') !== title) return undefined;
  const start = at + m[1]!.length + 1;
  return {
    fields: new Map([['title', title]]),
    titleEnd: start + title.length,
    links: [],
    replacements: [{ start, end: start + title.length, tag: '{{title}}' }],
  };
}

/**
 * The title column: title, abbreviation, authors and links; `Title <br> Authors (@Lab) ![badge](..)`
 * keeps what follows the break as `details`. `contentEnd` is where the cell's text ends.
 */
function readTitleCell(
  cell: readonly PhrasingContent[],
  source: string,
  taken: Set<string>,
  contentEnd: number,
  noLoop: boolean,
): Reading {
  const from = afterBadges(cell);
  const nodes = cell.slice(from);
  const lead = readBadgeLinks(cell.slice(0, from), source, taken);
  const reading = readTitleParts(nodes, source, taken, contentEnd, noLoop);
  if (!lead) return reading;
  reading.links.unshift(...lead.links);
  reading.replacements.push(...lead.replacements);
  return reading;
}

/**
 * `<br> *A. Author, B. Author*`: the line after the title holds only the authors, in emphasis; they
 * are read into `authors` and the line is written only with them.
 */
function namesOnly(
  rest: readonly PhrasingContent[],
  source: string,
  taken: Set<string>,
  reading: Reading,
): boolean {
  const parts = rest.filter((n) => n.type !== 'text' || n.value.trim() !== '');
  const only = parts.length === 1 ? parts[0]! : undefined;
  if (!only || (only.type !== 'emphasis' && only.type !== 'strong')) return false;
  const names = readInline(rest, { source, want: new Set(['authors']), taken });
  const tag = names.replacements.find((r) => r.tag === '{{authors}}');
  if (!names.fields.has('authors') || !tag) return false;
  const br = source.lastIndexOf('<br', startOf(rest[0]!));
  reading.fields.set('authors', names.fields.get('authors')!);
  const before = source.slice(br, tag.start);
  const after = source.slice(tag.end, endOf(only));
  reading.replacements.push({
    start: br,
    end: endOf(only),
    tag: `{{#authors}}${templateLiteral(before)}{{authors}}${templateLiteral(after)}{{/authors}}`,
  });
  return true;
}

const isBr = (n: PhrasingContent) => n.type === 'html' && /^<br\s*\/?>$/i.test(n.value);

/** A badge (an image, or a link around images) or nothing but spaces. */
function badgeOrBlank(n: PhrasingContent): boolean {
  if (n.type === 'text') return n.value.trim() === '';
  if (n.type === 'image') return true;
  return n.type === 'link' && n.children.every((c) => c.type === 'image');
}

/**
 * `[![Star](..)](https://github.com/o/r) <br> [**Title**](url) <br> ...`: the lines before the
 * title that hold only badges (or nothing) end where the title's line starts.
 */
function afterBadges(nodes: readonly PhrasingContent[]): number {
  let from = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (!isBr(nodes[i]!)) continue;
    if (!nodes.slice(from, i).every(badgeOrBlank)) break;
    from = i + 1;
  }
  return from < nodes.length ? from : 0;
}

/** The links of the badges before the title: a repository's is the code, another a link. */
function readBadgeLinks(
  nodes: readonly PhrasingContent[],
  source: string,
  taken: Set<string>,
): Reading | undefined {
  const first = nodes.find((n) => n.type === 'link');
  if (first?.type !== 'link') return undefined;
  const labelAs = isCodeUrl(first.url) ? 'code' : 'link';
  return readInline(nodes, { source, want: new Set(['links']), taken, labelAs });
}

/**
 * The Title column holds the title: when no part of the cell reads as one (`A <b>bold</b> title`),
 * its text without the markup is the title, and the cell stays in the template as written.
 */
function cellText(nodes: readonly PhrasingContent[], reading: Reading): void {
  const text = (n: PhrasingContent): string =>
    n.type === 'text' || n.type === 'inlineCode'
      ? n.value
      : n.type === 'link' || !('children' in n)
        ? ''
        : (n.children as PhrasingContent[]).map(text).join('');
  const title = nodes.map(text).join('').replace(/\s+/g, ' ').trim();
  // A title has words: `...` (a row GFM made of a line after the table) has none.
  if (/[\p{L}\p{N}]/u.test(title)) reading.fields.set('title', title);
}

function readTitleParts(
  nodes: readonly PhrasingContent[],
  source: string,
  taken: Set<string>,
  contentEnd: number,
  noLoop: boolean,
): Numbered {
  const wholeTitle = nodes.length === 1 && nodes[0]!.type === 'text';
  const br = nodes.findIndex((n) => n.type === 'html' && /^<br\s*\/?>$/i.test(n.value));
  const head = br > 0 ? nodes.slice(0, br) : nodes;
  // `10) **Title** - ...`: a number alone before the title is the entry's number.
  const lead = head[0]?.type === 'text' ? /^(\d+)[.)] +$/.exec(head[0].value) : null;
  const numbered = lead && head.length > 1 && head[1]!.type !== 'text' ? head.slice(1) : undefined;
  const reading: Numbered =
    quoted(head, source) ??
    summarized(head, source) ??
    readInline(numbered ?? head, {
      source,
      want: new Set(['title', 'abbr', 'authors', 'links']),
      taken,
      wholeTitle,
      noLoop,
      titleCell: true,
    });
  if (!reading.fields.has('title')) cellText(numbered ?? head, reading);
  if (br > 0 && reading.fields.has('title') && br + 1 < nodes.length) {
    const brNode = nodes[br]!;
    let restAt = endOf(brNode);
    while (source[restAt] === ' ') restAt++;
    const value = source.slice(restAt, contentEnd);
    const rest = nodes.slice(br + 1);
    let from = startOf(brNode);
    while (source[from - 1] === ' ' && !reading.replacements.some((r) => r.end >= from)) from--;
    if (readCellLines(rest, source, from, reading)) return reading;
    if (namesOnly(rest, source, taken, reading)) return reading;
    if (value !== '' && !/[\r\n]/.test(value)) {
      // Points after the break (`<br>● One. <br>● Two.`) are a list; other text is kept as written.
      const points = readPoints(value);
      if (points) (reading.lists ??= new Map()).set('details', points.items);
      else reading.fields.set('details', value);
      // Spaces before the break go with it (`from`): a row without details leaves none.
      const body = points ? points.tag('details') : '{{{details}}}';
      const tag = `{{#details}}${templateLiteral(source.slice(from, restAt))}${body}{{/details}}`;
      reading.replacements.push({ start: from, end: contentEnd, tag });
    }
  }
  if (numbered && lead && reading.fields.has('title')) {
    const at = startOf(head[0]!);
    reading.number = { value: Number(lead[1]), start: at, end: at + lead[1]!.length };
  }
  return reading;
}

/** A cell holding one picture: Markdown (`![intro](url)`) or HTML (`<img width="600" src="url">`). */
const PICTURE = [
  /^(!\[[^\]]*\]\()(https?:\/\/[^\s()]+)(\))$/,
  /^(<img\b[^>]*?\ssrc=")(https?:\/\/[^"\s]+)("[^>]*>(?:\s*<\/?img>)?)$/i,
];

/**
 * A row's own picture (a figure of the paper) is a value, `image`, its address; the markup around
 * it is the layout's, written only with a picture, so a new row without one leaves no empty image.
 */
function pictureCell(written: string, at: number, taken: Set<string>, out: Reading): boolean {
  const m = PICTURE.map((re) => re.exec(written)).find((x) => x !== null);
  if (!m) return false;
  // A second picture column of the row is a second field (the row's names are kept in `taken`).
  let field = 'image';
  for (let n = 2; taken.has(`field:${field}`); n++) field = `image-${n}`;
  taken.add(`field:${field}`);
  const [, before, url, after] = m as unknown as [string, string, string, string];
  out.fields.set(field, url);
  // An address the renderer would write otherwise is written as it is.
  const tag = escapeText(url, 'markdown', before) === url ? `{{${field}}}` : `{{{${field}}}}`;
  out.replacements.push({
    start: at,
    end: at + written.length,
    tag: `{{#${field}}}${sized(before, field, out)}${tag}${templateLiteral(after)}{{/${field}}}`,
  });
  return true;
}

/**
 * `<img width="855" src=..>`: the size a row gives its picture is its own value (`image-width`),
 * written only with one, so rows that size their pictures differently share a template.
 */
function sized(before: string, field: string, out: Reading): string {
  let text = '';
  let from = 0;
  for (const m of before.matchAll(/ (width|height)="(\d+%?)"/g)) {
    const name = `${field}-${m[1]!}`;
    out.fields.set(name, m[2]!);
    text += templateLiteral(before.slice(from, m.index));
    text += `{{#${name}}} ${m[1]!}="{{${name}}}"{{/${name}}}`;
    from = m.index + m[0].length;
  }
  return text + templateLiteral(before.slice(from));
}
