// A render that keeps the README's current "Last Update" stamp: used when the change being
// rendered is not a change of the list (prose edits, the bot's own commit), so nothing loops.
import type { Settings } from '../settings/types.js';
import { findZone, replaceZone } from './zones.js';

/**
 * `rendered` with its update-time zone content replaced by the one in `current`. When either text
 * lacks a well-formed update-time zone, `rendered` is returned unchanged.
 */
export function keepStamp(rendered: string, current: string, settings: Settings): string {
  const pair = settings.markers.updateTime;
  const from = findZone(current, pair, '');
  const to = findZone(rendered, pair, '');
  if (!from.ok || !to.ok) return rendered;
  return replaceZone(
    rendered,
    to.value,
    current.slice(from.value.contentStart, from.value.contentEnd),
  );
}

/**
 * The README a render leaves, by the one rule the action and the CLI share: the stamp moves only
 * with the list. When everything but the stamp is current, `current` stays as it is unless
 * `restamp` (the list changed, or a time was asked for); otherwise the rendered text is written,
 * stamp and all (tables edited by hand, or a failed earlier run, count as a change).
 */
export function readmeToWrite(
  rendered: string,
  current: string,
  settings: Settings,
  restamp: boolean,
): string {
  if (restamp) return rendered;
  return keepStamp(rendered, current, settings) === current ? current : rendered;
}
