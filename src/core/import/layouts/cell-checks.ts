// What a reader of a table would say about its cells, applied after the layout importer read them:
// a value the data file refuses is pointed at its cell (line and column, not just the row), a row
// with more cells than its header is named (its last cells are kept as written, not as fields), a
// main-zone marker without its partner is named, and the invisible U+2060 the renderer writes to
// break autolinks never reaches a paper's data.
import type { Root, Table, TableRow } from 'mdast';
import type { Problem } from '../../problem.js';
import type { MarkerPair } from '../../settings/types.js';
import type { Paper, PaperList } from '../../types.js';
import { SHAPE_FIELD } from '../../render/layouts/zone.js';
import { startOf } from './inline.js';
import type { LayoutImport } from './read.js';
import { mapHeader } from './table.js';

export interface CheckedImport {
  list: PaperList;
  problems: Problem[];
}

export function checkCells(
  read: Pick<LayoutImport, 'list' | 'problems' | 'texts' | 'zone'>,
  tree: Root,
  source: string,
  file: string,
  markers: MarkerPair,
): CheckedImport {
  const tables = tree.children.filter(
    (n): n is Table =>
      n.type === 'table' && startOf(n) >= read.zone.start && startOf(n) < read.zone.end,
  );
  const list = withoutJoiners(read.list);
  const unread = unreadRows(tables, read.texts);
  const problems = [
    ...loneMarker(source, markers, file),
    // A row's own problem says more than the line's "not read as a paper".
    ...read.problems
      .filter((p) => p.field !== undefined || !unread.some((u) => u.line === p.line))
      .map((p) => atCell(p, tables, list)),
    ...unread,
    ...tables.flatMap((t) => headerCells(t, file, read.texts)),
    ...tables.flatMap((t) => linkCells(t, source, file, unread)),
    ...tables.flatMap((t) => surplusCells(t, file)),
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { list, problems };
}

/**
 * U+2060 WORD JOINER: the renderer writes it (as `&#8288;`) inside `www.`, `https://` and `a@b.c`
 * so GitHub does not turn them into links. It is invisible and never part of a paper's data.
 */
const JOINER = /\u2060/g;

function withoutJoiners(list: PaperList): PaperList {
  const clean = (text: string) => text.replace(JOINER, '');
  const paper = (p: Paper): Paper => {
    const out: Paper = { ...p, title: clean(p.title) };
    for (const key of ['abbr', 'venue', 'year'] as const) {
      const value = p[key];
      if (value !== undefined) out[key] = clean(value);
    }
    // Defined, not assigned: a key such as `__proto__` stays a field.
    const extra = {};
    for (const [key, value] of Object.entries(p.extra)) {
      Object.defineProperty(extra, key, {
        value: key === SHAPE_FIELD || typeof value !== 'string' ? value : clean(value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    out.extra = extra;
    return out;
  };
  return { sections: list.sections.map((s) => ({ ...s, papers: s.papers.map(paper) })) };
}

/** A problem about a table row's field, pointed at the cell (or link) that holds the field. */
function atCell(problem: Problem, tables: readonly Table[], list: PaperList): Problem {
  if (problem.line === undefined || problem.column !== undefined || !problem.field) return problem;
  const found = rowAt(tables, problem.line);
  const field = fieldOf(problem.field, list);
  if (!found || !field) return problem;
  const { table, row } = found;
  const [name, label] = field.rest.split(/\.(.*)/s) as [string, string | undefined];
  const headers = (table.children[0]?.children ?? []).map((c) => textOf(c));
  const index = mapHeader(headers).findIndex((r) => r.field === name);
  const cell = row.children[index];
  if (index === -1 || !cell) return problem;
  let node: { position?: TableRow['position'] } = cell.children[0] ?? cell;
  if (name === 'links' && label !== undefined) {
    const url = field.paper.links.find((l) => l.label === label)?.url;
    const link = findLink(cell, url);
    if (link) node = link;
  }
  const start = node.position?.start;
  return start ? { ...problem, line: start.line, column: start.column } : problem;
}

function rowAt(tables: readonly Table[], line: number) {
  for (const table of tables) {
    const row = table.children.find((r, i) => i > 0 && r.position?.start.line === line);
    if (row) return { table, row };
  }
  return undefined;
}

/** The paper a field path (`Sec[2].links.PDF`) names, and the path's rest (`links.PDF`). */
function fieldOf(field: string, list: PaperList) {
  for (const section of list.sections) {
    for (const [i, paper] of section.papers.entries()) {
      const key = `${section.name}[${i}].`;
      if (field.startsWith(key)) return { paper, rest: field.slice(key.length) };
    }
  }
  return undefined;
}

type Node = {
  type: string;
  url?: string;
  value?: string;
  children?: Node[];
  position?: TableRow['position'];
};

function findLink(node: Node, url: string | undefined): Node | undefined {
  if (node.type === 'link' && node.url === url) return node;
  for (const child of node.children ?? []) {
    const found = findLink(child, url);
    if (found) return found;
  }
  return undefined;
}

function textOf(node: Node): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

/**
 * Rows of a table with a title column that were kept as text, not read as papers: each is named,
 * even one without a web link (the line check names only those), so no row is left out unsaid.
 */
function unreadRows(tables: readonly Table[], texts: readonly Problem[]): Problem[] {
  const kept = new Map(texts.map((t) => [t.line, t]));
  return tables.flatMap((table) => {
    const [head, ...rows] = table.children;
    const roles = mapHeader((head?.children ?? []).map((c) => textOf(c)));
    const title = roles.findIndex((r) => r.role === 'title');
    if (title === -1) return [];
    return rows.flatMap((row) => {
      const text = kept.get(row.position?.start.line);
      if (!text) return [];
      const cell = row.children[title];
      if (cell && textOf(cell).trim() !== '') return [text];
      return [
        {
          ...text,
          message: 'row has no title; it is kept as written, not as a paper',
          hint: 'fill in the Title cell',
        },
      ];
    });
  });
}

/**
 * Header cells a reader would ask about: a column without a header or repeating an earlier one
 * (its cells are kept under a field of its own, named here), and a table with no Title column
 * whose rows were all kept as written, not as papers.
 */
function headerCells(table: Table, file: string, texts: readonly Problem[]): Problem[] {
  const [head, ...rows] = table.children;
  if (!head) return [];
  const kept = new Set(texts.map((t) => t.line));
  const headers = head.children.map((c) => textOf(c));
  const roles = mapHeader(headers);
  const at = (node: { position?: TableRow['position'] }) => {
    const start = node.position?.start;
    return start ? { line: start.line, column: start.column } : {};
  };
  if (!roles.some((r) => r.role === 'title')) {
    // A column may hold the titles without a header saying so: then its rows were read.
    if (rows.length === 0 || !rows.every((r) => kept.has(r.position?.start.line))) return [];
    const n = rows.length;
    return [
      {
        file,
        ...at(table),
        message: `table has no Title column; its ${n === 1 ? 'row is kept as written, not as a paper' : `${n} rows are kept as written, not as papers`}`,
        hint: 'name the column with the paper titles "Title"',
      },
    ];
  }
  return roles.flatMap((role, i) => {
    const header = headers[i]!.trim();
    const alone = mapHeader([header])[0]!.field;
    const first = roles.findIndex((r) => r.field === alone);
    const unnamed = !/[\p{L}\p{N}]/u.test(header);
    if (!unnamed && (alone === role.field || first === -1)) return [];
    const what = unnamed
      ? `column ${i + 1} has no header`
      : `column ${i + 1} "${header}" repeats column ${first + 1}`;
    return [
      {
        file,
        ...at(head.children[i]!),
        message: `${what}; its cells are kept as the field "${role.field}"`,
        hint: unnamed
          ? 'give the column a header such as "Authors" to name its field'
          : 'keep one column per field, or give this one a name of its own',
      },
    ];
  });
}

/**
 * What a links column (`Materials`, `Links`) holds besides labelled links to web addresses: words,
 * a bare address with no label, a link to no web address (`javascript:`, a path). It stays in the
 * row as written, but it is no link of the paper.
 */
function linkCells(
  table: Table,
  source: string,
  file: string,
  unread: readonly Problem[],
): Problem[] {
  const [head, ...rows] = table.children;
  const roles = mapHeader((head?.children ?? []).map((c) => textOf(c)));
  const column = roles.findIndex((r) => r.role === 'links');
  if (column === -1 || !roles.some((r) => r.role === 'title')) return [];
  const skipped = new Set(unread.map((p) => p.line));
  return rows.flatMap((row) => {
    const cell = row.children[column];
    if (!cell || skipped.has(row.position?.start.line)) return [];
    return cell.children.flatMap((node): Problem[] => {
      const start = node.position?.start;
      const at = start ? { line: start.line, column: start.column } : {};
      const words = node.type === 'text' ? node.value.replace(/[\s[\]|,;·•/]+/gu, ' ').trim() : '';
      if (words !== '') {
        return [
          {
            file,
            ...at,
            message: `"${words}" is not a link; it is kept as written, not as a link of the paper`,
            hint: 'write each link as [[LABEL](https://...)], or move the words to a column of their own',
          },
        ];
      }
      if (node.type !== 'link') return [];
      if (source[startOf(node)] !== '[') {
        return [
          {
            file,
            ...at,
            message: `link "${node.url}" has no label; it is kept as written, not as a link of the paper`,
            hint: `write it as [[PDF](${node.url})] with the label you want shown`,
          },
        ];
      }
      if (/^https?:\/\//i.test(node.url)) return [];
      return [
        {
          file,
          ...at,
          message: `link "${node.url}" is no web address; it is kept as written, not as a link of the paper`,
          hint: 'write the full address starting with https://, as shown in the browser',
        },
      ];
    });
  });
}

/** A row with more cells than its header: GFM shows only the header's count of cells. */
function surplusCells(table: Table, file: string): Problem[] {
  const [head, ...rows] = table.children;
  const count = head?.children.length ?? 0;
  return rows.flatMap((row) => {
    const start = row.position?.start;
    if (row.children.length <= count || !start) return [];
    const surplus = row.children.length - count;
    return [
      {
        file,
        line: start.line,
        column: start.column,
        message: `row has ${row.children.length} cells but the header has ${count}; its last ${surplus === 1 ? 'cell is' : `${surplus} cells are`} kept as written, not as a field`,
        hint: 'give the row one cell per column, and write a "|" inside a cell as "\\|"',
      },
    ];
  });
}

/** A main-zone marker without its partner: the zone is then found as if neither were written. */
function loneMarker(source: string, markers: MarkerPair, file: string): Problem[] {
  const lineOf = (marker: string) => {
    const lines = source.split('\n');
    const i = lines.findIndex((l) => l.trim() === marker);
    return i === -1 ? undefined : { line: i + 1, column: lines[i]!.indexOf(marker) + 1 };
  };
  const start = lineOf(markers.start);
  const end = lineOf(markers.end);
  if ((start === undefined) === (end === undefined)) {
    if (!start || !end || start.line < end.line) return [];
  }
  const [present, missing, at] =
    start && !end
      ? [markers.start, markers.end, start]
      : end && !start
        ? [markers.end, markers.start, end]
        : [markers.end, markers.start, end!];
  const message =
    start && end
      ? `marker "${markers.end}" comes before "${markers.start}"; the list was found without them`
      : `marker "${present}" has no matching "${missing}"; the list was found without it`;
  return [
    {
      file,
      ...at,
      message,
      hint: 'put the start marker above the list and the end marker below it',
    },
  ];
}
