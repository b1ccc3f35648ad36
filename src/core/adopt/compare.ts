// Finds the hand edits in the README's main zone: each entry is compared with the entries the data
// renders (and, when known, those the data rendered before the change being refreshed, so that an
// entry the data file changed is not mistaken for a hand edit), in the list's layout or the built-in
// tables (./layout/compare.ts): one comparison for every list.
import { toLf } from '../line-endings.js';
import { layoutOf } from '../render/layouts/built-in.js';
import { renderLayoutZone } from '../render/layouts/zone.js';
import { findZone } from '../render/zones.js';
import type { Settings } from '../settings/types.js';
import type { PaperList } from '../types.js';
import { findLayoutHandEdits } from './layout/compare.js';
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
  const layout = layoutOf(input.settings);
  // The common cases need no reading: a zone not rendered yet (empty), or one just as the data
  // renders it (what a list's CI checks on every push).
  const zone = findZone(input.readme, input.settings.markers.main, input.file);
  if (zone.ok) {
    const text = toLf(input.readme.slice(zone.value.contentStart, zone.value.contentEnd));
    if (text.trim() === '') return noHandEdits();
    if (text === renderLayoutZone(input.list, input.settings, layout)) return noHandEdits();
  }
  return findLayoutHandEdits(input, layout);
}
