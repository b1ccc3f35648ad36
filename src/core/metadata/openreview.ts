// OpenReview's API (`/notes?id=<forum id>`): v2 wraps every content field as `{value}`, v1 has bare
// values; both are read. No recorded answer of this API exists: the shape is the documented one (the
// openreview-py client's `Note` fields), so the parser accepts both spellings and checks every value.
// A note's `venue` (`ICLR 2024 poster`) says where it was accepted; `Submitted to ...` is no venue.
import {
  cleanFetched,
  cleanFetchedUrl,
  cleanNames,
  field,
  list,
  parseJson,
  yearOf,
} from './clean.js';
import { LIMITS } from '../suggest/limits.js';
import { noRecord, notFound } from './answer.js';
import type { Answer, FetchedPaper, ParsedAnswer } from './types.js';

/** A content field, v2 (`{value: x}`) or v1 (`x`). */
function content(note: unknown, key: string): unknown {
  const v = field(field(note, 'content'), key);
  return v !== null && typeof v === 'object' && !Array.isArray(v) && 'value' in v
    ? field(v, 'value')
    : v;
}

/** `ICLR 2024 poster` -> `ICLR`; a submission that was not accepted has no venue. */
function venueOf(text: string | undefined): { venue?: string; year?: string } {
  if (
    text === undefined ||
    /^(?:submitted to|under review|withdrawn|desk rejected|rejected)\b/i.test(text)
  )
    return {};
  const m = /^(.*?)\s+((?:19|20)\d{2})\b/.exec(text);
  if (m?.[1] !== undefined && m[2] !== undefined) return { venue: m[1].trim(), year: m[2] };
  return { venue: text };
}

/**
 * An OpenReview answer as the paper of forum `id`, or why there is none; `source` says which of the
 * two APIs answered (their records are read alike).
 */
export function parseOpenReview(
  answer: Answer,
  id: string,
  source: 'openreview' | 'openreview1' = 'openreview',
): ParsedAnswer {
  if (answer.status === 404) return notFound('OpenReview has no note with this id');
  const json = parseJson(answer.body);
  const notes = list(json, 'notes');
  if (answer.status !== 200 || !Array.isArray(field(json, 'notes'))) {
    return noRecord('OpenReview', answer.status, 'notes');
  }
  const note =
    notes.find((n) => field(n, 'id') === id) ?? notes.find((n) => field(n, 'forum') === id);
  if (note === undefined) return notFound('OpenReview has no note with this id');
  const title = cleanFetched(content(note, 'title'));
  const authors = cleanNames(list(content(note, 'authors')));
  const shown = venueOf(cleanFetched(content(note, 'venue'), LIMITS.venue * 3));
  const venueid = cleanFetched(content(note, 'venueid'), 200) ?? '';
  const year =
    shown.year ??
    /\/((?:19|20)\d{2})\//.exec(venueid)?.[1] ??
    yearFromTime(field(note, 'pdate') ?? field(note, 'cdate'));
  // The note's `pdf` is a path on openreview.net; the list links the stable `pdf?id=` address.
  const pdf = cleanFetched(content(note, 'pdf'), 300)
    ? cleanFetchedUrl(`https://openreview.net/pdf?id=${encodeURIComponent(id)}`)
    : undefined;
  const page = cleanFetchedUrl(`https://openreview.net/forum?id=${encodeURIComponent(id)}`);
  const paper: FetchedPaper = {
    source,
    ...(title !== undefined ? { title } : {}),
    ...(authors ? { authors } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(shown.venue !== undefined ? { venue: shown.venue } : {}),
    preprint: shown.venue === undefined,
    ...(page !== undefined ? { page, url: page } : {}),
    ...(pdf !== undefined ? { pdf } : {}),
    ids: { openreview: id },
  };
  return { ok: true, paper };
}

function yearFromTime(ms: unknown): string | undefined {
  return typeof ms === 'number' && Number.isFinite(ms)
    ? yearOf(new Date(ms).toISOString())
    : undefined;
}
