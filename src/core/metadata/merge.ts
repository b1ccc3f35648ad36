// Combining what the contributor typed with what the services said: every typed value wins, each
// fetched value comes from the service that knows it best, and every value keeps its source so the
// status comment can say where it came from. A typed value that a service contradicts stays, and the
// disagreement becomes a warning. The venue is the published one when a service knows it (in the
// list's vocabulary), and the year is that venue's year; else the preprint's word and year.
import { titleKey } from '../suggest/normalize.js';
import { SERVICES } from './services.js';
import type { FetchedPaper, PaperIds, ServiceName, TrustOrder } from './types.js';
import { isPreprintVenue, resolveVenue, sameVenue, type VenueVocabulary } from './venue.js';

export type MergedField =
  | 'title'
  | 'authors'
  | 'abbr'
  | 'venue'
  | 'year'
  | 'page'
  | 'pdf'
  | 'code'
  | 'arxiv'
  | 'doi'
  | 'openreview';

/** Where a value came from: typed into the form, a service, or the title (an abbreviation). */
export type ValueSource = 'typed' | ServiceName | 'title';

export interface SourcedValue {
  value: string;
  source: ValueSource;
  /** The record the value was read from, when it has an address. */
  url?: string;
}

export interface Disagreement {
  field: 'title' | 'venue' | 'year';
  typed: string;
  fetched: string;
  source: ServiceName;
}

export interface MergeInput {
  /** Cleaned, non-empty typed answers by form field id. */
  typed: Partial<Record<'title' | 'abbr' | 'venue' | 'year' | 'page' | 'pdf' | 'code', string>>;
  /** Identifiers the suggested link itself gives. */
  linkIds: PaperIds;
  fetched: FetchedPaper[];
  /** A repository checked to exist, and the service whose record named it. */
  code?: { url: string; source: ServiceName };
  vocabulary: VenueVocabulary;
  /** The list gives its papers abbreviations: derive one from a `Name: rest` title. */
  usesAbbreviations: boolean;
  /** At most this many authors are kept (then `others`, as BibTeX writes it). */
  maxAuthors?: number;
}

export interface MergedPaper {
  values: Partial<Record<MergedField, SourcedValue>>;
  /** All authors, when a service named them (kept apart: a list of names). */
  authors?: { value: string[]; source: ServiceName };
  disagreements: Disagreement[];
}

/** Authors an entry keeps by default; more are written as these and `others`. */
export const MAX_AUTHORS = 50;

/** The services' papers, the most trusted first in `order` (each service's rank is in its record). */
function ordered(fetched: FetchedPaper[], order: TrustOrder): FetchedPaper[] {
  return [...fetched].sort(
    (a, b) => SERVICES[a.source].ranks[order] - SERVICES[b.source].ranks[order],
  );
}

const from = (p: FetchedPaper, value: string): SourcedValue =>
  p.url !== undefined ? { value, source: p.source, url: p.url } : { value, source: p.source };

function first(
  fetched: FetchedPaper[],
  pick: (p: FetchedPaper) => string | undefined,
): SourcedValue | undefined {
  for (const p of fetched) {
    const v = pick(p);
    if (v !== undefined) return from(p, v);
  }
  return undefined;
}

/** The published venue (list vocabulary) and its year; else the preprint word and the preprint's year. */
function venueAndYear(
  fetched: FetchedPaper[],
  vocab: VenueVocabulary,
): { venue?: SourcedValue; year?: SourcedValue } {
  const published = ordered(fetched, 'venue').filter((p) => !p.preprint && p.venue !== undefined);
  // A service whose venue the vocabulary knows is preferred over one with an unknown long name.
  const named = published.map((p) => ({
    p,
    r: resolveVenue(vocab, [p.venue ?? '', ...(p.venueNames ?? [])]),
  }));
  const chosen = named.find((n) => n.r?.known === true) ?? named.find((n) => n.r !== undefined);
  if (chosen?.r !== undefined) {
    const year = chosen.p.year ?? published.find((p) => p.year !== undefined)?.year;
    return {
      venue: from(chosen.p, chosen.r.venue),
      ...(year !== undefined ? { year: from(chosen.p, year) } : {}),
    };
  }
  const preprint = ordered(fetched, 'record').find((p) => p.preprint);
  const year = first(ordered(fetched, 'record'), (p) => p.year);
  return {
    ...(preprint ? { venue: from(preprint, vocab.preprintWord) } : {}),
    ...(year ? { year } : {}),
  };
}

/** `PaperQA: Retrieval-Augmented ...` -> `PaperQA`: a short name of at most three words before a colon. */
export function abbreviationOf(title: string): string | undefined {
  const m = /^([^:]{1,30}):\s+\S/.exec(title);
  const name = m?.[1]?.trim();
  if (name === undefined || name.split(/\s+/).length > 3 || !/[A-Z0-9]/.test(name))
    return undefined;
  return name;
}

function disagreements(input: MergeInput): Disagreement[] {
  const out: Disagreement[] = [];
  const { typed } = input;
  const fetchedTitle = first(ordered(input.fetched, 'record'), (p) => p.title);
  if (typed.title && fetchedTitle && titleKey(typed.title) !== titleKey(fetchedTitle.value)) {
    out.push({
      field: 'title',
      typed: typed.title,
      fetched: fetchedTitle.value,
      source: fetchedTitle.source as ServiceName,
    });
  }
  const { venue, year } = venueAndYear(input.fetched, input.vocabulary);
  if (typed.year && year && typed.year !== year.value) {
    out.push({
      field: 'year',
      typed: typed.year,
      fetched: year.value,
      source: year.source as ServiceName,
    });
  }
  const bothPreprint =
    isPreprintVenue(typed.venue) && venue !== undefined && isPreprintVenue(venue.value);
  if (
    typed.venue &&
    venue &&
    !bothPreprint &&
    !sameVenue(input.vocabulary, typed.venue, venue.value)
  ) {
    out.push({
      field: 'venue',
      typed: typed.venue,
      fetched: venue.value,
      source: venue.source as ServiceName,
    });
  }
  return out;
}

/** The entry's values with their sources, and the disagreements between typed and fetched values. */
export function mergePaper(input: MergeInput): MergedPaper {
  const { typed } = input;
  const record = ordered(input.fetched, 'record');
  const values: MergedPaper['values'] = {};
  const set = (field: MergedField, v: SourcedValue | undefined) => {
    if (v !== undefined) values[field] = v;
  };
  const typedValue = (field: keyof MergeInput['typed']): SourcedValue | undefined => {
    const v = typed[field];
    return v !== undefined && v !== '' ? { value: v, source: 'typed' } : undefined;
  };
  set('title', typedValue('title') ?? first(record, (p) => p.title));
  const { venue, year } = venueAndYear(input.fetched, input.vocabulary);
  set('venue', typedValue('venue') ?? venue);
  set('year', typedValue('year') ?? year);
  set('page', typedValue('page') ?? first(record, (p) => p.page));
  set('pdf', typedValue('pdf') ?? first(record, (p) => p.pdf));
  const code = input.code ? { value: input.code.url, source: input.code.source } : undefined;
  set('code', typedValue('code') ?? code);
  const title = values.title?.value;
  const abbr = input.usesAbbreviations && title !== undefined ? abbreviationOf(title) : undefined;
  set(
    'abbr',
    typedValue('abbr') ?? (abbr !== undefined ? { value: abbr, source: 'title' } : undefined),
  );
  for (const id of ['arxiv', 'doi', 'openreview'] as const) {
    const own = input.linkIds[id];
    set(id, own !== undefined ? { value: own, source: 'typed' } : first(record, (p) => p.ids[id]));
  }
  const authors = record.find((p) => p.authors !== undefined && p.authors.length > 0);
  const max = input.maxAuthors ?? MAX_AUTHORS;
  const merged: MergedPaper = { values, disagreements: disagreements(input) };
  if (authors?.authors) {
    const names =
      authors.authors.length > max ? [...authors.authors.slice(0, max), 'others'] : authors.authors;
    merged.authors = { value: names, source: authors.source };
  }
  return merged;
}
