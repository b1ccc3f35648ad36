// The rows the data renders, per section, each with the paper it shows and that paper's index in
// the data file: what the main zone holds when nobody has edited it by hand. Also the matching that
// the table and the layout comparisons share: a paper's first unmatched row, the papers whose rows
// are gone, and the problem of a paper listed twice.
import type { ListWords } from '../settings/words.js';
import { titleKey } from '../suggest/normalize.js';
import type { Problem } from '../problem.js';
import type { Paper } from '../types.js';

/**
 * Whether two papers are the same paper: the same title once case, punctuation and spacing are
 * ignored, or a link to the same address (so a row whose title was corrected is still found).
 */
export function samePaper(a: Paper, b: Paper): boolean {
  if (titleKey(a.title) !== '' && titleKey(a.title) === titleKey(b.title)) return true;
  const urls = new Set(a.links.map((l) => l.url));
  return b.links.some((l) => urls.has(l.url));
}

/** What both layouts' rendered rows or entries hold: the paper shown and its index in the data. */
export interface Shown {
  paper: Paper;
  index: number;
}

/** The first of `shown` showing `paper` that no zone row or entry has been matched to yet. */
export function unseen<T extends Shown>(
  shown: readonly T[] | undefined,
  taken: Set<number>,
  paper: Paper,
): T | undefined {
  const free = (shown ?? []).filter((r) => !taken.has(r.index));
  return (
    free.find((r) => r.paper.title === paper.title) ?? free.find((r) => samePaper(r.paper, paper))
  );
}

/**
 * Papers of the data whose row or entry is gone from the zone. `before` gives a section's papers as
 * the data rendered them before the change; without it every unmatched paper is put back, with it
 * only those that were listed then (not papers the change itself added).
 */
export function removedPapers(
  now: Iterable<readonly [string, readonly Shown[]]>,
  before: ((section: string) => readonly Shown[] | undefined) | undefined,
  seen: Map<string, Set<number>>,
): { section: string; title: string }[] {
  const out: { section: string; title: string }[] = [];
  for (const [section, shown] of now) {
    const taken = seen.get(section) ?? new Set<number>();
    for (const one of shown) {
      if (taken.has(one.index)) continue;
      const wasListed =
        !before || (before(section) ?? []).some((r) => samePaper(r.paper, one.paper));
      if (wasListed) out.push({ section, title: one.paper.title });
    }
  }
  return out;
}

/** The problem of a row or entry that shows a paper its section already lists. */
export function repeatedPaper(
  where: { file: string; line: number },
  title: string,
  section: string,
  words: ListWords,
): Problem {
  const noun = words.entry;
  const merge = `merge the two ${words.entries} by hand`;
  return {
    file: where.file,
    line: where.line,
    message: `${noun} at line ${where.line} repeats "${title}", which is already in the section "${section}"`,
    hint: `keep one ${noun} per paper: ${merge}; nothing was changed`,
  };
}
