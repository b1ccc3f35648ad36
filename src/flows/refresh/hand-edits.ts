// The hand edits a refresh found, added to its texts: the commit message (plain lines) and the step
// summary (Markdown, each line safe inline text: titles come from a person's README edit).
import { describeHandEdits } from '../../core/adopt/describe.js';
import { hasHandEdits, type HandEdits } from '../../core/adopt/types.js';
import type { ListWords } from '../../core/settings/words.js';
import { safeInline } from '../../core/suggest/neutralize.js';
import type { FlowPaths } from '../context.js';

export function withHandEdits(
  text: string,
  plan: { handEdits: HandEdits; words: ListWords },
  paths: FlowPaths,
  style: 'markdown' | 'plain' = 'markdown',
): string {
  if (!hasHandEdits(plan.handEdits)) return text;
  const lines = describeHandEdits(plan.handEdits, paths.dataFile, plan.words);
  const shown = style === 'plain' ? lines : lines.map(safeInline);
  return `${text}\n\nHand edits of ${paths.readme}'s ${plan.words.zone}:\n${shown.map((l) => `- ${l}`).join('\n')}`;
}
