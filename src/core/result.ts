// The one shape of "a value, or every problem that stopped it" that every step checking input
// returns: reading the data file, the settings, the form, a README zone, applying a suggestion. A
// success may carry warnings (things worth saying that do not stop the run); a failure carries every
// problem found at once, so a person can fix them all in one go. Nothing in `core/` throws for bad
// input: the flows decide, at their edge, to stop with an `InputError`.
import type { Problem } from './problem.js';

export interface Success<T> {
  ok: true;
  value: T;
  /** Worth reporting, not stopping for; absent when there are none. */
  warnings?: Problem[];
}

export interface Failure {
  ok: false;
  /** Every problem found; never empty. */
  problems: Problem[];
  warnings?: Problem[];
}

/** The outcome of a step that checks input: a value, or every problem found. */
export type Result<T> = Success<T> | Failure;

/** A success, with its warnings when there are any. */
export function success<T>(value: T, warnings: Problem[] = []): Success<T> {
  return warnings.length > 0 ? { ok: true, value, warnings } : { ok: true, value };
}

/** A failure with every problem found (`problems` must not be empty), and its warnings if any. */
export function failure(problems: Problem[], warnings: Problem[] = []): Failure {
  return warnings.length > 0 ? { ok: false, problems, warnings } : { ok: false, problems };
}

/** The problems of a result: none for a success. */
export function problemsOf(result: Result<unknown>): Problem[] {
  return result.ok ? [] : result.problems;
}
