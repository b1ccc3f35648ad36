// Duplicates among the papers a pull request adds: the same paper already listed in the section on
// the base branch, suggested in an open suggestion, or added twice by the pull request itself. The
// same index as the suggestion check (../suggest/duplicates.ts), so both find the same duplicates.
import { buildDuplicateIndex, findDuplicates } from '../suggest/duplicates.js';
import type { OpenSuggestion } from '../suggest/types.js';
import type { PaperList } from '../types.js';
import { samePaper } from '../adopt/rendered.js';
import type { PaperChange } from './changes.js';

export interface PullDuplicate {
  added: PaperChange;
  /** The paper already listed or suggested, in words: `"Title" (Section)` or `#12`. */
  listed: string;
  /** Where the listed paper is: the base branch, an open suggestion, or this pull request. */
  source: 'list' | 'suggestion' | 'pull-request';
  /** Listed in another section only: a paper may be listed in several sections on purpose. */
  otherSection: boolean;
}

export function findPullDuplicates(
  base: PaperList,
  added: readonly PaperChange[],
  openSuggestions: OpenSuggestion[],
): PullDuplicate[] {
  const index = buildDuplicateIndex(base, openSuggestions);
  const out: PullDuplicate[] = [];
  added.forEach((a, i) => {
    for (const m of findDuplicates(index, a.paper).duplicates) {
      const otherSection = m.source === 'list' && !m.sections.includes(a.section);
      const listed =
        m.source === 'list'
          ? `"${m.paper.title}" (${m.sections.join(', ')})`
          : `"${m.paper.title}", suggested in #${m.issue ?? 0}`;
      out.push({ added: a, listed, source: m.source, otherSection });
    }
    const twin = added
      .slice(0, i)
      .find((b) => b.section === a.section && samePaper(b.paper, a.paper));
    if (twin) {
      out.push({
        added: a,
        listed: `"${twin.paper.title}" (${twin.section}), added by this pull request too`,
        source: 'pull-request',
        otherSection: false,
      });
    }
  });
  return out;
}
