// Which entries a change added, and the day to record on them: the papers whose title the list did
// not have before the change and that carry no `added` field yet, every section's entry of them.
import { formatTimestamp } from '../render/timestamp.js';
import type { PaperList } from '../types.js';
import type { EntryRef } from './stamp-added.js';

/** Entries of `after` whose title is not in `before` and that have no `added` field. */
export function addedEntries(before: PaperList, after: PaperList): EntryRef[] {
  const known = new Set(before.sections.flatMap((s) => s.papers.map((p) => p.title)));
  return after.sections.flatMap((s) =>
    s.papers.flatMap((p, index) =>
      known.has(p.title) || p.extra['added'] !== undefined ? [] : [{ section: s.name, index }],
    ),
  );
}

/** `YYYY-MM-DD` of `time` in `timeZone`. */
export function dayIn(time: Date, timeZone: string): string {
  return formatTimestamp(time, '%Y-%m-%d', timeZone);
}
