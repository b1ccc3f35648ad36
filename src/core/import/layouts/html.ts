// HTML tables (`<table><tr><td><a href="url">Title</a></td><td>ICLR</td>...`): each `<tr>` with a
// title is an entry. A `rowspan` cell (a year over several rows) gives its value to every row it
// spans; the row that holds it keeps the cell in its own template.
import type { PaperLink } from '../../types.js';
import { escapeText } from '../../render/layouts/fill.js';
import { encodeUrl } from '../../render/escape.js';
import type { Entry } from './entry.js';
import type { Replacement } from './inline.js';
import { lineAt } from './paragraph.js';
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
  const spans: { value: string; field: string; left: number }[] = [];
  for (const row of value.matchAll(ROW)) {
    const rowStart = at + row.index;
    const cells = [...row[1]!.matchAll(CELL)];
    if (cells.some((c) => c[1] === 'h')) {
      roles = mapHeader(cells.map((c) => stripTags(c[3]!)));
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

function readRow(
  cells: RegExpExecArray[],
  innerAt: number,
  roles: ReturnType<typeof mapHeader> | undefined,
  spans: { value: string; field: string; left: number }[],
  source: string,
): Pick<Entry, 'replacements' | 'paper' | 'partial'> | undefined {
  const paper: Entry['paper'] = { title: '', links: [], extra: {} };
  const replacements: Replacement[] = [];
  // Values of rowspan cells from rows above.
  for (const span of spans) {
    if (span.left > 0 && span.field === 'year') paper.year = span.value;
    span.left--;
  }
  const taken = new Set<string>();
  // Columns filled by rowspan cells of rows above come first (a year spanning its rows).
  const shifted = spans.filter((s) => s.left >= 0).length;
  const opened: typeof spans = [];
  cells.forEach((cell, i) => {
    const role = roles?.[i + shifted] ?? {
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
    } else if (role.role === 'text') {
      const field = role.field === 'year' && !/^[1-9]\d{3}$/.test(text) ? 'date' : role.field;
      if (field === 'year') paper.year = text;
      else if (field === 'abbr' || field === 'venue') paper[field] = text;
      else paper.extra[field] = text;
      tagPlain(body, bodyAt, field, replacements, source);
      if (span) opened.push({ value: text, field, left: Number(span[1]) - 1 });
    } else if (role.role === 'extra' && !/<a\s/i.test(body)) {
      paper.extra[role.field] = text;
      tagPlain(body, bodyAt, role.field, replacements, source);
    }
  });
  for (let i = spans.length - 1; i >= 0; i--) if (spans[i]!.left < 0) spans.splice(i, 1);
  spans.push(...opened);
  if (paper.title === '') return undefined;
  // A row linking only to places in this README is a table of contents, not a paper; so is a row
  // of a table without a header that has no link and no year of its own.
  const anchors = cells.some((c) => /href="#/i.test(c[3]!));
  if (paper.links.length === 0 && (anchors || (!roles && paper.year === undefined))) {
    return undefined;
  }
  return { replacements, paper, ...(shifted > 0 || opened.length > 0 ? { partial: true } : {}) };
}

/** `<a href="url">text</a>`: the paper's link; the URL tagged when written as the renderer writes it. */
function readLink(
  link: RegExpExecArray,
  bodyAt: number,
  role: { field: string; role: string },
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
        : role.field;
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
