// The main zone as the layout importer reads it (the reader `paperlist init` uses): its sections,
// entries and the layout that writes them back, with each entry's README line and the lines that
// are no entry (kept as written, as text of the layout). This is the README's side of a hand edit
// that changed the list's structure: new, renamed, removed or moved headings, notes, deletions.
import { importLayout } from '../../import/layouts/read.js';
import { collect } from '../../import/layouts/collect.js';
import { startOf } from '../../import/layouts/inline.js';
import { lineStarts } from '../../import/layouts/paragraph.js';
import { parseMarkdown } from '../../markdown/parse.js';
import type { Problem } from '../../problem.js';
import type { LayoutSettings } from '../../settings/layout.js';
import type { MarkerPair } from '../../settings/types.js';
import type { Paper, PaperList } from '../../types.js';

export interface ReadZone {
  list: PaperList;
  layout: LayoutSettings;
  /** README line of each paper of `list` (absent when it cannot be told). */
  lines: Map<Paper, number>;
  /** README line of each section's heading, when it has one. */
  headingLines: Map<string, number>;
  /** Lines that are not entries: kept as written, each reported (prose as well: a person typed it). */
  kept: Problem[];
  /** The zone's text. */
  zoneText: string;
}

/** Reads the zone between `markers` of `readme` (line breaks `\n`); undefined when it holds no entry. */
export function readZone(readme: string, markers: MarkerPair, file: string): ReadZone | undefined {
  const read = importLayout(readme, file, { markers });
  if (!read.zone.marked || read.entries === 0 || !read.data) return undefined;
  const list = read.data.loaded.value;
  const { lines, headingLines } = entryLines(readme, read.zone, list);
  const zoneText = readme.slice(read.zone.start, read.zone.end);
  return { list, layout: read.layout, lines, headingLines, kept: read.texts, zoneText };
}

/**
 * The lines of the zone's entries, in README order: the importer lists sections and entries in the
 * order they are written, so the n-th entry read is the n-th paper of the list.
 */
function entryLines(readme: string, zone: { start: number; end: number }, list: PaperList) {
  const tree = parseMarkdown(readme);
  const inside = tree.children.filter((n) => startOf(n) >= zone.start && startOf(n) < zone.end);
  const { items } = collect(inside, readme, lineStarts(readme), zone.end);
  const entryItems = items.flatMap((i) => (i.type === 'entry' ? [i.entry.line] : []));
  const papers = list.sections.flatMap((s) => s.papers);
  const lines = new Map<Paper, number>();
  if (entryItems.length === papers.length) papers.forEach((p, i) => lines.set(p, entryItems[i]!));
  const headingLines = new Map<string, number>();
  const headings = items.flatMap((i) => (i.type === 'heading' ? [i] : []));
  for (const section of list.sections) {
    const shown = section.heading ?? section.name;
    const h =
      headings.find((x) => x.text.trim() === shown) ??
      headings.find((x) => x.source.includes(shown));
    if (h) headingLines.set(section.name, h.line);
  }
  return { lines, headingLines };
}
