// The importer's entry point: a README in any layout -> a data file's list and every problem. A
// README in the default table layout is read by the table importer (./readme.ts), whose messages
// say what in a row could not be read; any other layout by the layout importer (./layouts/), which
// keeps what it cannot classify, its table cells then checked as a table reader would
// (./layouts/cell-checks.ts). A README is never reported as imported without a problem when it
// shows more entries than were read.
import { toLf } from '../line-endings.js';
import type { Problem } from '../problem.js';
import type { LayoutSettings } from '../settings/layout.js';
import type { MarkerPair } from '../settings/types.js';
import type { PaperList } from '../types.js';
import { checkCells } from './layouts/cell-checks.js';
import { importLayout } from './layouts/read.js';
import { parseReadme } from './parse.js';
import { importReadme } from './readme.js';
import { DEFAULT_MAIN_MARKERS } from './zone.js';

export interface AnyImport {
  list: PaperList;
  problems: Problem[];
  /** The layout that renders the list as the README shows it; undefined: the default tables. */
  layout?: LayoutSettings;
}

export function importAny(
  text: string,
  file: string,
  options: { markers?: MarkerPair } = {},
): AnyImport {
  // A README saved with CRLF reads as with `\n` (the same lines), so no kept text holds a `\r`.
  const markdown = toLf(text);
  const markers = options.markers ?? DEFAULT_MAIN_MARKERS;
  // Both importers read the same tree: the README is parsed once, or refused past a bound.
  const { tree, refused } = parseReadme(markdown, file);
  if (refused) return { list: { sections: [] }, problems: [refused] };
  const read = importLayout(markdown, file, { markers, tree });
  // Only a README with table rows can be in the default table layout.
  const layoutRead = () => {
    const checked = checkCells(read, tree!, markdown, file, markers);
    return { list: checked.list, problems: checked.problems, layout: read.layout };
  };
  if (!/^ {0,3}\|/m.test(markdown)) return layoutRead();
  const tables = importReadme(markdown, file, { markers, tree });
  const count = (list: PaperList) => list.sections.reduce((n, s) => n + s.papers.length, 0);
  // The table importer reports each row it cannot read, so when it read any table it is kept: it
  // then reads at least as much, or exits with a problem for each row it could not.
  const rows = count(tables.list);
  if (rows > 0 && (rows >= read.entries || tables.problems.length > 0)) return tables;
  return layoutRead();
}
