// Where a deleted entry stood: its line in the README as the data file rendered it before the change
// (the README around the zone as it is now), so a report of a deletion names the line a person
// removed, as every other hand edit names its line.
import { toLf } from '../line-endings.js';
import { layoutOf } from '../render/layouts/built-in.js';
import { renderReadme } from '../render/readme.js';
import { findZone } from '../render/zones.js';
import type { Settings } from '../settings/types.js';
import type { Paper, PaperList } from '../types.js';
import { withoutLeadingBlanks } from './layout/by-template.js';
import { renderedZone } from './layout/rendered.js';
import type { HandEdits } from './types.js';

/** Any fixed time: only the lines of the main zone are read. */
const NO_TIME = new Date(0);

/** Sets the former README line of each deleted entry of `edits` that `base` rendered. */
export function addFormerLines(
  edits: HandEdits,
  readme: string,
  base: PaperList,
  settings: Settings,
  file: string,
): void {
  if (edits.deleted.length === 0) return;
  const lines = formerLines(toLf(readme), base, settings, file);
  for (const d of edits.deleted) {
    const section = base.sections.find((s) => s.name === d.section);
    const paper = section?.papers.find((p) => p.title === d.title);
    const line = paper && lines.get(paper);
    if (line !== undefined) d.line = line;
  }
}

/**
 * The README line of each paper of `base` as rendered: each entry's first line, found in the zone
 * in rendering order (two entries written alike take their lines in turn).
 */
function formerLines(
  readme: string,
  base: PaperList,
  settings: Settings,
  file: string,
): Map<Paper, number> {
  const out = new Map<Paper, number>();
  const rendered = renderReadme(readme, base, settings, NO_TIME, file);
  if (!rendered.ok) return out;
  const zone = findZone(rendered.value, settings.markers.main, file);
  if (!zone.ok) return out;
  const text = rendered.value.slice(zone.value.contentStart, zone.value.contentEnd);
  const at = new Map<string, number[]>();
  text.split('\n').forEach((l, i) => {
    // An entry may start inside an indented block (an HTML table row): its text has no indent.
    const key = l.trim();
    at.set(key, [...(at.get(key) ?? []), zone.value.startLine + i]);
  });
  for (const [paper, entry] of entryTexts(base, settings)) {
    const first = withoutLeadingBlanks(entry).split('\n')[0]!.trim();
    const free = at.get(first);
    const line = free?.shift();
    if (line !== undefined) out.set(paper, line);
  }
  return out;
}

/** Each paper with the text that renders it, in rendering order. */
function entryTexts(list: PaperList, settings: Settings): [Paper, string][] {
  return renderedZone(list, settings, layoutOf(settings)).sections.flatMap((s) =>
    s.entries.map((e) => [e.paper, e.text] as [Paper, string]),
  );
}
