// HTML tables (`<table><tr><td><a href="url">Title</a></td><td>ICLR</td>...`): each `<tr>` with a
// title is an entry. A `rowspan` cell (a year over several rows) gives its value to every row it
// spans; the row that holds it keeps the cell in its own template.
import type { PaperLink } from '../../types.js';
import { escapeText } from '../../render/layouts/fill.js';
import { encodeUrl } from '../../render/escape.js';
import type { Entry } from './entry.js';
import type { Replacement } from './inline.js';
import { lineAt } from './paragraph.js';
import { columnLinkLabel } from './columns.js';
import { mapHeader } from './table.js';

const ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/gi;
const CELL = /<t([dh])\b([^>]*)>([\s\S]*?)<\/t[dh]\s*>/gi;
const LINK = /<a\s+href="([^"]*)"\s*>([^<]*)<\/a\s*>/gi;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? name);
}

function stripTags(html: string): string {
  return decode(html.replace(/<[^>]*>/g, '')).trim();
}

export function readHtmlTable(
  value: string,
  at: number,
  source: string,
  lines: readonly number[],
): Entry[] {
  const entries: Entry[] = [];
  let roles: ReturnType<typeof mapHeader> | undefined;
  const spans = new Map<number, Span>();
  const rows = [...value.matchAll(ROW)].map((row) => ({ row, cells: [...row[1]!.matchAll(CELL)] }));
  const urls = columnUrls(rows.map((r) => r.cells));
  for (const { row, cells } of rows) {
    const rowStart = at + row.index;
    if (cells.some((c) => c[1] === 'h')) {
      const headers = cells.map((c) => stripTags(c[3]!));
      roles = mapHeader(headers);
      roles.forEach((role, i) => {
        if (role.role === 'extra' && urls[i]) role.label = columnLinkLabel(headers[i]!, urls[i]);
      });
      continue;
    }
    const innerAt = rowStart + row[0].indexOf(row[1]!);
    const entry = readRow(cells, innerAt, roles, spans, source);
    if (!entry) continue;
    entries.push({
      kind: 'html',
      start: rowStart,
      end: rowStart + row[0].length,
      line: lineAt(lines, rowStart),
      ...entry,
    });
  }
  return entries;
}

/** The web addresses of the links in each column, cells placed past the rowspan cells above them. */
function columnUrls(rows: readonly RegExpExecArray[][]): string[][] {
  const out: string[][] = [];
  const left = new Map<number, number>();
  for (const cells of rows) {
    const covered = new Set([...left].filter(([, n]) => n > 0).map(([c]) => c));
    for (const c of covered) left.set(c, left.get(c)! - 1);
    let column = 0;
    for (const cell of cells) {
      while (covered.has(column)) column++;
      const span = Number(/rowspan="(\d+)"/i.exec(cell[2] ?? '')?.[1] ?? 1);
      if (span > 1) left.set(column, span - 1);
      for (const link of cell[3]!.matchAll(LINK)) {
        if (/^https?:/i.test(link[1]!)) (out[column] ??= []).push(decode(link[1]!));
      }
      column++;
    }
  }
  return out;
}

/** A `rowspan` cell's value, given to the rows below it that it spans. */
interface Span {
  value: string;
  field: string;
  left: number;
}

/** What stands in a cell for a value not given (`-`, `N/A`): kept as written, no field. */
const MISSING = /^(?:N\/A|n\/a|-|—|–|\/|None)$/;

function setValue(paper: Entry['paper'], field: string, text: string): void {
  if (field === 'year') paper.year = text;
  else if (field === 'abbr' || field === 'venue') paper[field] = text;
  else paper.extra[field] = text;
}

function readRow(
  cells: RegExpExecArray[],
  innerAt: number,
  roles: ReturnType<typeof mapHeader> | undefined,
  spans: Map<number, Span>,
  source: string,
): Pick<Entry, 'replacements' | 'paper' | 'partial'> | undefined {
  const paper: Entry['paper'] = { title: '', links: [], extra: {} };
  const replacements: Replacement[] = [];
  // Columns filled by rowspan cells of rows above: their values are this row's too, and its own
  // cells fill the other columns in order.
  const covered = new Set<number>();
  for (const [column, span] of spans) {
    if (span.left <= 0) {
      spans.delete(column);
      continue;
    }
    covered.add(column);
    // A year over several rows is each row's year; another value stays with the row that shows it.
    if (span.field === 'year') paper.year = span.value;
    span.left--;
  }
  const taken = new Set<string>();
  let opened = false;
  let column = 0;
  cells.forEach((cell, i) => {
    while (covered.has(column)) column++;
    const at = column++;
    const role = roles?.[at] ?? {
      field: i === 0 ? 'title' : `column-${i + 1}`,
      role: i === 0 ? ('title' as const) : ('extra' as const),
    };
    const body = cell[3]!;
    const bodyAt = innerAt + cell.index + cell[0].indexOf(body, cell[0].indexOf('>'));
    const span = /rowspan="(\d+)"/i.exec(cell[2] ?? '');
    for (const link of body.matchAll(LINK))
      readLink(link, bodyAt, role, paper, replacements, taken);
    const text = stripTags(body);
    if (text === '') return;
    if (role.role === 'title' && paper.title === '') {
      paper.title = text;
      tagPlain(body, bodyAt, 'title', replacements, source);
      return;
    }
    if (role.role === 'title' || MISSING.test(text)) return;
    const textual = role.role === 'text' || (role.role === 'extra' && !/<a\s/i.test(body));
    if (!textual) return;
    const field = role.field === 'year' && !/^[1-9]\d{3}$/.test(text) ? 'date' : role.field;
    setValue(paper, field, text);
    tagPlain(body, bodyAt, field, replacements, source);
    if (span && Number(span[1]) > 1) {
      spans.set(at, { value: text, field, left: Number(span[1]) - 1 });
      opened = true;
    }
  });
  if (paper.title === '') return undefined;
  // A row linking only to places in this README is a table of contents, not a paper; so is a row
  // of a table without a header that has no link and no year of its own.
  const anchors = cells.some((c) => /href="#/i.test(c[3]!));
  if (paper.links.length === 0 && (anchors || (!roles && paper.year === undefined))) {
    return undefined;
  }
  return { replacements, paper, ...(covered.size > 0 || opened ? { partial: true } : {}) };
}

/** `<a href="url">text</a>`: the paper's link; the URL tagged when written as the renderer writes it. */
function readLink(
  link: RegExpExecArray,
  bodyAt: number,
  role: { field: string; role: string; label?: string },
  paper: Entry['paper'],
  replacements: Replacement[],
  taken: Set<string>,
): void {
  const url = decode(link[1]!);
  // An address with a space in it is no link the data file can hold: it stays as written.
  if (!/^https?:\/\//i.test(url) || /\s/.test(url)) return;
  const base =
    role.role === 'title'
      ? 'paper'
      : role.role === 'links'
        ? link[2]!.trim() || 'link'
        : (role.label ?? role.field);
  let label = base;
  for (let n = 2; taken.has(label); n++) label = `${base}-${n}`;
  taken.add(label);
  const entry: PaperLink = { label, url };
  paper.links.push(entry);
  const written = encodeUrl(url).replace(/&/g, '&amp;');
  if (written !== link[1]) return;
  const start = bodyAt + link.index + link[0].indexOf('"') + 1;
  replacements.push({ start, end: start + link[1]!.length, tag: `{{link:${label}}}` });
}

/** The cell's text (inside its one link, if any) tagged when it renders back the same. */
function tagPlain(body: string, bodyAt: number, field: string, out: Replacement[], source: string) {
  const inner = /^(\s*(?:<a\s[^>]*>)?)([^<]*?)(\s*(?:<\/a\s*>)?\s*)$/.exec(body);
  if (!inner) return;
  const text = inner[2]!;
  if (text.trim() === '' || escapeText(decode(text), 'html', 'x') !== text) return;
  const start = bodyAt + inner[1]!.length;
  if (source.slice(start, start + text.length) !== text) return;
  out.push({ start, end: start + text.length, tag: `{{${field}}}` });
}
