// The data file an import prints must be one `validate` accepts. A README cell can hold what the data
// file refuses (a year "24", a `javascript:` or relative link, a URL with a password), so the
// imported list is checked by the data file's own loader, and each problem is pointed back at the
// README cell (or row, or section heading) it came from.
import { loadData } from '../data/load.js';
import { serializeData } from '../data/serialize.js';
import type { Problem } from '../problem.js';
import type { PaperList } from '../types.js';
import type { Where } from './materials.js';
import type { RowOrigin } from './row.js';

export interface ImportOrigins {
  /** One per imported paper. */
  rows: RowOrigin[];
  /** The `### Section` heading each section was first read from. */
  headings: Map<string, Where>;
}

/**
 * The problems `validate` would report for `list` written as a data file, located in the README
 * `file`. A field the import already reported (`reported`) is not reported a second time.
 */
export function checkImported(
  list: PaperList,
  origins: ImportOrigins,
  file: string,
  reported: readonly Problem[],
): Problem[] {
  const loaded = loadData(serializeData(list), file);
  if (loaded.ok) return [];
  const { problems } = loaded;
  // The import reports what it can word better for a README (an empty heading, a section outside
  // any category), so a field it reported is not reported again. The only problem the data file
  // can have without a field, an empty section name, is one of those.
  const seen = new Set(reported.map((p) => p.field ?? ''));
  const rows = new Map(origins.rows.map((o) => [`${o.section}[${o.index}]`, o]));
  const out: Problem[] = [];
  for (const problem of problems) {
    if (seen.has(problem.field ?? '')) continue;
    // The data file's line and column mean nothing to someone holding only the README.
    const place = problem.field === undefined ? undefined : locate(problem.field, rows, origins);
    out.push({
      file,
      ...(place ?? {}),
      ...(problem.field !== undefined ? { field: problem.field } : {}),
      message: problem.message,
      ...(problem.hint !== undefined ? { hint: problem.hint } : {}),
    });
  }
  return out;
}

/** Where in the README the data at `field` (`Sec[2].links.PDF`, `Sec.category`) was read from. */
function locate(
  field: string,
  rows: Map<string, RowOrigin>,
  origins: ImportOrigins,
): Where | undefined {
  // The paper: the longest `...[N]` prefix that names an imported row (a section name may itself
  // hold brackets or dots).
  let origin: RowOrigin | undefined;
  let rest = '';
  for (const match of field.matchAll(/\[\d+\]/g)) {
    const end = match.index + match[0].length;
    const next = field[end];
    const found = rows.get(field.slice(0, end));
    if (found && (next === undefined || next === '.')) {
      origin = found;
      rest = field.slice(end + 1);
    }
  }
  if (origin) {
    if (rest.startsWith('links.')) {
      return (
        origin.links.get(rest.slice('links.'.length)) ?? origin.cells.get('links') ?? origin.row
      );
    }
    return (rest === '' ? undefined : origin.cells.get(rest)) ?? origin.row;
  }
  // A section's own field: its heading.
  for (let end = field.length; end > 0; end = field.lastIndexOf('.', end - 1)) {
    const heading = origins.headings.get(field.slice(0, end));
    if (heading) return heading;
  }
  return undefined;
}
