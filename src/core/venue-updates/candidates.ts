// Which entries the scheduled venue look-up may ask about: those whose venue is a preprint word
// (`arXiv`, `CoRR`, empty) and that carry an identifier (an `arxiv`, `doi` or `openreview` field, or a
// link that reveals one). A venue a person set to anything else is never a candidate. Each run takes
// a bounded number, those never checked first, then those checked longest ago.
import { extractIdentifiers, identifierKey, type PaperIdentifier } from '../data/identifiers.js';
import type { EntryRef } from '../data/stamp-added.js';
import { isPreprintVenue } from '../metadata/venue.js';
import type { Paper, PaperList } from '../types.js';
import type { VenueState } from './state.js';

/** An entry checked less than this long ago is not asked again. */
export const RECHECK_AFTER_DAYS = 7;

export interface Candidate {
  ref: EntryRef;
  /** The identifier the services are asked by, and its key in the state. */
  id: PaperIdentifier;
  key: string;
  title: string;
  venue?: string;
  /** The year the entry gives now (a preprint's year, typically). */
  year?: string;
}

const FIELD_KINDS = ['arxiv', 'doi', 'openreview'] as const;

/** The identifier to ask by: an arXiv id first (DBLP and Semantic Scholar know preprints by it). */
export function entryIdentifier(paper: Paper): PaperIdentifier | undefined {
  const ids: PaperIdentifier[] = [];
  for (const kind of FIELD_KINDS) {
    const v = paper.extra[kind];
    if (typeof v !== 'string' || v.trim() === '') continue;
    const id = kind === 'doi' ? v.trim().toLowerCase() : v.trim();
    const fromDoi = kind === 'doi' ? extractIdentifiers(`https://doi.org/${id}`) : [];
    ids.push(fromDoi[0] ?? { kind, id });
  }
  for (const link of paper.links) ids.push(...extractIdentifiers(link.url));
  const usable = ids.filter((i) => i.kind !== 'acl');
  return usable.find((i) => i.kind === 'arxiv') ?? usable[0];
}

/** Every entry that may be upgraded, in file order. */
export function preprintEntries(list: PaperList): Candidate[] {
  const out: Candidate[] = [];
  for (const s of list.sections) {
    s.papers.forEach((p, index) => {
      if (!isPreprintVenue(p.venue)) return;
      const id = entryIdentifier(p);
      if (id === undefined) return;
      out.push({
        ref: { section: s.name, index },
        id,
        key: identifierKey(id),
        title: p.title,
        ...(p.venue !== undefined ? { venue: p.venue } : {}),
        ...(p.year !== undefined ? { year: p.year } : {}),
      });
    });
  }
  return out;
}

/** At most `limit` identifiers to look up now: never checked first, then oldest checked. */
export function pickCandidates(
  entries: readonly Candidate[],
  state: VenueState,
  now: Date,
  limit: number,
): Candidate[] {
  const due = now.getTime() - RECHECK_AFTER_DAYS * 86_400_000;
  const seen = new Set<string>();
  const open: { c: Candidate; at: number; order: number }[] = [];
  entries.forEach((c, order) => {
    if (seen.has(c.key)) return;
    seen.add(c.key);
    const checked = state.checked[c.key];
    const at = checked === undefined ? -Infinity : Date.parse(checked);
    if (Number.isFinite(at) && at > due) return;
    open.push({ c, at: Number.isNaN(at) ? -Infinity : at, order });
  });
  return open
    .sort((a, b) => (a.at === b.at ? a.order - b.order : a.at - b.at))
    .slice(0, limit)
    .map((o) => o.c);
}
