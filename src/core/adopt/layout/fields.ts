// Field by field: what a person changed in an entry of a paper that is in the data. Only the
// fields the entry's template shows are compared (and the template itself, kept as `shape`), so a
// year that a grouping heading gives is never mistaken for an edit.
import { parseTemplate, templateFields } from '../../render/layouts/template.js';
import { entryTemplate, shapeOf, SHAPE_FIELD } from '../../render/layouts/zone.js';
import type { Paper } from '../../types.js';
import { valueOf } from '../value.js';
import type { FieldValue, HandEdits } from '../types.js';
import type { RenderedEntry, RenderedSection } from './rendered.js';
import type { WrittenEntry } from './written.js';

/** The fields an entry's template shows (its links as one field), and its own template. */
function shownFields(template: string): string[] {
  const fields = templateFields(parseTemplate(template));
  return [...fields].filter((f) => f !== 'label' && f !== 'url' && f !== SHAPE_FIELD);
}

function sameValue(a: FieldValue, b: FieldValue): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Adds to `edits` the fields where the entry as written differs from the data's paper. A field the
 * data changed too (from `was`, the paper as the README last showed it) keeps the data's value;
 * without `was`, every difference keeps the data's value.
 */
export function compareFields(
  entry: WrittenEntry,
  read: Paper,
  data: RenderedEntry,
  was: Paper | undefined,
  section: RenderedSection,
  edits: HandEdits,
): void {
  // The title is compared even where no template shows it as a field (an entry read whole, its
  // title inside text kept as written): the reading of the entry names it, and a stale title in
  // the data file would lose what the person typed.
  const fields = new Set([
    'title',
    ...shownFields(entry.template),
    ...shownFields(entryTemplate(data.paper, section.item, section.styles)),
  ]);
  const value = (paper: Paper, field: string): FieldValue =>
    field === SHAPE_FIELD ? shapeOf(paper) : valueOf(paper, field);
  for (const field of [...fields, SHAPE_FIELD]) {
    const shown = value(read, field);
    if (sameValue(shown, value(data.paper, field))) continue;
    if (was !== undefined && sameValue(shown, value(was, field))) continue;
    const dataChanged =
      was === undefined || !sameValue(value(was, field), value(data.paper, field));
    if (dataChanged) {
      edits.dataWins.push({
        section: section.name,
        title: data.paper.title,
        field,
        readme: shown,
        data: value(data.paper, field),
        line: entry.line,
      });
      continue;
    }
    edits.adoptions.push({
      kind: 'edited',
      section: section.name,
      title: data.paper.title,
      index: data.index,
      field,
      from: value(data.paper, field),
      to: shown,
      line: entry.line,
    });
  }
}
