// What a digest run reads: the digest issue (found by its label and the hidden record its body opens
// with; an open one first, else the newest closed one, which is reopened), the open suggestion pull
// requests (one list request; their records name the papers they add), and arXiv's answer.
import { listIssuesWithLabel, type IssueSummary } from '../../adapters/github/issues.js';
import { listOpenPulls } from '../../adapters/github/pulls.js';
import { DIGEST_LABEL } from '../../core/digest/body.js';
import { DIGEST_MARKER, decodeDigestState, EMPTY_DIGEST } from '../../core/digest/record.js';
import type { DigestState } from '../../core/digest/types.js';
import type { OpenSuggestion } from '../../core/suggest/types.js';
import type { FlowContext } from '../context.js';
import { openSuggestions } from '../suggestion/plan.js';

export interface DigestIssue extends IssueSummary {
  state: 'open' | 'closed';
  digest: DigestState;
}

/** The digest issue among issues carrying the label: an open one first, then the newest. */
export function pickDigestIssue(issues: readonly IssueSummary[]): IssueSummary | undefined {
  return issues
    .filter((i) => i.body.startsWith(DIGEST_MARKER))
    .sort((a, b) => (a.state === b.state ? b.number - a.number : a.state === 'open' ? -1 : 1))[0];
}

export async function readDigestIssue(ctx: FlowContext): Promise<DigestIssue | undefined> {
  const issues = await listIssuesWithLabel(ctx.gh, ctx.repo, DIGEST_LABEL, 'all');
  const found = pickDigestIssue(issues);
  if (found === undefined) return undefined;
  const digest = decodeDigestState(found.body);
  if (digest === undefined) {
    ctx.warn(`the record of digest issue #${found.number} could not be read; starting afresh`);
  }
  return { ...found, digest: digest ?? EMPTY_DIGEST };
}

/** The papers of the open suggestion pull requests. */
export async function readOpenSuggestions(ctx: FlowContext): Promise<OpenSuggestion[]> {
  const pulls = await listOpenPulls(ctx.gh, ctx.repo, ctx.defaultBranch);
  return openSuggestions(pulls, 0);
}
