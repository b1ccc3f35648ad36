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
import type { AdoptedData } from '../apply.js';
import type { AdoptionPlanInput } from '../plan.js';
import type { HandEdits } from '../types.js';
import { reconcile } from './reconcile.js';
import { sameLayout, withLayout } from './settings-text.js';
import { readZone } from './zone.js';

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
  if (!settings.layout || input.settingsText === undefined) return undefined;
  const dataText = toLf(input.dataText);
  // Only a data file in the canonical style is written again whole (each entry as it was).
  if (serializeData(input.list) !== dataText) return undefined;
  const readme = toLf(input.readme);
  const read = readZone(readme, settings.markers.main, file);
  if (!read) return undefined;
  const rec = reconcile(read, input.list, input.base);
  const layoutChanged = !sameLayout(settings.layout, read.layout);
  const next: Settings = { ...settings, layout: read.layout };
  // Where the data file changed nothing since, the result must give the README's zone back.
  const conflicts = rec.dataChanged || rec.edits.dataWins.length + rec.edits.putBack.length > 0;
  if (!zoneMatches(readme, conflicts ? read.list : rec.list, next, file)) return undefined;
  const text = serializeData(rec.list);
  const loaded = loadData(text, input.dataFile);
  if (!loaded.ok) return undefined;
  const written = usesCrlf(input.dataText) ? toCrlf(text) : text;
  const edits = { ...rec.edits, kept: read.kept };
  const data = { text: written, list: loaded.value };
  if (!layoutChanged) return { edits, data, settings: undefined };
  const settingsText = withLayout(input.settingsText, read.layout);
  const parsed = parseSettings(settingsText, input.settingsFile ?? 'settings');
  if (!parsed.ok || !sameLayout(parsed.value.layout, read.layout)) return undefined;
  return { edits, data, settings: { text: settingsText, value: parsed.value } };
}

/** Whether `list` rendered with `settings` gives back the main zone of `readme`. */
function zoneMatches(readme: string, list: PaperList, settings: Settings, file: string): boolean {
  const rendered = renderReadme(readme, list, settings, NO_TIME, file);
  if (!rendered.ok) return false;
  const zoneOf = (text: string) => {
    const z = findZone(text, settings.markers.main, file);
    return z.ok ? text.slice(z.value.contentStart, z.value.contentEnd) : undefined;
  };
  const want = zoneOf(readme);
  return want !== undefined && zoneOf(rendered.value) === want;
}
