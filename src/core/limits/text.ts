// The size bound, checked before anything else is read: a length comparison, then (only when the
// bound is passed) one count of line breaks to say where.

import type { Problem } from '../problem.js';
import type { Bound } from './bounds.js';
import { grouped, refusal } from './refusal.js';

/** 1-based line of the character at `offset`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * One problem when `text` is longer than `bound` allows, else undefined. `what` names the text in
 * the message: "the data file", "the issue body".
 */
export function checkTextBounds(
  text: string,
  file: string | undefined,
  bound: Bound,
  what = 'the file',
): Problem | undefined {
  if (text.length <= bound.max) return undefined;
  return refusal({
    file,
    line: lineAt(text, bound.max),
    found: `${what} has ${grouped(text.length)} ${bound.unit}, past the limit at this line`,
    bound,
  });
}
