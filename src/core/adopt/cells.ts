// Cell by cell: what a person changed in one row of a paper that is in the data. A cell counts as
// changed when it renders differently, so spacing or escaping a person typed differently is no edit.
import { fieldText } from '../render/field.js';
import { renderRow } from '../render/table.js';
import type { Settings } from '../settings/types.js';
import type { Paper } from '../types.js';
import type { RenderedRow } from './rendered.js';
import type { FieldValue, HandEdits } from './types.js';

/** The value of the field a column shows. */
export function valueOf(paper: Paper, field: string): FieldValue {
  return field === 'links' ? paper.links : fieldText(paper, field);
}

/**
 * Adds to `edits` the cells where `read` (the row as written) differs from `was` (the paper as the
 * README last showed it; undefined when that is unknown). A field the data changed too keeps the
 * data's value; when `was` is unknown, every difference keeps the data's value.
 */
export function compareCells(
  section: string,
  line: number,
  data: RenderedRow,
  was: Paper | undefined,
  read: Paper,
  settings: Settings,
  edits: HandEdits,
): void {
  for (const column of settings.columns) {
    const cell = (paper: Paper) => renderRow(paper, { ...settings, columns: [column] });
    const shown = cell(read);
    if (shown === cell(data.paper)) continue;
    const field = column.field;
    const dataChanged = was === undefined || cell(was) !== cell(data.paper);
    if (was !== undefined && shown === cell(was)) continue;
    if (dataChanged) {
      edits.dataWins.push({
        section,
        title: data.paper.title,
        field,
        readme: valueOf(read, field),
        data: valueOf(data.paper, field),
        line,
      });
      continue;
    }
    edits.adoptions.push({
      kind: 'edited',
      section,
      title: data.paper.title,
      index: data.index,
      field,
      from: valueOf(data.paper, field),
      to: valueOf(read, field),
      line,
    });
  }
}
