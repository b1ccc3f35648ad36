// One table row -> one Paper, reading each cell by the field its column holds.
import type { TableRow } from 'mdast';
import type { Problem } from '../problem.js';
import type { Paper } from '../types.js';
import type { Column } from './columns.js';
import { at, readMaterials } from './materials.js';
import { inlineText } from './text.js';

export interface RowContext {
  file: string;
  source: string;
  section: string;
  /** 0-based index the paper gets in its section. */
  index: number;
}

/** Reads a row; `paper` is undefined when the row could not be imported (always with a problem). */
export function readRow(
  row: TableRow,
  columns: Column[],
  ctx: RowContext,
): { paper?: Paper; problems: Problem[] } {
  const path = `${ctx.section}[${ctx.index}]`;
  const cells = row.children;
  if (cells.length !== columns.length) {
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
  cells.forEach((cell, i) => {
    const column = columns[i];
    if (!column || column.kind === 'skip') return;
    const field = column.kind === 'known' ? column.field : column.key;
    const cellPath = `${path}.${field}`;
    if (column.kind === 'known' && column.field === 'links') {
      const read = readMaterials(cell.children, {
        file: ctx.file,
        field: cellPath,
        source: ctx.source,
      });
      paper.links = read.links;
      problems.push(...read.problems);
      return;
    }
    const read = inlineText(cell.children, ctx.source);
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
      if (text !== '') paper.extra[column.key] = text;
      return;
    }
    if (column.field !== 'links') setField(paper, column.field, text);
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
  return { paper, problems };
}

/** Empty cells mean "no value"; `N/A` is how the real list writes a missing abbreviation. */
function setField(paper: Paper, field: 'title' | 'abbr' | 'venue' | 'year', text: string): void {
  if (field === 'title') paper.title = text;
  else if (text === '' || (field === 'abbr' && text.toUpperCase() === 'N/A')) return;
  else paper[field] = text;
}
