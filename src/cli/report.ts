// Writes problems to stderr, one formatted line each.
import { formatProblem, type Problem } from '../core/problem.js';
import type { CliIo } from './io.js';

export function reportProblems(io: CliIo, problems: Problem[]): void {
  for (const problem of problems) io.stderr(`${formatProblem(problem)}\n`);
}
