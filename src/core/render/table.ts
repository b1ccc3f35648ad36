// One row of the built-in tables, for the comparison of hand-edited rows (../adopt/): the row the
// built-in layout (./layouts/built-in.ts) writes for a paper.
import type { Paper } from '../types.js';
import type { Settings } from '../settings/types.js';
import { builtInLayout } from './layouts/built-in.js';
import { renderEntry } from './layouts/preview.js';

/** One table row, without its line break: `| title | abbr | venue | year | links |`. */
export function renderRow(paper: Paper, settings: Settings): string {
  return renderEntry(paper, settings, builtInLayout(settings));
}
