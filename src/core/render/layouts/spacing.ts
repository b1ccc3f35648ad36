// Spaces an entry writes at the end of its lines (and on its blank lines): invisible on the page,
// kept so the README comes back byte for byte. The importer takes them out of the entry's template
// (so entries that differ only by them share one) and keeps them in one field, `spacing`: per line
// of the entry, what follows its last visible character.
import type { Paper } from '../../types.js';
import { withPadding } from './padding.js';

export const SPACING_FIELD = 'spacing';

/**
 * The entry's spacing, when it has any: a list, one string of spaces and tabs per line (a single
 * string is a template's own field of that name, which the template writes itself).
 */
export function spacingOf(paper: Paper): string[] | undefined {
  const value = Object.hasOwn(paper.extra, SPACING_FIELD) ? paper.extra[SPACING_FIELD] : undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && /^[ \t]*$/.test(v))) {
    return undefined;
  }
  return value as string[];
}

/**
 * `text` (an entry as its template writes it) with the entry's spaces at its lines' ends, and a
 * table row's with the padding around its cells typed its own way (see padding.ts).
 */
export function withSpacing(written: string, paper: Paper): string {
  const text = withPadding(written, paper);
  const spacing = spacingOf(paper);
  if (!spacing) return text;
  const lines = text.split('\n');
  return lines.map((line, k) => line + (spacing[k] ?? '')).join('\n');
}

/**
 * `text` without spaces at its lines' ends, and those spaces per line (trailing empty ones left
 * out; none at all: an empty list).
 */
export function splitSpacing(text: string): { text: string; spacing: string[] } {
  const spacing: string[] = [];
  const lines = text.split('\n').map((line) => {
    const m = /[ \t]*$/.exec(line)!;
    spacing.push(m[0]);
    return line.slice(0, m.index);
  });
  while (spacing.length > 0 && spacing[spacing.length - 1] === '') spacing.pop();
  return { text: lines.join('\n'), spacing };
}
