// A hand edit the entry-by-entry comparison cannot adopt (a heading of no data section, a note
// between entries, a deleted or moved entry), adopted from the README as a whole: the zone is read
// as `init` reads it, reconciled with the data file (./reconcile.ts), and accepted only when the
// result renders the README's zone back exactly (the data file's own changes aside). The data file
// is written again in its own (the canonical) style, so only the entries that changed change;
// the settings' layout is replaced when the README's structure needs another one.
import { loadData } from '../../data/load.js';
import { serializeData } from '../../data/serialize.js';
import { toCrlf, toLf, usesCrlf } from '../../line-endings.js';
import { renderReadme } from '../../render/readme.js';
import { findZone } from '../../render/zones.js';
import { parseSettings } from '../../settings/parse.js';
import type { Settings } from '../../settings/types.js';
import type { PaperList } from '../../types.js';
import { layoutOf } from '../../render/layouts/built-in.js';
import type { LayoutSettings } from '../../settings/layout.js';
import type { AdoptedData } from '../apply.js';
import type { AdoptionPlanInput } from '../plan.js';
import type { HandEdits } from '../types.js';
import { fitShapes } from '../../render/layouts/shapes.js';
import { reconcile } from './reconcile.js';
import { keepsFileOrder } from '../place.js';
import { countPattern } from '../scan.js';
import { sameLayout, withLayout } from './settings-text.js';
import { readZone, type ReadZone } from './zone.js';

/** The settings file rewritten for a changed structure: its text and what it says. */
export interface AdoptedSettings {
  text: string;
  value: Settings;
}

export interface Reimported {
  edits: HandEdits;
  data: AdoptedData;
  settings: AdoptedSettings | undefined;
}

/** Any fixed time: the stamp is not compared. */
const NO_TIME = new Date(0);

/** The adoption, or undefined when the README cannot be adopted as a whole without a loss. */
export function reimport(input: AdoptionPlanInput): Reimported | undefined {
  const { settings, file } = input;
  const dataText = toLf(input.dataText);
  // Only a data file in the canonical style is written again whole (each entry as it was).
  if (serializeData(input.list) !== dataText) return undefined;
  const readme = toLf(input.readme);
  const read = readZone(readme, settings.markers.main, file);
  if (!read) return undefined;
  // The layout the list has first (its own, or the built-in tables); the one the README's structure
  // now needs when that one cannot write it (a note typed between rows is kept as text of the zone).
  const own = layoutOf(settings);
  const attempts: [ReadZone, LayoutSettings][] = [
    [fitZone(read, own, settings.linkLabels), own],
    [read, read.layout],
  ];
  for (const [zone, layout] of attempts) {
    const rec = reconcile(zone, input.list, input.base, keepsFileOrder(settings), layout);
    rec.edits.unreadable = [];
    const next: Settings = layout === own ? settings : { ...settings, layout };
    // Where the data file changed nothing since, the result must give the README's zone back.
    const conflicts = rec.dataChanged || rec.edits.dataWins.length + rec.edits.putBack.length > 0;
    if (!zoneMatches(readme, conflicts ? zone.list : rec.list, next, file)) continue;
    const text = serializeData(rec.list);
    const loaded = loadData(text, input.dataFile);
    if (!loaded.ok) return undefined;
    const written = usesCrlf(input.dataText) ? toCrlf(text) : text;
    const edits = { ...rec.edits, kept: newlyKept(read, input) };
    const data = { text: written, list: loaded.value };
    if (layout === own || sameLayout(own, layout)) return { edits, data, settings: undefined };
    const rewritten = settingsWith(input, layout);
    return rewritten ? { edits, data, settings: rewritten } : undefined;
  }
  return undefined;
}

/** The settings file with `layout`, read back (undefined when it does not read back the same). */
function settingsWith(
  input: AdoptionPlanInput,
  layout: LayoutSettings,
): AdoptedSettings | undefined {
  const text = withLayout(input.settingsText ?? '', layout);
  const parsed = parseSettings(text, input.settingsFile ?? 'settings');
  if (!parsed.ok || !sameLayout(parsed.value.layout, layout)) return undefined;
  return { text, value: parsed.value };
}

/** The zone read, its entries' own templates fitted to `layout` (their lines kept). */
function fitZone(
  read: ReadZone,
  layout: LayoutSettings,
  linkLabels: Readonly<Record<string, string>>,
): ReadZone {
  if (layout === read.layout) return read;
  const lines = new Map(read.lines);
  const list = fitShapes(read.list, layout, linkLabels, (from, to) => {
    const line = read.lines.get(from);
    if (line !== undefined) lines.set(to, line);
  });
  return { ...read, list, lines };
}

/** Whether `list` rendered with `settings` gives back the main zone of `readme`. */
function zoneMatches(readme: string, list: PaperList, settings: Settings, file: string): boolean {
  const rendered = renderReadme(readme, list, settings, NO_TIME, file);
  if (!rendered.ok) return false;
  const counts = countLines(settings);
  // The count line is generated: its number follows the list, whatever the README said.
  const zoneOf = (text: string) => {
    const z = findZone(text, settings.markers.main, file);
    if (!z.ok) return undefined;
    const lines = text.slice(z.value.contentStart, z.value.contentEnd).split('\n');
    return lines.map((l) => (counts.some((c) => c.test(l.trimEnd())) ? '{count}' : l)).join('\n');
  };
  const want = zoneOf(readme);
  return want !== undefined && zoneOf(rendered.value) === want;
}

/** Patterns of the lines that show the number of papers, as the layout writes them. */
function countLines(settings: Settings): RegExp[] {
  const lines = layoutOf(settings)
    .zoneEnd.split('\n')
    .filter((l) => l.includes('{count}'));
  return lines.flatMap((l) => {
    const re = countPattern(l.trimEnd());
    return re ? [re] : [];
  });
}

/** The lines kept as written that the list did not hold already (those are said once). */
function newlyKept(read: ReadZone, input: AdoptionPlanInput): ReadZone['kept'] {
  const before = renderReadme(input.readme, input.list, input.settings, NO_TIME, input.file);
  if (!before.ok) return read.kept;
  const known = new Set(
    toLf(before.value)
      .split('\n')
      .map((l) => l.trimEnd()),
  );
  const lines = toLf(input.readme).split('\n');
  return read.kept.filter(
    (k) => k.line === undefined || !known.has((lines[k.line - 1] ?? '').trimEnd()),
  );
}
