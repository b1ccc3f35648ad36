// Finds the hand edits in the README's main zone: each row is compared with the rows the data
// renders (and, when known, the rows the data rendered before the change being refreshed, so that
// a row the data file changed is not mistaken for a hand edit). A row that differs is read back
// with the importer and matched to its paper; what differs cell by cell is an edit, and a row of no
// paper is a new entry (placed where it was typed when the list keeps file order, ./place.ts).
import { findZone } from '../render/zones.js';
import type { Settings } from '../settings/types.js';
import { TABLE_WORDS } from '../settings/words.js';
import type { PaperList } from '../types.js';
import { compareCells } from './cells.js';
import { findLayoutHandEdits } from './layout/compare.js';
import { keepsFileOrder, movedRows, readInOrder, type Place } from './place.js';
import { readHandRow } from './read-row.js';
import {
  removedPapers,
  renderedRows,
  repeatedPaper,
  samePaper,
  unseen,
  type RenderedRows,
} from './rendered.js';
import { scanZone, type ZoneRow } from './scan.js';
import { noHandEdits, type HandEdits } from './types.js';

export interface AdoptInput {
  /** The README as it is. */
  readme: string;
  /** The data as it is. */
  list: PaperList;
  settings: Settings;
  /** The README's name, for problems. */
  file: string;
  /**
   * The data the README was last rendered from (the data before the change being refreshed). With
   * it, a cell a person changed is adopted unless the data changed that field too. Without it, the
   * direction of a difference is unknown, so the data file wins on every field (and it is said).
   */
  base?: PaperList;
}

export function findHandEdits(input: AdoptInput): HandEdits {
  const { readme, list, settings, file, base } = input;
  if (settings.layout !== undefined) return findLayoutHandEdits(input, settings.layout);
  const zone = findZone(readme, settings.markers.main, file);
  if (!zone.ok) return noHandEdits();
  const names = [...list.sections, ...(base?.sections ?? [])].map((s) => s.name);
  const scanned = scanZone(readme, zone.value, names, settings, file);
  // An empty zone is a README rendered for the first time, not a list whose rows were all removed.
  if (scanned.rows.length === 0) return { ...noHandEdits(), unreadable: scanned.strays };

  const now = renderedRows(list, settings);
  const before = base ? renderedRows(base, settings) : undefined;
  const edits: HandEdits = { ...noHandEdits(), unreadable: scanned.strays };
  const seen = new Map<string, Set<number>>(list.sections.map((s) => [s.name, new Set()]));
  const changed = new Set<ZoneRow>();
  const placed = new Map<ZoneRow, number>();
  for (const row of scanned.rows) {
    if (row.section === undefined) continue; // its heading is reported already
    const taken = seen.get(row.section) ?? new Set<number>();
    const current = now.get(row.section)?.find((r) => r.text === row.text && !taken.has(r.index));
    if (current) {
      taken.add(current.index);
      placed.set(row, current.index);
      continue;
    }
    // The row as the data rendered before: the data file changed (or removed) this paper since.
    const old = before?.get(row.section)?.find((r) => r.text === row.text);
    if (old) {
      const match = unseen(now.get(row.section), taken, old.paper);
      if (match) taken.add(match.index);
      if (match) placed.set(row, match.index);
      continue;
    }
    changed.add(row);
  }
  const shown = readInOrder(scanned.rows, placed, changed, (row, after) =>
    readChanged(row, after, input, now, before, seen, edits),
  );
  if (keepsFileOrder(input.settings)) {
    edits.moved = movedRows(shown, (name) => now.get(name), before && ((name) => before.get(name)));
  }
  edits.putBack = removedPapers(now, before && ((name) => before.get(name)), seen);
  return edits;
}

/**
 * Reads a row that differs from every row the data renders: an edit of its paper, or a new paper
 * to go after index `after` of its section. Gives back the row's place in the data, if it has one.
 */
function readChanged(
  row: ZoneRow,
  after: number,
  input: AdoptInput,
  now: RenderedRows,
  before: RenderedRows | undefined,
  seen: Map<string, Set<number>>,
  edits: HandEdits,
): Place | undefined {
  const section = row.section as string;
  const read = readHandRow(row.text, row.line, section, input.settings, input.file);
  if ('problems' in read) {
    edits.unreadable.push(...read.problems);
    return undefined;
  }
  const taken = seen.get(section) ?? new Set<number>();
  seen.set(section, taken);
  const match = unseen(now.get(section), taken, read.paper);
  if (match) {
    taken.add(match.index);
    const was = before
      ? (unseen(before.get(section), new Set(), match.paper)?.paper ?? match.paper)
      : undefined;
    compareCells(section, row.line, match, was, read.paper, input.settings, edits);
    return { paper: match.index };
  }
  const twin = (now.get(section) ?? []).find((r) => samePaper(r.paper, read.paper));
  if (twin) {
    edits.unreadable.push(
      repeatedPaper({ file: input.file, line: row.line }, twin.paper.title, section, TABLE_WORDS),
    );
    return undefined;
  }
  const removed = before?.get(section)?.find((r) => samePaper(r.paper, read.paper));
  if (removed) {
    edits.dataWins.push({
      section,
      title: removed.paper.title,
      field: 'entry',
      readme: read.paper.title,
      data: undefined,
      line: row.line,
    });
    return undefined;
  }
  const place = keepsFileOrder(input.settings) ? { after } : {};
  edits.adoptions.push({ kind: 'added', section, paper: read.paper, line: row.line, ...place });
  return { after };
}
