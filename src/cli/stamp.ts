// `render --check` without --time compares everything but the update-time zone: the stamp would be
// "now" and so never match. This copies the README's current zone content into the rendered text.
import { findZone, replaceZone } from '../core/render/zones.js';
import type { MarkerPair } from '../core/settings/types.js';

/** `rendered` with its update-time zone content replaced by `current`'s (both already validated). */
export function withStampOf(rendered: string, current: string, pair: MarkerPair): string {
  const from = findZone(current, pair, '');
  const to = findZone(rendered, pair, '');
  if (!from.ok || !to.ok) return rendered;
  return replaceZone(
    rendered,
    to.value,
    current.slice(from.value.contentStart, from.value.contentEnd),
  );
}
