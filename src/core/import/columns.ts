// Which column of a table holds which paper field, found by header text so lists with other column
// orders or header words import too.
import type { Problem } from '../problem.js';

export type KnownField = 'title' | 'abbr' | 'venue' | 'year' | 'links';

/**
 * Header words (lower case) for each known field. A Map, not an object: header text is the user's,
 * and `constructor` or `__proto__` must not find Object.prototype's members.
 */
const HEADERS: ReadonlyMap<string, KnownField> = new Map([
  ['title', 'title'],
  ['abbreviation', 'abbr'],
  ['abbr', 'abbr'],
  ['venue', 'venue'],
  ['year', 'year'],
  ['materials', 'links'],
  ['links', 'links'],
  ['resources', 'links'],
]);

/** Per column: a known field, or the key an unknown column's text is kept under in `extra`. */
export type Column =
  { kind: 'known'; field: KnownField } | { kind: 'extra'; key: string } | { kind: 'skip' };

export interface ColumnMap {
  columns: Column[];
  problems: Problem[];
}

/** Maps header cells to fields; a repeated or unnamed column is reported and skipped. */
export function mapColumns(
  headers: string[],
  where: { file: string; line: number; columns: number[] },
): ColumnMap {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  const columns = headers.map((header, i): Column => {
    const name = header.trim().toLowerCase();
    // `Abbr.` or `Year:` name a known field as surely as `Abbr` or `Year`; kept as an extra key,
    // the data file writer would drop it (it never writes a known field from `extra`).
    const known = HEADERS.get(name) ?? HEADERS.get(extraKey(name));
    const key = known ?? extraKey(name);
    if (key === '') {
      problems.push({
        file: where.file,
        line: where.line,
        column: where.columns[i],
        message: `column ${i + 1} has no header; it was not imported`,
        hint: 'give the column a header such as "Authors" to keep it',
      });
      return { kind: 'skip' };
    }
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        file: where.file,
        line: where.line,
        column: where.columns[i],
        message: `column ${i + 1} "${header.trim()}" repeats column ${first + 1}; it was not imported`,
        hint: 'keep one column per field',
      });
      return { kind: 'skip' };
    }
    seen.set(key, i);
    return known ? { kind: 'known', field: known } : { kind: 'extra', key };
  });
  return { columns, problems };
}

/** `Code Link` -> `code-link`: the kebab-case key an extra column is stored under. */
function extraKey(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}
