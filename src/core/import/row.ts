// One table row -> one Paper, reading each cell by the field its column holds.
import type { TableCell, TableRow } from 'mdast';
import type { Problem } from '../problem.js';
import type { Paper } from '../types.js';
import type { Column } from './columns.js';
import { at, readMaterials, type Where } from './materials.js';
import { inlineText } from './text.js';

export interface RowContext {
  file: string;
  source: string;
  section: string;
  /** 0-based index the paper gets in its section. */
  index: number;
}

/** Where an imported paper came from, so a problem found in its data can point at the README. */
export interface RowOrigin {
  section: string;
  /** 0-based index of the paper in its section. */
  index: number;
  row?: Where;
  /** Where each field's cell starts, by field (`year`, `links`, an extra column's key). */
  cells: Map<string, Where>;
  /** Where each link of the Materials cell starts, by label. */
  links: Map<string, Where>;
}

/** Reads a row; `paper` is undefined when the row could not be imported (always with a problem). */
export function readRow(
  row: TableRow,
  columns: Column[],
  ctx: RowContext,
): { paper?: Paper; origin?: RowOrigin; problems: Problem[] } {
  const path = `${ctx.section}[${ctx.index}]`;
  // GFM drops the cells past the header's count, so such a row is refused rather than cut short.
  // A row with fewer cells is valid GFM: the missing cells are empty (`cells[i]` is undefined).
  const cells: (TableCell | undefined)[] = row.children;
  if (cells.length > columns.length) {
    return {
      problems: [
        {
          ...at(row, ctx.file),
          field: path,
          message: `row has ${cells.length} cells but the header has ${columns.length}; it was not imported`,
          hint: 'give the row one cell per column, and write a "|" inside a cell as "\\|"',
        },
      ],
    };
  }

  const problems: Problem[] = [];
  const paper: Paper = { title: '', links: [], extra: {} };
  const origin: RowOrigin = {
    section: ctx.section,
    index: ctx.index,
    ...(row.position ? { row: where(row.position) } : {}),
    cells: new Map(),
    links: new Map(),
  };
  const target: RowTarget = { paper, origin, problems, path, ctx };
  columns.forEach((column, i) => {
    if (column.kind !== 'skip') readColumn(target, column, cells[i]);
  });

  if (paper.title === '') {
    return {
      problems: [
        ...problems,
        {
          ...at(row, ctx.file),
          field: `${path}.title`,
          message: 'row has no title; it was not imported',
          hint: 'fill in the Title cell',
        },
      ],
    };
  }
  return { paper, origin, problems };
}

/** What the cells of one row are read into. */
interface RowTarget {
  paper: Paper;
  origin: RowOrigin;
  problems: Problem[];
  /** `Section[index]`, the row's name in problems. */
  path: string;
  ctx: RowContext;
}

/** One cell, by the field its column holds: the Materials links, or a text field. */
function readColumn(
  target: RowTarget,
  column: Exclude<Column, { kind: 'skip' }>,
  cell: TableCell | undefined,
): void {
  const { paper, origin, problems, ctx } = target;
  const nodes = cell?.children ?? [];
  const field = column.kind === 'known' ? column.field : column.key;
  const cellPath = `${target.path}.${field}`;
  // A cell's position starts at the `|` before it; its first node is where the value is.
  const start = nodes[0]?.position ?? cell?.position;
  const cellAt = start ? where(start) : undefined;
  if (cellAt) origin.cells.set(field, cellAt);
  if (column.kind === 'known' && column.field === 'links') {
    const read = readMaterials(nodes, {
      file: ctx.file,
      field: cellPath,
      source: ctx.source,
    });
    paper.links = read.links;
    read.links.forEach((link, n) => {
      const place = read.where[n];
      if (place) origin.links.set(link.label, place);
    });
    // Text that GFM split off a link may have no position of its own: point at its cell.
    problems.push(
      ...read.problems.map((p) => (p.line === undefined && cellAt ? { ...p, ...cellAt } : p)),
    );
    return;
  }
  const read = inlineText(nodes, ctx.source);
  for (const link of read.links) {
    problems.push({
      ...at(link, ctx.file),
      field: cellPath,
      message: `the link's URL ${JSON.stringify(link.type === 'link' ? link.url : '')} was not imported, only its text`,
      hint: 'put links in the Materials column as [[LABEL](https://...)]',
    });
  }
  for (const bad of read.unreadable) {
    problems.push({
      ...at(bad.node, ctx.file),
      field: cellPath,
      message: `${bad.what} was not imported`,
      hint: 'write the cell as plain text',
    });
  }
  const text = read.text.trim();
  if (column.kind === 'extra') {
    // Defined, not assigned: a column headed `__proto__` must become a field, not a prototype.
    if (text !== '') {
      Object.defineProperty(paper.extra, column.key, {
        value: text,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return;
  }
  if (column.field !== 'links') setField(paper, column.field, text);
}

function where(position: { start: Where }): Where {
  return { line: position.start.line, column: position.start.column };
}

/** Empty cells mean "no value"; `N/A` is how the real list writes a missing abbreviation. */
function setField(paper: Paper, field: 'title' | 'abbr' | 'venue' | 'year', text: string): void {
  if (field === 'title') paper.title = text;
  else if (text === '' || (field === 'abbr' && text.toUpperCase() === 'N/A')) return;
  else paper[field] = text;
}
