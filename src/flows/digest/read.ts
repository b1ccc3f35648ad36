// What a digest run reads: the digest issue (found by its label and the hidden record its body opens
// with; an open one first, else the newest closed one, which is reopened), the open suggestion pull
// requests (one list request; their records name the papers they add), and arXiv's answer.
import {
  getIssue,
  listIssuesWithLabel,
  listOpenIssueDetails,
  type IssueSummary,
} from '../../adapters/github/issues.js';
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

/** The digest issue as it is now (its body and state), for a run about to write it. */
export async function rereadDigestIssue(
  ctx: FlowContext,
  issue: DigestIssue,
): Promise<DigestIssue> {
  const now = await getIssue(ctx.gh, ctx.repo, issue.number);
  const body = now.body ?? '';
  const digest = decodeDigestState(body);
  if (digest === undefined) return issue;
  return {
    ...issue,
    body,
    title: now.title,
    state: now.state === 'open' ? 'open' : 'closed',
    digest,
  };
}

/** Whether two records hold the same accepted and declined papers. */
export function sameDecisions(a: DigestState, b: DigestState): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return same(a.accepted, b.accepted) && same(a.declined, b.declined);
}

/**
 * The papers of the open suggestion pull requests (their records), and the texts of the open
 * suggestion issues (by the suggestion label): one list request each.
 */
export async function readOpenSuggestions(
  ctx: FlowContext,
  label: string,
): Promise<{ open: OpenSuggestion[]; openIssues: { body: string }[] }> {
  const [pulls, issues] = await Promise.all([
    listOpenPulls(ctx.gh, ctx.repo, ctx.defaultBranch),
    listOpenIssueDetails(ctx.gh, ctx.repo, label),
  ]);
  const openIssues = issues
    .map((i) => ({ body: `${i.title}\n${i.body ?? ''}` }))
    .filter((i) => !i.body.includes(DIGEST_MARKER));
  return { open: openSuggestions(pulls, 0), openIssues };
}
