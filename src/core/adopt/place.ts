// Where a row or entry typed by hand goes in the data file. A list that keeps file order
// (`sort: []`) shows its papers as the data file lists them, so a new entry must go into the data
// right after the paper the README shows before it, or the next render would move it. The zone is
// walked in README order: each row already in the data gives its index, and each new row takes the
// index of the last one before it in its section (-1 when none is), so rows typed one after another
// share it and keep their order (../adopt/apply.ts inserts them so).
import type { Settings } from '../settings/types.js';

/** Whether the list shows every section's papers in data file order. */
export function keepsFileOrder(settings: Settings): boolean {
  return settings.sort.length === 0;
}

/**
 * Calls `read` on each of `changed` in README order, with the index after which a new entry of its
 * section goes; `read` gives back the row's own index in the data (or that place, for a new one),
 * or undefined when the row stands for no paper. `placed` holds the rows matched already.
 */
export function readInOrder<T extends { section: string | undefined }>(
  rows: readonly T[],
  placed: ReadonlyMap<T, number>,
  changed: ReadonlySet<T>,
  read: (row: T, after: number) => number | undefined,
): void {
  const last = new Map<string, number>();
  for (const row of rows) {
    if (row.section === undefined) continue;
    const at = changed.has(row) ? read(row, last.get(row.section) ?? -1) : placed.get(row);
    if (at !== undefined) last.set(row.section, at);
  }
}
