// The scheduled venue look-up's read phase: the remembered state (a JSON file on a branch of its
// own, so no run churns the data file or the README just to remember), the "Venue updates" pull
// request, and the answers of the metadata services for this run's bounded share of preprints.
import { findPullByHead } from '../../adapters/github/pulls.js';
import { readRepoFile } from '../../adapters/github/files.js';
import type { MetadataClient } from '../../adapters/metadata/client.js';
import { identifierLink, venueAnswer } from '../../core/venue-updates/answer.js';
import { readProposalRecord } from '../../core/venue-updates/body.js';
import type { Candidate } from '../../core/venue-updates/candidates.js';
import type { LookupAnswer, VenuePull } from '../../core/venue-updates/plan.js';
import { EMPTY_STATE, parseVenueState, type VenueState } from '../../core/venue-updates/state.js';
import type { ServiceName } from '../../core/metadata/types.js';
import type { VenueVocabulary } from '../../core/metadata/venue.js';
import type { FlowContext } from '../context.js';
import { lookUpPaper } from '../metadata/lookup.js';

export const VENUE_BRANCH = 'paperlist/venue-updates';
export const STATE_BRANCH = 'paperlist/venue-checks';
export const STATE_PATH = '.paperlist/venue-checks.json';

export async function readVenueState(ctx: FlowContext): Promise<VenueState> {
  const file = await readRepoFile(ctx.gh, ctx.repo, STATE_PATH, STATE_BRANCH);
  if (file === undefined) return EMPTY_STATE;
  const state = parseVenueState(file.text);
  if (state === undefined) {
    ctx.warn(`${STATE_PATH} on ${STATE_BRANCH} is not a state this version wrote; starting afresh`);
  }
  return state ?? EMPTY_STATE;
}

export async function readVenuePull(ctx: FlowContext): Promise<VenuePull | undefined> {
  const pull = await findPullByHead(ctx.gh, ctx.repo, VENUE_BRANCH);
  if (pull === undefined) return undefined;
  return {
    number: pull.number,
    url: pull.url,
    state: pull.state,
    merged: pull.merged,
    proposals: readProposalRecord(pull.body),
  };
}

export interface ServiceAnswers {
  answers: Map<string, LookupAnswer>;
  /** Each service that gave no answer this run, with the first reason. */
  unavailable: Map<ServiceName, string>;
}

/** The services' answers for each candidate, asked one after the other (each service is paced). */
export async function askServices(
  client: MetadataClient,
  candidates: readonly Candidate[],
  vocabulary: VenueVocabulary,
): Promise<ServiceAnswers> {
  const answers = new Map<string, LookupAnswer>();
  const unavailable = new Map<ServiceName, string>();
  for (const c of candidates) {
    const result = await lookUpPaper(client, identifierLink(c.id), c.title, { code: false });
    answers.set(c.key, venueAnswer(result, c.title, vocabulary));
    for (const gap of result.gaps) {
      if (gap.kind === 'unavailable' && !unavailable.has(gap.service))
        unavailable.set(gap.service, gap.message);
    }
  }
  return { answers, unavailable };
}
