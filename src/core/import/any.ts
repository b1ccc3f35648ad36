// The importer's entry point: a README in any layout -> a data file's list and every problem. One
// reader reads every layout, the default tables included (./layouts/): it keeps what it cannot
// classify as written and says so, and its table cells are then checked as a reader of the table
// would (./layouts/cell-checks.ts). A README is never reported as imported without a problem when
// it shows more entries than were read.
import { toLf } from '../line-endings.js';
import type { Problem } from '../problem.js';
import { defaultSettings } from '../settings/defaults.js';
import type { LayoutSettings } from '../settings/layout.js';
import type { MarkerPair } from '../settings/types.js';
import type { PaperList } from '../types.js';
import { checkCells } from './layouts/cell-checks.js';
import { parseReadme } from './layouts/parse.js';
import { importLayout } from './layouts/read.js';

export interface AnyImport {
  list: PaperList;
  problems: Problem[];
  /** The layout that renders the list as the README shows it. */
  layout?: LayoutSettings;
}

export function importAny(
  text: string,
  file: string,
  options: { markers?: MarkerPair } = {},
): AnyImport {
  // A README saved with CRLF reads as with `\n` (the same lines), so no kept text holds a `\r`.
  const markdown = toLf(text);
  const markers = options.markers ?? defaultSettings.markers.main;
  // The README is parsed once, or refused past a bound.
  const { tree, refused } = parseReadme(markdown, file);
  if (refused) return { list: { sections: [] }, problems: [refused] };
  const read = importLayout(markdown, file, { markers, tree });
  const checked = checkCells(read, tree, markdown, file, markers);
  return { list: checked.list, problems: checked.problems, layout: read.layout };
}
