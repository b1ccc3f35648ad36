// Finding a suggested paper in the list or in other open suggestions. The index is built once per
// check, so a list of 10,000 papers costs Map lookups, not pairwise comparisons.
import { describeIdentifier, extractIdentifiers, identifierKey } from '../data/identifiers.js';
import type { Paper, PaperList } from '../types.js';
import { titleKey, titleWords } from './normalize.js';
import type { DuplicateMatch, OpenSuggestion } from './types.js';

interface Entry {
  source: 'list' | 'suggestion';
  paper: Paper;
  sections: string[];
  issue?: number;
  words: string[];
}

export interface DuplicateIndex {
  byTitle: Map<string, Entry>;
  byIdentifier: Map<string, Entry>;
  /** Hash of all words of a title -> entries (candidates only; compared word by word after). */
  byWords: Map<number, Entry[]>;
  /** Hash of a title with one word left out -> entries. */
  byWordsLessOne: Map<number, Entry[]>;
}

/** Near-identical titles must share this many words: one word is too much of a short title. */
const NEAR_MIN_SHARED = 3;

const B = 0x01000193;

function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), B);
  return h >>> 0;
}

/** Hash of the whole word sequence and of each sequence with one word removed (polynomial hashes). */
function sequenceHashes(words: string[]): { full: number; lessOne: number[] } {
  const n = words.length;
  const hs = words.map(wordHash);
  const pow = [1];
  for (let i = 1; i <= n; i++) pow.push(Math.imul(pow[i - 1] ?? 1, 31) >>> 0);
  const prefix = [0];
  for (let i = 0; i < n; i++) prefix.push((Math.imul(prefix[i] ?? 0, 31) + (hs[i] ?? 0)) >>> 0);
  const suffix: number[] = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    suffix[i] = (Math.imul(hs[i] ?? 0, pow[n - 1 - i] ?? 1) + (suffix[i + 1] ?? 0)) >>> 0;
  }
  const lessOne: number[] = [];
  for (let i = 0; i < n; i++) {
    lessOne.push((Math.imul(prefix[i] ?? 0, pow[n - 1 - i] ?? 1) + (suffix[i + 1] ?? 0)) >>> 0);
  }
  return { full: prefix[n] ?? 0, lessOne };
}

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

function push<K>(map: Map<K, Entry[]>, key: K, e: Entry): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [e]);
  else if (!list.includes(e)) list.push(e);
}

function addEntry(index: DuplicateIndex, e: Entry, key: string): void {
  index.byTitle.set(key, e);
  for (const link of e.paper.links) {
    for (const id of extractIdentifiers(link.url)) {
      const k = identifierKey(id);
      if (!index.byIdentifier.has(k)) index.byIdentifier.set(k, e);
    }
  }
  if (e.words.length >= NEAR_MIN_SHARED) {
    const { full, lessOne } = sequenceHashes(e.words);
    push(index.byWords, full, e);
    for (const h of lessOne) push(index.byWordsLessOne, h, e);
  }
}

/**
 * Indexes the list (a paper listed in several sections is one entry) and the open suggestions,
 * leaving out the suggestion of issue `exceptIssue` (the one being checked).
 */
export function buildDuplicateIndex(
  list: PaperList,
  openSuggestions: OpenSuggestion[],
  exceptIssue?: number,
): DuplicateIndex {
  const index: DuplicateIndex = {
    byTitle: new Map(),
    byIdentifier: new Map(),
    byWords: new Map(),
    byWordsLessOne: new Map(),
  };
  for (const section of list.sections) {
    for (const paper of section.papers) {
      const words = titleWords(paper.title);
      const key = words.join('');
      const seen = index.byTitle.get(key);
      if (seen !== undefined) {
        if (!seen.sections.includes(section.name)) seen.sections.push(section.name);
        continue;
      }
      addEntry(index, { source: 'list', paper, sections: [section.name], words }, key);
    }
  }
  for (const s of openSuggestions) {
    if (s.issue === exceptIssue) continue;
    const words = titleWords(s.paper.title);
    const key = words.join('');
    if (index.byTitle.has(key)) continue;
    const entry: Entry = {
      source: 'suggestion',
      paper: s.paper,
      sections: [...s.sections],
      issue: s.issue,
      words,
    };
    addEntry(index, entry, key);
  }
  return index;
}

function match(e: Entry, on: string, field: string): DuplicateMatch {
  const m: DuplicateMatch = { source: e.source, paper: e.paper, sections: e.sections, on, field };
  if (e.issue !== undefined) m.issue = e.issue;
  return m;
}

/** The form field a link label came from (PAGE -> page), for pointing problems at it. */
const fieldOfLabel = (label: string): string => label.toLowerCase();

/**
 * Duplicates (same normalised title, or a shared arXiv id, DOI, OpenReview or ACL Anthology id) and
 * near-identical titles (one word apart) of `paper`. Entries of the list come before suggestions.
 */
export function findDuplicates(
  index: DuplicateIndex,
  paper: Paper,
): { duplicates: DuplicateMatch[]; similar: DuplicateMatch[] } {
  const found = new Map<Entry, DuplicateMatch>();
  const words = titleWords(paper.title);
  const same = index.byTitle.get(titleKey(paper.title));
  if (same !== undefined) found.set(same, match(same, 'title', 'title'));
  for (const link of paper.links) {
    for (const id of extractIdentifiers(link.url)) {
      const e = index.byIdentifier.get(identifierKey(id));
      if (e !== undefined && !found.has(e)) {
        found.set(e, match(e, describeIdentifier(id), fieldOfLabel(link.label)));
      }
    }
  }
  const similar = new Map<Entry, DuplicateMatch>();
  if (words.length >= NEAR_MIN_SHARED) {
    const { full, lessOne } = sequenceHashes(words);
    const candidates = [...(index.byWordsLessOne.get(full) ?? [])];
    for (const h of lessOne) {
      candidates.push(...(index.byWords.get(h) ?? []), ...(index.byWordsLessOne.get(h) ?? []));
    }
    for (const e of candidates) {
      if (found.has(e) || similar.has(e)) continue;
      const n = Math.min(e.words.length, words.length);
      const shared = e.words.length === words.length ? n - 1 : n;
      if (shared >= NEAR_MIN_SHARED && oneWordApart(words, e.words)) {
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
