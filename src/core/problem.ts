// A problem found in some input: where it is, what is wrong, and how to fix it. Every error that
// paperlist reports to a person is one of these, so messages look the same everywhere.

import { FIELD_SHOWN, MESSAGE_SHOWN } from './limits/bounds.js';
import { capProblems, cutMiddle, moreProblems } from './limits/problems.js';

export interface Problem {
  /** File the problem is in (as the user named it), if any. */
  file?: string;
  /** 1-based line and column, when known. */
  line?: number;
  column?: number;
  /** The field concerned: a data path such as `EEN Design[2].year`, a setting, or a form field id. */
  field?: string;
  /** What is wrong, one sentence. */
  message: string;
  /** How to fix it, one sentence. */
  hint?: string;
  /** Issue numbers the message itself refers to (`#12`): linked in comments, unlike issue text. */
  refs?: number[];
}

/**
 * `file:line:col: field: message (hint)` — the shape editors and CI logs recognise. A path or
 * message that echoes a huge input (a path thousands of `[0]` long) is cut to a readable length.
 */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line, p.line !== undefined ? p.column : undefined]
    .filter((x) => x !== undefined && x !== '')
    .join(':');
  const head = where ? `${cutMiddle(where, FIELD_SHOWN)}: ` : '';
  const field = p.field ? `${cutMiddle(p.field, FIELD_SHOWN)}: ` : '';
  const hint = p.hint ? ` (${cutMiddle(p.hint, MESSAGE_SHOWN)})` : '';
  return `${head}${field}${cutMiddle(p.message, MESSAGE_SHOWN)}${hint}`;
}

/**
 * Thrown by a flow when input cannot be used (core steps return a `Result` instead); carries every
 * problem found, not just the first. The action's entry reports it as annotations.
 */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    const { shown, more } = capProblems(problems);
    super([...shown.map(formatProblem), ...(more > 0 ? [moreProblems(more)] : [])].join('\n'));
    this.name = 'InputError';
  }
}
