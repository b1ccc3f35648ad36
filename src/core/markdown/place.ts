// Positions of nodes read from one line, in the shape remark gives them: 1-based line and column
// (counted in UTF-16 units, as remark counts) and 0-based offset into the whole text.
import type { Position } from 'unist';

/** The line a reader works on: its 1-based number and the offset of its first character. */
export interface Place {
  line: number;
  lineStart: number;
}

export function placeOf(place: Place, start: number, end: number): Position {
  return {
    start: { line: place.line, column: start - place.lineStart + 1, offset: start },
    end: { line: place.line, column: end - place.lineStart + 1, offset: end },
  };
}
