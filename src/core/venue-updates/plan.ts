// The scheduled venue look-up's plan: from the preprint entries, the remembered state, what the
// services answered this run and the "Venue updates" pull request found (if any), the new state and
// what to do with that pull request. Pure, so every case is tested without an emulator or a network.
// A proposal gives the entry the published venue and, when it differs, that venue's year.
// A closed, unmerged pull request declines its changes for good: they are remembered and never
// proposed again (a different venue found later is a new proposal).
import type { Candidate } from './candidates.js';
import type { FoundVenue, VenueState } from './state.js';

/** What the services said about one identifier this run. */
export type LookupAnswer =
  /** A published venue (already in the list's vocabulary). */
  | { kind: 'found'; venue: FoundVenue }
  /** The services answered, and know no venue but a preprint. */
  | { kind: 'none' }
  /** No service could be asked: tried again at the next run. */
  | { kind: 'failed' };

/** The "Venue updates" pull request as found, with the changes its body lists. */
export interface VenuePull {
  number: number;
  url: string;
  state: 'open' | 'closed';
  merged: boolean;
  /** Identifier key -> proposed change, from the body's record; empty when it has none. */
  proposals: Record<string, ProposedChange>;
}

/** What a pull request proposes for one entry: its venue, and its year when that changes too. */
export interface ProposedChange {
  venue: string;
  year?: string;
}

/** One entry's proposed change. */
export interface Proposal {
  candidate: Candidate;
  to: FoundVenue;
}

/**
 * The year a proposal gives its entry: the venue's year when it differs from the entry's. Only
 * preprints are candidates, so a year a person set beside a published venue is never changed.
 */
export function proposedYear(p: Proposal): string | undefined {
  const year = p.to.year;
  return year !== undefined && year !== p.candidate.year?.trim() ? year : undefined;
}

export type PullAction =
  | { kind: 'none' }
  | { kind: 'create' }
  /** The open pull request already proposes exactly these changes. */
  | { kind: 'keep'; pull: VenuePull }
  | { kind: 'update'; pull: VenuePull }
  /** Nothing is left to propose (the venues were changed by hand): the pull request is closed. */
  | { kind: 'close'; pull: VenuePull };

export interface VenuePlan {
  state: VenueState;
  /** The state differs from the one read: it is written back. */
  stateChanged: boolean;
  proposals: Proposal[];
  pull: PullAction;
}

export interface VenuePlanInput {
  /** Every preprint entry with an identifier, in file order (see preprintEntries). */
  entries: readonly Candidate[];
  state: VenueState;
  answers: ReadonlyMap<string, LookupAnswer>;
  pull?: VenuePull;
  now: Date;
}

/** The state after this run's answers and a declining close; forgets entries no longer preprints. */
function nextState(input: VenuePlanInput): VenueState {
  const live = new Set(input.entries.map((c) => c.key));
  const keep = <T>(r: Record<string, T>) =>
    Object.fromEntries(Object.entries(r).filter(([k]) => live.has(k)));
  const checked = keep(input.state.checked);
  const found = keep(input.state.found);
  const declined = { ...input.state.declined };
  const pull = input.pull;
  if (pull && pull.state === 'closed' && !pull.merged) {
    for (const [key, change] of Object.entries(pull.proposals)) declined[key] = change.venue;
  }
  const at = input.now.toISOString();
  for (const [key, answer] of input.answers) {
    if (answer.kind === 'failed') continue;
    checked[key] = at;
    if (answer.kind === 'found') found[key] = answer.venue;
    else delete found[key];
  }
  return { checked, found, declined };
}

/** What a proposal changes in its entry: the venue, and the year when that changes too. */
export function proposedChange(p: Proposal): ProposedChange {
  const year = proposedYear(p);
  return { venue: p.to.venue, ...(year !== undefined ? { year } : {}) };
}

export function proposalRecord(proposals: readonly Proposal[]): Record<string, ProposedChange> {
  return Object.fromEntries(proposals.map((p) => [p.candidate.key, proposedChange(p)]));
}

function sameRecord(a: Record<string, ProposedChange>, b: Record<string, ProposedChange>): boolean {
  const ka = Object.keys(a);
  return (
    ka.length === Object.keys(b).length &&
    ka.every((k) => b[k]?.venue === a[k]?.venue && b[k]?.year === a[k]?.year)
  );
}

function pullAction(pull: VenuePull | undefined, proposals: readonly Proposal[]): PullAction {
  const open = pull?.state === 'open' ? pull : undefined;
  if (proposals.length === 0) return open ? { kind: 'close', pull: open } : { kind: 'none' };
  if (!open) return { kind: 'create' };
  return sameRecord(open.proposals, proposalRecord(proposals))
    ? { kind: 'keep', pull: open }
    : { kind: 'update', pull: open };
}

export function planVenueUpdates(input: VenuePlanInput): VenuePlan {
  const state = nextState(input);
  const proposals: Proposal[] = [];
  for (const candidate of input.entries) {
    const to = state.found[candidate.key];
    if (to === undefined || state.declined[candidate.key] === to.venue) continue;
    proposals.push({ candidate, to });
  }
  const stateChanged = JSON.stringify(state) !== JSON.stringify(input.state);
  return { state, stateChanged, proposals, pull: pullAction(input.pull, proposals) };
}
