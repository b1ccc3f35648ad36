// Finding a suggested paper in the list or in other open suggestions. The index is built once per
// check, so a list of 10,000 papers costs Map lookups, not pairwise comparisons.
import { describeIdentifier, extractIdentifiers, identifierKey } from '../data/identifiers.js';
import type { Paper, PaperList } from '../types.js';
import { titleWords } from './normalize.js';
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
  /** Titles by their first two and by their last two words: candidates for near-identical ones. */
  byEnds: Map<string, Entry[]>;
}

/** Near-identical titles must share this many words: one word is too much of a short title. */
const NEAR_MIN_SHARED = 3;

/**
 * Two titles one word apart, sharing at least three words, agree on their first two words or on
 * their last two (the differing word cannot be among both), so these two keys find every candidate.
 */
function endKeys(words: string[]): [string, string] {
  const n = words.length;
  return [`<${words[0]} ${words[1]}`, `>${words[n - 2]} ${words[n - 1]}`];
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

function addEntry(index: DuplicateIndex, e: Entry, key: string): void {
  index.byTitle.set(key, e);
  for (const link of e.paper.links) {
    for (const id of extractIdentifiers(link.url)) {
      const k = identifierKey(id);
      if (!index.byIdentifier.has(k)) index.byIdentifier.set(k, e);
    }
  }
  if (e.words.length >= NEAR_MIN_SHARED) {
    for (const k of endKeys(e.words)) {
      const bucket = index.byEnds.get(k);
      if (bucket === undefined) index.byEnds.set(k, [e]);
      else bucket.push(e);
    }
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
  const index: DuplicateIndex = { byTitle: new Map(), byIdentifier: new Map(), byEnds: new Map() };
  for (const section of list.sections) {
    for (const paper of section.papers) {
      const words = titleWords(paper.title);
      const key = words.join('');
      const seen = index.byTitle.get(key);
      if (seen === undefined) {
        addEntry(index, { source: 'list', paper, sections: [section.name], words }, key);
      } else if (!seen.sections.includes(section.name)) {
        seen.sections.push(section.name);
      }
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
  const same = index.byTitle.get(words.join(''));
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
    for (const k of endKeys(words)) {
      for (const e of index.byEnds.get(k) ?? []) {
        if (found.has(e) || similar.has(e)) continue;
        const n = Math.min(e.words.length, words.length);
        const shared = e.words.length === words.length ? n - 1 : n;
        if (shared >= NEAR_MIN_SHARED && oneWordApart(words, e.words)) {
          similar.set(e, match(e, 'title', 'title'));
        }
      }
    }
  }
  const order = (a: DuplicateMatch, b: DuplicateMatch) =>
    a.source === b.source ? 0 : a.source === 'list' ? -1 : 1;
  return { duplicates: [...found.values()].sort(order), similar: [...similar.values()].sort(order) };
}
