// The scheduled venue look-up: preprints of the list (venue `arXiv`, `CoRR` or empty, with an
// identifier) asked about a bounded number per run, oldest-checked first, and the published venues
// found proposed in one pull request, "Venue updates", from a fixed branch. Read (read.ts), plan
// (core/venue-updates/plan.ts), then write the plan (execute.ts), or in a dry run only count.
import { serviceLabel } from '../../core/metadata/services.js';
import type { ServiceName } from '../../core/metadata/types.js';
import { buildVocabulary } from '../../core/metadata/venue.js';
import { pickCandidates, preprintEntries } from '../../core/venue-updates/candidates.js';
import { planVenueUpdates } from '../../core/venue-updates/plan.js';
import type { FlowContext } from '../context.js';
import type { ListAtCommit } from '../list-at-commit.js';
import { writeVenuePlan } from './execute.js';
import { askServices, readVenuePull, readVenueState } from './read.js';

export interface VenueUpdatesOutcome {
  url?: string;
  summary: string;
}

export async function runVenueUpdates(
  ctx: FlowContext,
  list: ListAtCommit,
): Promise<VenueUpdatesOutcome> {
  const settings = list.settings;
  if (!settings.venueUpdates) return { summary: '' };
  if (ctx.metadata === undefined) {
    return {
      summary: 'Venue updates: no metadata services are configured; nothing was looked up.',
    };
  }
  const entries = preprintEntries(list.list);
  const [state, pull] = await Promise.all([readVenueState(ctx), readVenuePull(ctx)]);
  const now = ctx.now();
  const picked = pickCandidates(entries, state, now, settings.venueUpdatesPerRun);
  const vocabulary = buildVocabulary(list.list, settings.venueAliases);
  const asked = await askServices(ctx.metadata(settings.contact), picked, vocabulary);
  const answers = asked.answers;
  for (const [service, message] of asked.unavailable) {
    ctx.warn(`venue updates: ${serviceLabel(service)} could not be asked: ${message}`);
  }
  const plan = planVenueUpdates({ entries, state, answers, ...(pull ? { pull } : {}), now });
  const found = [...answers.values()].filter((a) => a.kind === 'found').length;
  const failed = [...answers.values()].filter((a) => a.kind === 'failed').length;
  const counts =
    `Venue updates: ${picked.length} of ${entries.length} preprints looked up, ` +
    `${found} with a published venue, ${failed} could not be asked; ${plan.proposals.length} changes proposed.` +
    noAnswer(asked.unavailable);
  if (ctx.dryRun) return { summary: `${counts} Dry run: nothing written.` };
  return writeVenuePlan(ctx, list, plan, counts);
}

/** ` No answer from arXiv (connection refused), ...` for the services that gave none; or nothing. */
function noAnswer(unavailable: ReadonlyMap<ServiceName, string>): string {
  if (unavailable.size === 0) return '';
  const each = [...unavailable].map(
    ([service, message]) => `${serviceLabel(service)} (${message})`,
  );
  return ` No answer from ${each.join(', ')}.`;
}
