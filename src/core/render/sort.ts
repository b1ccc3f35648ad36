// Row order inside a table: by the configured keys, comparing field text as strings.
import type { Paper } from '../types.js';
import type { SortKey } from '../settings/types.js';
import { fieldText } from './field.js';

/**
 * A sorted copy of `papers`. Keys compare the fields' text (a missing field is the empty string,
 * so it comes last when descending), as plain string order — the real list sorts years that way.
 * The sort is stable: papers that tie on every key keep their file order.
 */
export function sortPapers(papers: readonly Paper[], keys: readonly SortKey[]): Paper[] {
  if (keys.length === 0) return [...papers];
  const rows = papers.map((paper) => ({
    paper,
    values: keys.map((key) => fieldText(paper, key.field) ?? ''),
  }));
  rows.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const x = a.values[i] ?? '';
      const y = b.values[i] ?? '';
      if (x !== y) {
        const ascending = x < y ? -1 : 1;
        return keys[i]?.order === 'desc' ? -ascending : ascending;
      }
    }
    return 0;
  });
  return rows.map((row) => row.paper);
}
