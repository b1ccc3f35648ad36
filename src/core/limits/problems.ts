// Caps on problem output: a report lists the first problems and says how many more there are, and
// a field path or message that echoes a huge input is cut to a readable length. Every place that
// shows problems (the CLI, the action's log and step summary, comments) goes through these.

import type { Problem } from '../problem.js';
import { PROBLEMS_SHOWN } from './bounds.js';
import { grouped } from './refusal.js';

/** The first `max` problems and how many were left out. */
export function capProblems(
  problems: readonly Problem[],
  max = PROBLEMS_SHOWN,
): { shown: Problem[]; more: number } {
  const shown = problems.slice(0, max);
  return { shown, more: problems.length - shown.length };
}

/** The line that stands for the problems left out. */
export function moreProblems(more: number): string {
  return `… and ${grouped(more)} more problem${more === 1 ? '' : 's'}, shown once the ones above are fixed`;
}

/**
 * `text` when it has at most `max` characters, else its start and end around `…`, so both the
 * beginning of a path and the part that names the place stay visible. Never splits a surrogate pair.
 */
export function cutMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const keep = Math.max(2, max - 1);
  let head = Math.ceil(keep / 2);
  let tail = text.length - Math.floor(keep / 2);
  if (isLowSurrogate(text.charCodeAt(head))) head--;
  if (isLowSurrogate(text.charCodeAt(tail))) tail++;
  return `${text.slice(0, head)}…${text.slice(tail)}`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
