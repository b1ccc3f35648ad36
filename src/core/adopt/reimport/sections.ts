// The sections' side of a hand edit read from the README: a heading of no data section is a new
// section (under the category it was typed under), or the new name of a data section whose entries
// went under it (a rename: its entries follow, and none of them is said to have moved); a data
// section whose heading is gone with all its entries is removed.
import type { PaperList, Section } from '../../types.js';
import type { HandEdits } from '../types.js';
import type { DataEntry } from './reconcile.js';
import type { ReadZone } from './zone.js';

export function sectionChanges(
  list: PaperList,
  data: PaperList,
  base: PaperList | undefined,
  held: readonly DataEntry[],
  read: ReadZone,
  edits: HandEdits,
): void {
  const dataNames = new Set(data.sections.map((s) => s.name));
  const shownNames = new Set(read.list.sections.map((s) => s.name));
  const renamed = new Set<string>();
  for (const s of read.list.sections) {
    if (dataNames.has(s.name)) continue;
    const from = renamedFrom(s.name, held, shownNames, renamed, base);
    const line = read.headingLines.get(s.name);
    if (from !== undefined) {
      renamed.add(from);
      edits.movedTo = edits.movedTo.filter((m) => !(m.from === from && m.to === s.name));
      edits.sections.push({
        kind: 'renamed',
        name: s.name,
        from,
        category: s.category,
        ...at(line),
      });
    } else {
      edits.sections.push({ kind: 'added', name: s.name, category: s.category, ...at(line) });
    }
  }
  for (const d of data.sections) {
    if (shownNames.has(d.name) || renamed.has(d.name)) continue;
    if (list.sections.some((s) => s.name === d.name)) continue; // kept: the data file holds more
    // A heading left without entries (they were all moved or deleted) keeps its section; one
    // that now heads other sections (as their category) is no longer this section's.
    const shown = d.heading ?? d.name;
    const heads = read.list.sections.some((s) => s.category === shown);
    if (!heads && headingShown(read.zoneText, shown)) {
      keepEmpty(list, data, d);
      continue;
    }
    edits.sections.push({ kind: 'removed', name: d.name, category: d.category });
  }
  movedSections(list, data, read, renamedTo(edits), edits);
}

/** New name -> old name of the sections renamed. */
function renamedTo(edits: HandEdits): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of edits.sections) if (s.kind === 'renamed' && s.from) out.set(s.name, s.from);
  return out;
}

/**
 * Sections whose heading was moved among the others: the data file's sections follow the README's
 * order; each section that now stands before one it followed is said once.
 */
function movedSections(
  list: PaperList,
  data: PaperList,
  read: ReadZone,
  renamed: Map<string, string>,
  edits: HandEdits,
): void {
  const order = new Map(data.sections.map((s, i) => [s.name, i]));
  let last = -1;
  for (const s of list.sections) {
    const was = order.get(renamed.get(s.name) ?? s.name);
    if (was === undefined) continue;
    if (was < last) {
      const line = read.headingLines.get(s.name);
      edits.sections.push({ kind: 'moved', name: s.name, category: s.category, ...at(line) });
    }
    last = Math.max(last, was);
  }
}

function headingShown(zone: string, name: string): boolean {
  return zone
    .split('\n')
    .some((l) => /^#{1,6}\s/.test(l) && l.replace(/^#+\s+|\s+#*\s*$/g, '') === name);
}

/** `d`, without papers, placed after the section before it in the data file. */
function keepEmpty(list: PaperList, data: PaperList, d: Section): void {
  const i = data.sections.indexOf(d);
  const prior = data.sections
    .slice(0, i)
    .reverse()
    .find((p) => list.sections.some((s) => s.name === p.name));
  const at = prior ? list.sections.findIndex((s) => s.name === prior.name) + 1 : 0;
  list.sections.splice(at, 0, { ...d, papers: [] });
}

const at = (line: number | undefined) => (line === undefined ? {} : { line });

/**
 * The data section `name` renames: one no longer shown, that was rendered before (when known),
 * and whose entries went under `name` more than anywhere else.
 */
function renamedFrom(
  name: string,
  held: readonly DataEntry[],
  shownNames: ReadonlySet<string>,
  renamed: ReadonlySet<string>,
  base: PaperList | undefined,
): string | undefined {
  const counts = new Map<string, number>();
  for (const e of held) {
    const from = e.section.name;
    if (e.to !== name || shownNames.has(from) || renamed.has(from)) continue;
    if (base && !base.sections.some((s) => s.name === from)) continue;
    counts.set(from, (counts.get(from) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [from, n] of counts) {
    const total = held.filter((e) => e.section.name === from).length;
    if (2 * n >= total && (best === undefined || n > (counts.get(best) ?? 0))) best = from;
  }
  return best;
}
