// The text of one paper field as the renderer sees it, for table cells and sort keys.
import type { Paper } from '../types.js';

/**
 * The plain text of `field` for `paper`: `title`, `abbr`, `venue`, `year`, or an extra field
 * (strings, numbers and booleans as written; lists joined with `, `). Undefined when missing.
 * `links` has no plain text; the table renders it separately.
 */
export function fieldText(paper: Paper, field: string): string | undefined {
  switch (field) {
    case 'title':
      return paper.title;
    case 'abbr':
      return paper.abbr;
    case 'venue':
      return paper.venue;
    case 'year':
      return paper.year;
    case 'links':
      return undefined;
    default:
      return Object.hasOwn(paper.extra, field) ? extraText(paper.extra[field]) : undefined;
  }
}

function extraText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.map(extraText).filter((x): x is string => x !== undefined);
    return items.length > 0 ? items.join(', ') : undefined;
  }
  return undefined;
}
