// Finding a suggested paper in the list or in other open suggestions. The index is built once per
// check from numeric title fingerprints and link identifiers, so a list of 10,000 papers costs a
// few milliseconds and Map lookups, never pairwise comparisons.
import {
  describeIdentifier,
  extractIdentifiers,
  identifierKey,
  type PaperIdentifier,
} from '../data/identifiers.js';
import type { Paper, PaperList } from '../types.js';
import { titleWords } from './normalize.js';
import { hashTitle } from './title-hash.js';
import type { DuplicateMatch, OpenSuggestion } from './types.js';

interface Entry {
  source: 'list' | 'suggestion';
  paper: Paper;
  sections: string[];
  issue?: number;
  /** The title's words, worked out only when the entry is a candidate. */
  words?: string[];
}

export interface DuplicateIndex {
  /** Title fingerprint -> entries (a fingerprint match is confirmed on the words). */
  byKey: Map<number, Entry[]>;
  byIdentifier: Map<string, Entry>;
  /** Fingerprints of the first two and of the last two words -> entries with at least 3 words. */
  byFirst: Map<number, Entry[]>;
  byLast: Map<number, Entry[]>;
}

/** Near-identical titles must share this many words: one word is too much of a short title. */
const NEAR_MIN_SHARED = 3;

/** Hosts whose links carry identifiers; other links are skipped without parsing. */
const ID_HOSTS =
  /arxiv\.org|doi\.org|dl\.acm\.org|link\.springer\.com|openreview\.net|aclanthology\.org/i;

const wordsOf = (e: Entry): string[] => (e.words ??= titleWords(e.paper.title));

/** Same title: the same letters and digits once case, punctuation and spacing are gone. */
const sameWords = (a: string[], b: string[]): boolean => a.join('') === b.join('');

/** One word replaced, added or removed (never zero: equal titles are duplicates, not near ones). */
function oneWordApart(a: string[], b: string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return (
    a.length - i - j <= 1 && b.length - i - j <= 1 && (a.length !== b.length || i + j < a.length)
  );
}

function add(map: Map<number, Entry[]>, key: number, e: Entry): void {
  const bucket = map.get(key);
  if (bucket === undefined) map.set(key, [e]);
  else bucket.push(e);
}

/** Identifier fields an entry may keep (filled when a paper is added by its link). */
const ID_FIELDS: Record<string, (v: string) => PaperIdentifier[]> = {
  arxiv: (v) => extractIdentifiers(`https://arxiv.org/abs/${v}`),
  doi: (v) => extractIdentifiers(`https://doi.org/${v}`),
  openreview: (v) => [{ kind: 'openreview', id: v }],
  acl: (v) => extractIdentifiers(`https://aclanthology.org/${v}`),
};

function identifiersOf(paper: Paper): { id: PaperIdentifier; label: string }[] {
  const out: { id: PaperIdentifier; label: string }[] = [];
  for (const link of paper.links) {
    if (!ID_HOSTS.test(link.url)) continue;
    for (const id of extractIdentifiers(link.url)) out.push({ id, label: link.label });
  }
  // The identifiers kept as fields: the suggestion's `link` field is what they came from.
  for (const [field, read] of Object.entries(ID_FIELDS)) {
    const value = paper.extra[field];
    if (typeof value !== 'string' || value.trim() === '') continue;
    for (const id of read(value.trim())) out.push({ id, label: 'link' });
  }
  return out;
}

/** Adds an entry, or merges `sections` into the entry of the same title already indexed. */
function addEntry(index: DuplicateIndex, e: Entry): void {
  const h = hashTitle(e.paper.title);
  const same = index.byKey.get(h.key)?.find((o) => sameWords(wordsOf(o), wordsOf(e)));
  if (same !== undefined) {
    for (const s of e.sections) if (!same.sections.includes(s)) same.sections.push(s);
    return;
  }
  add(index.byKey, h.key, e);
  for (const { id } of identifiersOf(e.paper)) {
    const k = identifierKey(id);
    if (!index.byIdentifier.has(k)) index.byIdentifier.set(k, e);
  }
  // Two titles one word apart, sharing at least three words, agree on their first two words or on
  // their last two (the differing word cannot be among both): these keys find every candidate.
  if (h.count >= NEAR_MIN_SHARED) {
    add(index.byFirst, h.first, e);
    add(index.byLast, h.last, e);
  }
}

/**
 * Indexes the list (a paper listed in several sections is one entry) and the open suggestions.
 * When `exceptIssue` (the issue being checked) is given, only suggestions of earlier issues count:
 * of two suggestions of one paper the earlier one wins, whichever is checked first, so two issues
 * opened at the same moment cannot end up refusing each other. Suggestions of a paper that is in
 * the list already add nothing.
 */
export function buildDuplicateIndex(
  list: PaperList,
  openSuggestions: OpenSuggestion[],
  exceptIssue?: number,
): DuplicateIndex {
  const index: DuplicateIndex = {
    byKey: new Map(),
    byIdentifier: new Map(),
    byFirst: new Map(),
    byLast: new Map(),
  };
  for (const section of list.sections) {
    for (const paper of section.papers) {
      addEntry(index, { source: 'list', paper, sections: [section.name] });
    }
  }
  for (const s of openSuggestions) {
    if (exceptIssue !== undefined && s.issue >= exceptIssue) continue;
    const h = hashTitle(s.paper.title);
    const words = titleWords(s.paper.title);
    const inList = index.byKey
      .get(h.key)
      ?.some((o) => o.source === 'list' && sameWords(wordsOf(o), words));
    if (inList) continue;
    addEntry(index, {
      source: 'suggestion',
      paper: s.paper,
      sections: [...s.sections],
      issue: s.issue,
      words,
    });
  }
  return index;
}

function match(e: Entry, on: string, field: string): DuplicateMatch {
  const m: DuplicateMatch = { source: e.source, paper: e.paper, sections: e.sections, on, field };
  if (e.issue !== undefined) m.issue = e.issue;
  return m;
}

/**
 * Duplicates (same normalised title, or a shared arXiv id, DOI, OpenReview or ACL Anthology id) and
 * near-identical titles (one word apart) of `paper`. Entries of the list come before suggestions.
 */
export function findDuplicates(
  index: DuplicateIndex,
  paper: Paper,
): { duplicates: DuplicateMatch[]; similar: DuplicateMatch[] } {
  const found = new Map<Entry, DuplicateMatch>();
  const h = hashTitle(paper.title);
  const words = titleWords(paper.title);
  for (const e of index.byKey.get(h.key) ?? []) {
    if (sameWords(wordsOf(e), words)) found.set(e, match(e, 'title', 'title'));
  }
  for (const { id, label } of identifiersOf(paper)) {
    const e = index.byIdentifier.get(identifierKey(id));
    // The form field a link came from is its label in lower case (PAGE -> page).
    if (e !== undefined && !found.has(e)) {
      found.set(e, match(e, describeIdentifier(id), label.toLowerCase()));
    }
  }
  const similar = new Map<Entry, DuplicateMatch>();
  if (h.count >= NEAR_MIN_SHARED) {
    const candidates = [...(index.byFirst.get(h.first) ?? []), ...(index.byLast.get(h.last) ?? [])];
    for (const e of candidates) {
      if (found.has(e) || similar.has(e)) continue;
      const other = wordsOf(e);
      const n = Math.min(other.length, words.length);
      const shared = other.length === words.length ? n - 1 : n;
      if (shared >= NEAR_MIN_SHARED && oneWordApart(words, other)) {
        similar.set(e, match(e, 'title', 'title'));
      }
    }
  }
  const order = (a: DuplicateMatch, b: DuplicateMatch) =>
    a.source === b.source ? 0 : a.source === 'list' ? -1 : 1;
  return {
    duplicates: [...found.values()].sort(order),
    similar: [...similar.values()].sort(order),
  };
}
