// What one look-up means for the venue of a preprint entry: the published venue the services name
// and that venue's year, the venue written in the list's vocabulary (the same merge a suggestion by link uses), or that they know
// none, or that none of them could be asked. Also the link the services are asked by.
import type { PaperIdentifier } from '../data/identifiers.js';
import type { PaperLink } from '../metadata/link.js';
import { mergePaper } from '../metadata/merge.js';
import type { LookupResult } from '../metadata/types.js';
import { isPreprintVenue, type VenueVocabulary } from '../metadata/venue.js';
import type { LookupAnswer } from './plan.js';

/** The link to look an entry up by, from its identifier. */
export function identifierLink(id: PaperIdentifier): PaperLink {
  switch (id.kind) {
    case 'arxiv':
      return { kind: 'arxiv', id: id.id };
    case 'doi':
      return { kind: 'doi', doi: id.id };
    case 'openreview':
      return { kind: 'openreview', id: id.id };
    case 'acl':
      return { kind: 'acl', id: id.id };
  }
}

export function venueAnswer(
  result: LookupResult,
  title: string,
  vocabulary: VenueVocabulary,
): LookupAnswer {
  if (result.fetched.length === 0) {
    return result.gaps.some((g) => g.kind === 'unavailable')
      ? { kind: 'failed' }
      : { kind: 'none' };
  }
  const merged = mergePaper({
    typed: { title },
    linkIds: result.linkIds,
    fetched: result.fetched,
    vocabulary,
    usesAbbreviations: false,
  });
  const venue = merged.values.venue;
  if (venue === undefined || venue.source === 'typed' || isPreprintVenue(venue.value)) {
    return { kind: 'none' };
  }
  // The merge gives a published venue the year of that venue (not the preprint's).
  const year = merged.values.year;
  return {
    kind: 'found',
    venue: {
      venue: venue.value,
      ...(year !== undefined && year.source !== 'typed' ? { year: year.value } : {}),
      source: venue.source,
      ...(venue.url !== undefined ? { url: venue.url } : {}),
    },
  };
}
