// The words for hand edits: one line per adoption, put-back and overridden edit, for the commit
// message, the step summary, the CLI's output and a pull request check. Values from the README
// are shown as code, so nothing a person typed becomes a link or a mention.
import type { FieldValue, HandEdits } from './types.js';

const shown = (v: FieldValue): string =>
  v === undefined
    ? 'nothing'
    : typeof v === 'string'
      ? JSON.stringify(v)
      : v.length === 0
        ? 'no links'
        : v.map((l) => `${l.label} ${l.url}`).join(', ');

/** One line per hand edit, without list markers. */
export function describeHandEdits(edits: HandEdits, dataFile: string): string[] {
  const lines: string[] = [];
  for (const a of edits.adoptions) {
    lines.push(
      a.kind === 'added'
        ? `added "${a.paper.title}" to "${a.section}" (README line ${a.line})`
        : `${a.field} of "${a.title}" in "${a.section}": ${shown(a.from)} -> ${shown(a.to)} (README line ${a.line})`,
    );
  }
  for (const w of edits.dataWins) {
    lines.push(
      w.field === 'entry'
        ? `"${w.title}" in "${w.section}" was removed from ${dataFile} by the same change; the edit of its row (README line ${w.line}) was not kept`
        : `${w.field} of "${w.title}" in "${w.section}": the README says ${shown(w.readme)}, ${dataFile} says ${shown(w.data)}; ${dataFile} wins (README line ${w.line})`,
    );
  }
  for (const p of edits.putBack) {
    lines.push(
      `"${p.title}" in "${p.section}" was removed from the README by hand but is still in ${dataFile}; it was put back (remove it from ${dataFile} to delete it)`,
    );
  }
  return lines;
}
