// Writes problems to stderr, one formatted line each: the first ones, then how many more there are.
// `failWithProblems` also gives the exit code of bad input, so a command ends with one line.
import { capProblems, moreProblems } from '../core/limits/problems.js';
import { formatProblem, type Problem } from '../core/problem.js';
import { EXIT_INPUT } from './exit.js';
import type { CliIo } from './io.js';

export function reportProblems(io: CliIo, problems: Problem[]): void {
  const { shown, more } = capProblems(problems);
  for (const problem of shown) io.stderr(`${formatProblem(problem)}\n`);
  if (more > 0) io.stderr(`${moreProblems(more)}\n`);
}

/** Reports the problems and returns the exit code of bad input. */
export function failWithProblems(io: CliIo, problems: Problem[]): number {
  reportProblems(io, problems);
  return EXIT_INPUT;
}
