// The optional table-of-contents zone: a nested list linking every heading of the generated list
// (categories, then their sections, at whatever levels the layout writes them), with the anchors
// GitHub gives them in this README.
import { escapeCell } from '../../render/escape.js';
import { readHeadings } from './headings.js';

/**
 * The zone's content for `readme` (whose list is already rendered) given where the list is (`from`..
 * `to`, offsets of the main zone's content): the highest heading level of the zone at the left, each
 * deeper level indented under it.
 */
export function renderToc(readme: string, from: number, to: number): string {
  const headings = readHeadings(readme).filter((h) => h.offset >= from && h.offset < to);
  const levels = [...new Set(headings.map((h) => h.level))].sort((a, b) => a - b);
  return headings
    .map((h) => {
      const indent = '  '.repeat(levels.indexOf(h.level));
      return `${indent}- [${escapeCell(h.text)}](#${encodeURI(h.slug)})`;
    })
    .join('\n');
}
