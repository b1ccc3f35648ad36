// The one problem a reader reports when its input passes a bound: where, what was passed, and what
// is normal, in the same words for every reader ("lists nested 800 levels deep; paperlist reads at
// most 32 (a README nests ...)").

import type { Problem } from '../problem.js';
import type { Bound } from './bounds.js';

/** `12345678` -> `12,345,678`, fixed to English grouping so messages read the same everywhere. */
export function grouped(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+$)/gu, ',');
}

export interface Passed {
  file?: string | undefined;
  /** 1-based line where the bound is passed, when there is one. */
  line?: number;
  /** What was found, such as "lists nested 800 levels deep". */
  found: string;
  bound: Bound;
  /** What paperlist reads, such as "at most 32 levels" (default: "at most <max> <unit>"). */
  reads?: string;
}

/** The refusal as a problem; its hint says what is normal and how to get under the bound. */
export function refusal({ file, line, found, bound, reads }: Passed): Problem {
  const problem: Problem = {
    message: `${found}; paperlist reads ${reads ?? `at most ${grouped(bound.max)} ${bound.unit}`}`,
    hint: `${bound.normal}; ${bound.fix}`,
  };
  if (file !== undefined) problem.file = file;
  if (line !== undefined) problem.line = line;
  return problem;
}
