// The optional table-of-contents zone: a nested list linking every category and section heading of
// the generated tables, with the anchors GitHub gives them in this README.
import { escapeCell } from '../../render/escape.js';
import { readHeadings } from './headings.js';

/**
 * The zone's content for `readme` (whose tables are already rendered) given where the tables are
 * (`from`..`to`, offsets of the main zone's content): `## category` headings as top items, `###
 * section` headings nested under them.
 */
export function renderToc(readme: string, from: number, to: number): string {
  const lines: string[] = [];
  for (const h of readHeadings(readme)) {
    if (h.offset < from || h.offset >= to || (h.level !== 2 && h.level !== 3)) continue;
    const indent = h.level === 3 && lines.some((l) => !l.startsWith(' ')) ? '  ' : '';
    lines.push(`${indent}- [${escapeCell(h.text)}](#${encodeURI(h.slug)})`);
  }
  return lines.join('\n');
}
