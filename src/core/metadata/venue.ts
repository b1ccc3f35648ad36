// Writing a fetched venue in the list's own vocabulary. The spellings already in the data win (a list
// that writes `NIPS` gets `NIPS` for NeurIPS), then the settings' aliases, then the short names of
// well-known venues; a venue nobody knows is kept as the service wrote it, if it fits a cell.
import { LIMITS } from '../suggest/limits.js';
import type { PaperList } from '../types.js';
import { KNOWN_VENUES, PREPRINT_WORDS } from './venue-names.js';

export interface VenueVocabulary {
  /** Loose key of any name -> the group of equivalent names it belongs to (by its short name). */
  groupOf: Map<string, string>;
  /** Short name -> every name of the group, loose keys. */
  members: Map<string, Set<string>>;
  /** Loose key -> the list's own spelling (the most frequent one). */
  listSpelling: Map<string, string>;
  /** The list's word for a preprint (`arXiv` unless the data uses another). */
  preprintWord: string;
}

/**
 * A venue name reduced to what identifies it: case, punctuation, years, ordinals ("38th"),
 * "Proceedings of the" and DBLP's volume numbers ("ACL (1)") left out.
 */
export function venueKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\(\d+\)/g, ' ')
    .replace(/\b(?:19|20)\d{2}\b|\b\d+(?:st|nd|rd|th)\b|'\d{2}\b/g, ' ')
    .replace(/\bproceedings of (?:the )?\b/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const preprintKeys = new Set(PREPRINT_WORDS.map(venueKey));

/** Whether a venue as written in a list means "a preprint" (`arXiv`, `CoRR`, empty). */
export function isPreprintVenue(venue: string | undefined): boolean {
  return venue === undefined || venue.trim() === '' || preprintKeys.has(venueKey(venue));
}

function countSpellings(list: PaperList): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of list.sections) {
    for (const p of s.papers) {
      if (p.venue === undefined || p.venue.trim() === '') continue;
      const k = venueKey(p.venue);
      const byName = counts.get(k) ?? new Map<string, number>();
      byName.set(p.venue, (byName.get(p.venue) ?? 0) + 1);
      counts.set(k, byName);
    }
  }
  const out = new Map<string, string>();
  for (const [k, byName] of counts) {
    const [best] = [...byName].sort((a, b) => b[1] - a[1]);
    if (best) out.set(k, best[0]);
  }
  return out;
}

/** The vocabulary of a list: its spellings, the settings' aliases (list word -> other names), the table. */
export function buildVocabulary(
  list: PaperList,
  aliases: Record<string, string[]> = {},
): VenueVocabulary {
  const groupOf = new Map<string, string>();
  const members = new Map<string, Set<string>>();
  const join = (group: string, name: string) => {
    const k = venueKey(name);
    if (k === '') return;
    groupOf.set(k, group);
    const set = members.get(group) ?? new Set<string>();
    set.add(k);
    members.set(group, set);
  };
  for (const [short, names] of Object.entries(KNOWN_VENUES)) {
    for (const n of [short, ...names]) join(short, n);
  }
  // An alias joins the group its word already belongs to, or makes a group of its own.
  for (const [word, names] of Object.entries(aliases)) {
    const group = groupOf.get(venueKey(word)) ?? word;
    for (const n of [word, ...names]) join(group, n);
  }
  const listSpelling = countSpellings(list);
  const preprint = [...listSpelling].filter(([k]) => preprintKeys.has(k)).map(([, v]) => v);
  return { groupOf, members, listSpelling, preprintWord: preprint[0] ?? 'arXiv' };
}

/** The group a name belongs to: exactly, or because a known long name is part of it. */
function groupFor(vocab: VenueVocabulary, name: string): string | undefined {
  const k = venueKey(name);
  const exact = vocab.groupOf.get(k);
  if (exact !== undefined) return exact;
  // "Proceedings of the 2021 Conference of the North American Chapter of ...": the longest known name
  // inside it decides (only names of some length, so that a short word is never found by chance).
  let best: { group: string; length: number } | undefined;
  for (const [key, group] of vocab.groupOf) {
    if (key.length >= 20 && k.includes(key) && (best === undefined || key.length > best.length)) {
      best = { group, length: key.length };
    }
  }
  return best?.group;
}

/**
 * The venue to write for a paper the services place at `names` (the first is the main name), in the
 * list's vocabulary, and whether it is a venue the list or the table knows; undefined when no name fits.
 */
export function resolveVenue(
  vocab: VenueVocabulary,
  names: string[],
): { venue: string; known: boolean } | undefined {
  for (const name of names) {
    const own = vocab.listSpelling.get(venueKey(name));
    if (own !== undefined) return { venue: own, known: true };
  }
  for (const name of names) {
    const group = groupFor(vocab, name);
    if (group === undefined) continue;
    for (const k of vocab.members.get(group) ?? []) {
      const own = vocab.listSpelling.get(k);
      if (own !== undefined) return { venue: own, known: true };
    }
    return { venue: group, known: true };
  }
  const fits = names.find((n) => [...n].length <= LIMITS.venue);
  return fits !== undefined ? { venue: fits, known: false } : undefined;
}

/** The venue to write for `names` in the list's vocabulary (see resolveVenue). */
export function listVenue(vocab: VenueVocabulary, names: string[]): string | undefined {
  return resolveVenue(vocab, names)?.venue;
}

/** Whether two venue texts name the same venue in this vocabulary. */
export function sameVenue(vocab: VenueVocabulary, a: string, b: string): boolean {
  if (venueKey(a) === venueKey(b)) return true;
  const ga = groupFor(vocab, a);
  return ga !== undefined && ga === groupFor(vocab, b);
}
