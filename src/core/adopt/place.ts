// Where a row or entry typed by hand goes in the data file, and which rows were moved by hand. A
// list that keeps file order (`sort: []`) shows its papers as the data file lists them, so a new
// entry must go into the data right after the paper the README shows before it, or the next render
// would move it. The zone is walked in README order: each row already in the data gives its index,
// and each new row takes the index of the last one before it in its section (-1 when none is), so
// rows typed one after another share it and keep their order (./apply.ts inserts them so). Rows of
// papers the README shows out of the data file's order were moved by hand: the data's order wins,
// and they are reported, not moved back in silence.
import type { Settings } from '../settings/types.js';
import { samePaper, type Shown } from './rendered.js';
import type { MovedBack } from './types.js';

/** Whether the list shows every section's papers in data file order. */
export function keepsFileOrder(settings: Settings): boolean {
  return settings.sort.length === 0;
}

/** A row read: the paper of the data at that index, or a new one going after that index. */
export type Place = { paper: number } | { after: number };

/** The rows of papers of the data, per section in README order, with each paper's index. */
export type ShownInOrder<T> = Map<string, { row: T; index: number }[]>;

/**
 * Calls `read` on each of `changed` in README order, with the index after which a new entry of its
 * section goes; `read` gives back the row's place (undefined when it stands for no paper).
 * `placed` holds the rows matched already. Gives back the rows of papers of the data, in order.
 */
export function readInOrder<T extends { section: string | undefined }>(
  rows: readonly T[],
  placed: ReadonlyMap<T, number>,
  changed: ReadonlySet<T>,
  read: (row: T, after: number) => Place | undefined,
): ShownInOrder<T> {
  const last = new Map<string, number>();
  const shown: ShownInOrder<T> = new Map();
  for (const row of rows) {
    if (row.section === undefined) continue;
    const known = placed.get(row);
    const place = changed.has(row)
      ? read(row, last.get(row.section) ?? -1)
      : known === undefined
        ? undefined
        : { paper: known };
    if (place === undefined) continue;
    const index = 'paper' in place ? place.paper : place.after;
    last.set(row.section, index);
    if (!('paper' in place)) continue;
    const section = shown.get(row.section) ?? [];
    section.push({ row, index });
    shown.set(row.section, section);
  }
  return shown;
}

/**
 * The rows shown out of the data file's order: those off the longest run of rows in order. With
 * the data as it was before the change, only rows out of that order too are moved by hand (a README
 * rendered before the data file was reordered is in the old order, and moved by no one).
 */
export function movedRows<T extends { line: number }>(
  shown: ShownInOrder<T>,
  now: (section: string) => readonly Shown[] | undefined,
  before: ((section: string) => readonly Shown[] | undefined) | undefined,
): MovedBack[] {
  const out: MovedBack[] = [];
  for (const [section, rows] of shown) {
    const off = offTheRun(rows.map((r) => r.index));
    if (off.size === 0) continue;
    const papers = new Map((now(section) ?? []).map((s) => [s.index, s.paper]));
    const was = before && before(section);
    const indexBefore = was && indexIn(was);
    const offBefore = indexBefore
      ? offTheRun(rows.map((r) => indexBefore(papers.get(r.index))))
      : undefined;
    rows.forEach((r, i) => {
      if (!off.has(i) || (offBefore && !offBefore.has(i))) return;
      out.push({ section, title: papers.get(r.index)?.title ?? '', line: r.row.line });
    });
  }
  return out;
}

/** The index a paper has in `shown` (by title, else as the same paper), in one pass over it. */
function indexIn(
  shown: readonly Shown[],
): (paper: Shown['paper'] | undefined) => number | undefined {
  const byTitle = new Map<string, number>();
  for (const s of shown) if (!byTitle.has(s.paper.title)) byTitle.set(s.paper.title, s.index);
  return (paper) => {
    if (paper === undefined) return undefined;
    return byTitle.get(paper.title) ?? shown.find((s) => samePaper(s.paper, paper))?.index;
  };
}

/**
 * Positions of `values` off one longest strictly increasing run (undefined values are on it): the
 * fewest rows that, moved, explain the order (patience sorting, n log n).
 */
export function offTheRun(values: readonly (number | undefined)[]): Set<number> {
  const tails: number[] = []; // positions: tails[k] ends the best run of length k + 1
  const previous = new Map<number, number | undefined>();
  values.forEach((v, i) => {
    if (v === undefined) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    previous.set(i, lo > 0 ? tails[lo - 1] : undefined);
    tails[lo] = i;
  });
  const onRun = new Set<number>();
  for (let i = tails.at(-1); i !== undefined; i = previous.get(i)) onRun.add(i);
  const off = new Set<number>();
  values.forEach((v, i) => {
    if (v !== undefined && !onRun.has(i)) off.add(i);
  });
  return off;
}
