// Which papers a pull request adds or changes: the list at its head compared with the list on the
// base branch, section by section. A paper whose entry differs but that is the same paper (same
// title, or a link to the same address) is changed; one with no counterpart is added.
import { samePaper } from '../adopt/rendered.js';
import type { Paper, PaperList } from '../types.js';

export interface PaperChange {
  change: 'added' | 'changed';
  section: string;
  /** 0-based index of the paper in its section at the head, in file order. */
  index: number;
  paper: Paper;
}

export function changedPapers(base: PaperList, head: PaperList): PaperChange[] {
  const out: PaperChange[] = [];
  for (const section of head.sections) {
    const before = base.sections.find((s) => s.name === section.name)?.papers ?? [];
    // Entries that are still there unchanged are set aside first, so that a second entry of the
    // same paper is an addition (and a duplicate), not a change of the first one.
    const left = new Map<string, number>();
    for (const b of before) left.set(fingerprint(b), (left.get(fingerprint(b)) ?? 0) + 1);
    const rest: { paper: (typeof section.papers)[number]; index: number }[] = [];
    section.papers.forEach((paper, index) => {
      const n = left.get(fingerprint(paper)) ?? 0;
      if (n > 0) left.set(fingerprint(paper), n - 1);
      else rest.push({ paper, index });
    });
    const gone = before.filter((b) => {
      const n = left.get(fingerprint(b)) ?? 0;
      if (n > 0) left.set(fingerprint(b), n - 1);
      return n > 0;
    });
    for (const { paper, index } of rest) {
      const was = gone.findIndex((b) => samePaper(b, paper));
      if (was >= 0) gone.splice(was, 1);
      out.push({ change: was >= 0 ? 'changed' : 'added', section: section.name, index, paper });
    }
  }
  return out;
}

/** The paper as one string: equal entries, equal strings. */
function fingerprint(paper: Paper): string {
  return JSON.stringify([
    paper.title,
    paper.abbr,
    paper.venue,
    paper.year,
    paper.links,
    paper.extra,
  ]);
}
