// The bounds of a Markdown text, checked before it is parsed: its size, then (from one scan, see
// ./markdown-scan.ts) the nesting of block quotes and lists, table widths and cells, and emphasis
// markers. One problem for the first bound passed, naming the line; undefined when all hold.

import type { Problem } from '../problem.js';
import { BOUNDS, type Bound } from './bounds.js';
import { markdownShape, type MarkdownShape } from './markdown-scan.js';
import { grouped, refusal } from './refusal.js';
import { checkTextBounds } from './text.js';

export interface MarkdownBounds {
  chars: Bound;
  depth: Bound;
  columns: Bound;
  cells: Bound;
  blockMarkers: Bound;
  markers: Bound;
}

export const MARKDOWN_BOUNDS: MarkdownBounds = {
  chars: BOUNDS.markdownChars,
  depth: BOUNDS.markdownDepth,
  columns: BOUNDS.tableColumns,
  cells: BOUNDS.tableCells,
  blockMarkers: BOUNDS.inlineMarkersPerBlock,
  markers: BOUNDS.inlineMarkersAll,
};

/** What nests at the deepest point: "lists", "block quotes", or both. */
function containers(depth: MarkdownShape['depth']): string {
  if (depth.quotes === 0) return 'lists';
  return depth.quotes === depth.max ? 'block quotes' : 'lists and block quotes';
}

/** One problem when `text` passes a bound, else undefined. `what` names the text in messages. */
export function checkMarkdownBounds(
  text: string,
  file: string | undefined,
  bounds: MarkdownBounds = MARKDOWN_BOUNDS,
  what = 'the file',
): Problem | undefined {
  const size = checkTextBounds(text, file, bounds.chars, what);
  if (size) return size;
  const shape = markdownShape(text, { cells: bounds.cells.max, markers: bounds.markers.max });
  const { depth, columns, cells, blockMarkers, markers } = shape;
  if (depth.max > bounds.depth.max) {
    const found = `${containers(depth)} nested ${grouped(depth.max)} levels deep`;
    return refusal({ file, line: depth.line, found, bound: bounds.depth });
  }
  if (columns.max > bounds.columns.max) {
    const found = `a table row has ${grouped(columns.max)} cells`;
    return refusal({ file, line: columns.line, found, bound: bounds.columns });
  }
  if (cells.max > bounds.cells.max) {
    const found = `the tables have ${grouped(cells.max)} cells in all`;
    return refusal({ file, line: cells.line, found, bound: bounds.cells });
  }
  if (blockMarkers.max > bounds.blockMarkers.max) {
    const found = `a paragraph or table row has ${grouped(blockMarkers.max)} emphasis markers (*, _ or ~)`;
    return refusal({ file, line: blockMarkers.line, found, bound: bounds.blockMarkers });
  }
  if (markers.max > bounds.markers.max) {
    const found = `the text has ${grouped(markers.max)} emphasis markers (*, _ or ~)`;
    return refusal({ file, line: markers.line, found, bound: bounds.markers });
  }
  return undefined;
}
