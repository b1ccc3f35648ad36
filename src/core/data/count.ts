// How many papers a list holds: the figure of the README's count line and of `paperlist validate`.
// A paper listed in several sections counts once, so both must use this one rule.
import type { PaperList } from '../types.js';

/** Papers in the list, counting a title listed in several sections once (exact string compare). */
export function countPapers(list: PaperList): number {
  const titles = new Set<string>();
  for (const section of list.sections) {
    for (const paper of section.papers) titles.add(paper.title);
  }
  return titles.size;
}
