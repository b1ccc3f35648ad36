// Columns and sort keys may name any extra field of the papers, so a typo (`abbrv`, `-yr`) is valid
// settings: it only shows as an empty column or a sort that does nothing. Checked against the data,
// such a field is a warning with a likely fix.
import type { Problem } from '../problem.js';
import type { PaperList } from '../types.js';
import { closest } from './closest.js';
import type { Settings } from './types.js';

const KNOWN = ['title', 'abbr', 'venue', 'year', 'links'];

/** Warnings for columns and sort keys that name a field no paper of the list has. */
export function unusedFieldWarnings(settings: Settings, list: PaperList, file: string): Problem[] {
  const present = new Set(KNOWN);
  for (const section of list.sections) {
    for (const paper of section.papers)
      for (const key of Object.keys(paper.extra)) present.add(key);
  }
  const named = [
    ...settings.columns.map((c) => ({ key: 'columns', field: c.field })),
    ...settings.sort.map((s) => ({ key: 'sort', field: s.field })),
  ];
  const warned = new Set<string>();
  return named.flatMap(({ key, field }) => {
    if (present.has(field) || warned.has(`${key}:${field}`)) return [];
    warned.add(`${key}:${field}`);
    const guess = closest(field, [...present]);
    return [
      {
        file,
        field: key,
        message: `no paper has a field "${field}"`,
        hint: guess ? `did you mean "${guess}"?` : 'check the spelling of the field name',
      },
    ];
  });
}
