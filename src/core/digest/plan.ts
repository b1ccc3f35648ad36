// One digest run's plan, from what was read (arXiv's answer or why there was none, the list, the open
// suggestions, the digest issue's earlier body) and nothing else: the new state, the issue's body and
// a one-line summary. Pure, so every case is tested without a network. A failed request, or an empty
// answer where the last one held papers, is a problem: the body says so above the candidates of the
// last good answer (kept as they were), the state is left as it was, and the run's summary says it
// too; it is never taken for "nothing new".
import type { OpenSuggestion } from '../suggest/types.js';
import type { PaperList } from '../types.js';
import { checklistOf, formatTime, renderDigestBody, shownQuery } from './body.js';
import { selectCandidates, type Skipped } from './candidates.js';
import { EMPTY_DIGEST } from './record.js';
import { suggestedInIssues } from './suggested.js';
import { safeInline } from '../suggest/neutralize.js';
import type { DigestState, SearchOutcome } from './types.js';

export interface DigestInput {
  outcome: SearchOutcome;
  list: PaperList;
  open: OpenSuggestion[];
  /** The texts of the open suggestion issues (their papers are suggested, PR or not). */
  openIssues?: readonly { body: string }[];
  /** The digest issue's body as found (undefined on the first run) and the state it records. */
  previous?: { body: string; state: DigestState };
  listName: string;
  query: string;
  max: number;
  now: Date;
}

export interface DigestPlan {
  state: DigestState;
  body: string;
  /** What went wrong with arXiv, when something did (a warning of the run). */
  problem?: string;
  summary: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function skippedText(s: Skipped): string {
  return `${s.inList} already in the list, ${s.suggested} suggested, ${s.declined} declined, ${s.accepted} accepted`;
}

/** Why this outcome is not a usable answer, or undefined when it is one. */
function problemOf(outcome: SearchOutcome, state: DigestState): string | undefined {
  if (!outcome.ok) return `arXiv could not be asked: ${outcome.message}`;
  if (outcome.papers.length > 0) return undefined;
  if (state.lastCount > 0) {
    return `arXiv's answer held no paper, where the last one held ${state.lastCount}`;
  }
  if (outcome.total > 0) return `arXiv's answer held no paper, though it counted ${outcome.total}`;
  return undefined;
}

function problemPlan(input: DigestInput, state: DigestState, problem: string): DigestPlan {
  const at = formatTime(input.now);
  const status =
    `⚠️ **${safeInline(problem)}** (${at}). This is not taken for "nothing new": the candidates below ` +
    'are those of the last answer, and the next run asks again. If it lasts, check the `digest: arxiv:` query in the settings.';
  const body = renderDigestBody({
    state,
    listName: input.listName,
    query: input.query,
    status,
    block: { kind: 'kept', lines: input.previous ? checklistOf(input.previous.body) : [] },
  });
  return { state, body, problem, summary: `Digest: ${problem}.` };
}

export function planDigest(input: DigestInput): DigestPlan {
  const before = input.previous?.state ?? EMPTY_DIGEST;
  const problem = problemOf(input.outcome, before);
  if (problem !== undefined || !input.outcome.ok) {
    return problemPlan(input, before, problem ?? 'arXiv could not be asked');
  }
  const papers = input.outcome.papers;
  const inIssues = suggestedInIssues(input.openIssues ?? []);
  const picked = selectCandidates(papers, input.list, input.open, before, inIssues);
  const known = new Set(before.offered.map((c) => c.id));
  const fresh = picked.candidates.filter((c) => !known.has(c.paper.id)).length;
  const state: DigestState = {
    ...before,
    next: picked.next,
    offered: picked.candidates.map((c) => ({
      id: c.paper.id,
      number: c.number,
      ...(c.section !== undefined ? { section: c.section } : {}),
    })),
    lastCount: papers.length,
  };
  // No count of new candidates here: the same answer must give the same body.
  const found =
    `${plural(papers.length, 'paper')} in arXiv's newest answer for ${shownQuery(input.query)}, ` +
    `checked on ${formatTime(input.now)}: ${plural(picked.candidates.length, 'candidate')}; ` +
    `${skippedText(picked.skipped)}.`;
  const body = renderDigestBody({
    state,
    listName: input.listName,
    query: input.query,
    status: found,
    block: { kind: 'candidates', candidates: picked.candidates, max: input.max },
  });
  const summary =
    `Digest: ${plural(papers.length, 'paper')} from arXiv, ${plural(picked.candidates.length, 'candidate')} ` +
    `(${fresh} new); ${skippedText(picked.skipped)}.`;
  return { state, body, summary };
}
