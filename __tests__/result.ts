// Reading a core `Result` in a test: the value of a success (a failure fails the test with its
// problems written out, which says more than "expected false to be true"), or a failure's problems
// in the `file:line:col: field: message (hint)` form people see, or everything a result reports.
import { formatProblem, type Problem } from '../src/core/problem.js';
import type { Result } from '../src/core/result.js';

/** The value of a success; throws with every problem, formatted, for a failure. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

/** The problems of a failure, formatted; none for a success. */
export function errorsOf(result: Result<unknown>): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** Every problem a result reports: a failure's problems, or a success's warnings. */
export function reportedOf(result: Result<unknown>): Problem[] {
  return result.ok ? (result.warnings ?? []) : result.problems;
}
