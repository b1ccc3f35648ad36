// Which papers of arXiv's answer the digest offers: not in the list (the same arXiv id in any version,
// the same DOI, or the same title once case and punctuation are gone: the suggestion check's own
// duplicate index), not suggested in an open suggestion pull request or named by an open suggestion
// issue (suggested.ts), not declined or accepted before,
// and each paper once even when two pages repeat it. Ranked by closeness to the list (rank.ts), and
// numbered: a candidate keeps its number from run to run, a new one takes the next.
import { identifierKey } from '../data/identifiers.js';
import { buildDuplicateIndex, findDuplicates } from '../suggest/duplicates.js';
import type { OpenSuggestion } from '../suggest/types.js';
import type { Paper, PaperList } from '../types.js';
import { rankAgainstList } from './rank.js';
import type { ArxivPaper, Candidate, DigestState } from './types.js';

/** Why papers of the answer are not offered, counted. */
export interface Skipped {
  inList: number;
  suggested: number;
  declined: number;
  accepted: number;
}

/** The answer's paper as a list entry, for the duplicate check: its abstract page and its DOI. */
export function asEntry(p: ArxivPaper): Paper {
  return {
    title: p.title,
    links: [{ label: 'PAGE', url: `https://arxiv.org/abs/${p.id}` }],
    extra: p.doi !== undefined ? { doi: p.doi } : {},
  };
}

/** Whether an open suggestion issue names the paper (its arXiv id, or its DOI). */
function namedIn(p: ArxivPaper, keys: ReadonlySet<string>): boolean {
  if (keys.has(identifierKey({ kind: 'arxiv', id: p.id }))) return true;
  return p.doi !== undefined && keys.has(identifierKey({ kind: 'doi', id: p.doi.toLowerCase() }));
}

/** Newest first, then by id: the order of equal scores. */
function byScore(a: Candidate, b: Candidate): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.paper.published !== b.paper.published)
    return a.paper.published < b.paper.published ? 1 : -1;
  return a.paper.id < b.paper.id ? -1 : a.paper.id > b.paper.id ? 1 : 0;
}

export function selectCandidates(
  papers: readonly ArxivPaper[],
  list: PaperList,
  open: OpenSuggestion[],
  state: DigestState,
  /** Identifier keys (`arxiv:<id>`, `doi:<doi>`) the open suggestion issues name. */
  inIssues: ReadonlySet<string> = new Set(),
): { candidates: Candidate[]; skipped: Skipped; next: number } {
  const index = buildDuplicateIndex(list, open);
  const declined = new Set(state.declined);
  const accepted = new Set(state.accepted);
  const skipped: Skipped = { inList: 0, suggested: 0, declined: 0, accepted: 0 };
  const seen = new Set<string>();
  const fresh: ArxivPaper[] = [];
  for (const p of papers) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    if (declined.has(p.id)) skipped.declined++;
    else if (accepted.has(p.id)) skipped.accepted++;
    else {
      const found = findDuplicates(index, asEntry(p)).duplicates[0];
      if (found === undefined && namedIn(p, inIssues)) skipped.suggested++;
      else if (found === undefined) fresh.push(p);
      else if (found.source === 'list') skipped.inList++;
      else skipped.suggested++;
    }
  }
  const close = rankAgainstList(list, fresh);
  const ranked = fresh
    .map((paper, i) => ({ paper, ...close[i], number: 0 }) as Candidate)
    .sort(byScore);
  const numbers = new Map(state.offered.map((c) => [c.id, c.number]));
  let next = state.next;
  for (const c of ranked) c.number = numbers.get(c.paper.id) ?? next++;
  return { candidates: ranked, skipped, next };
}
