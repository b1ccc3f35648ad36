// The words for hand edits: one line per adoption, put-back and overridden edit, for the commit
// message, the step summary, the CLI's output and a pull request check. Values from the README
// are shown as code, so nothing a person typed becomes a link or a mention. What the list shows is
// named as the list shows it: a table's rows, a bullet list's entries (../settings/words.ts).
import { SHAPE_FIELD } from '../render/layouts/zone.js';
import type { ListWords } from '../settings/words.js';
import type { FieldValue, HandEdits } from './types.js';

const shown = (v: FieldValue): string =>
  v === undefined
    ? 'nothing'
    : typeof v === 'string'
      ? JSON.stringify(v)
      : v.length === 0
        ? 'no links'
        : v.map((l) => `${l.label} ${l.url}`).join(', ');

/** One line per hand edit, without list markers: what it is and what the refresh does with it. */
export function describeHandEdits(edits: HandEdits, dataFile: string, words: ListWords): string[] {
  const lines: string[] = [];
  // A new row becomes an entry of the data file; a new entry simply goes into it.
  const adopted =
    words.entry === 'row' ? `adopted as an entry of ${dataFile}` : `adopted into ${dataFile}`;
  for (const a of edits.adoptions) {
    if (a.kind === 'added' && a.moved !== undefined) continue; // said as a move
    if (a.kind === 'edited' && a.field === SHAPE_FIELD) {
      lines.push(
        a.to === undefined
          ? `"${a.title}" in "${a.section}" is written like the other ${words.entries} again (README line ${a.line}): its own template is removed from ${dataFile}`
          : `"${a.title}" in "${a.section}" is written unlike the other ${words.entries} (README line ${a.line}): the way it is written is kept in ${dataFile} as its own template`,
      );
      continue;
    }
    lines.push(
      a.kind === 'added'
        ? `new ${words.entry} "${a.paper.title}" in "${a.section}" (README line ${a.line}): ${adopted}`
        : `${a.field} of "${a.title}" in "${a.section}" changed from ${shown(a.from)} to ${shown(a.to)} (README line ${a.line}): adopted into ${dataFile}`,
    );
  }
  for (const w of edits.dataWins) {
    lines.push(
      w.field === 'entry'
        ? `"${w.title}" in "${w.section}" was removed from ${dataFile} by the same change; the edit of its ${words.entry} (README line ${w.line}) is not kept`
        : `${w.field} of "${w.title}" in "${w.section}": the README says ${shown(w.readme)}, ${dataFile} says ${shown(w.data)} (README line ${w.line}): ${dataFile} wins`,
    );
  }
  for (const m of edits.moved) {
    lines.push(
      `"${m.title}" in "${m.section}" was moved by hand (README line ${m.line}): the list keeps the order of ${dataFile}, so it goes back (move it in ${dataFile} to reorder the list)`,
    );
  }
  lines.push(...structureLines(edits, dataFile, words));
  for (const p of edits.putBack) {
    lines.push(
      `"${p.title}" in "${p.section}" is gone from the README but still in ${dataFile}: put back (remove it from ${dataFile} to delete it)`,
    );
  }
  return lines;
}

const lineOf = (line: number | undefined) => (line === undefined ? '' : ` (README line ${line})`);

/** Deletions, moves, sections added, renamed or removed, and lines kept as text. */
function structureLines(edits: HandEdits, dataFile: string, words: ListWords): string[] {
  const lines: string[] = [];
  for (const s of edits.sections) {
    lines.push(
      s.kind === 'added'
        ? `new section "${s.name}" under "${s.category}"${lineOf(s.line)}: added to ${dataFile}`
        : s.kind === 'moved'
          ? `section "${s.name}" was moved by hand${lineOf(s.line)}: moved in ${dataFile} too`
          : s.kind === 'renamed'
            ? `section "${s.from}" renamed "${s.name}"${lineOf(s.line)}: renamed in ${dataFile}, its ${words.entries} with it`
            : `section "${s.name}" is gone from the README with all its ${words.entries}: removed from ${dataFile}`,
    );
  }
  const moved = new Set(edits.movedTo.map((m) => `${m.from}\n${m.title}`));
  for (const d of edits.deleted) {
    if (moved.has(`${d.section}\n${d.title}`)) continue; // said as a move
    const was = d.line === undefined ? '' : ` (README line ${d.line} before the change)`;
    lines.push(
      `"${d.title}" in "${d.section}" was deleted by hand${was}: removed from ${dataFile}`,
    );
  }
  for (const m of edits.movedTo) {
    lines.push(
      m.from === m.to
        ? `"${m.title}" in "${m.to}" was moved by hand${lineOf(m.line)}: moved in ${dataFile} too`
        : `"${m.title}" was moved from "${m.from}" to "${m.to}"${lineOf(m.line)}: moved in ${dataFile}`,
    );
  }
  if (edits.layout !== undefined) {
    lines.push(
      `the README's structure changed (headings, their levels, the text between sections): the layout in ${edits.layout} is rewritten to write it as it is now`,
    );
  }
  for (const k of edits.kept) {
    const what = k.message.replace(/; it is kept as written$/, '');
    lines.push(`README line ${k.line ?? '?'}: ${what}: kept where it stands, as written`);
  }
  return lines;
}
