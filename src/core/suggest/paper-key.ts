// One name per paper, for deciding which suggestion of it may open the pull request: its arXiv id
// (without version), else its DOI (lower-cased), else its normalised title. Two suggestions of one
// paper that share such a key claim the same branch, `paperlist/paper-<16 hex digits>`: a hash, so
// no issue text ever reaches a git ref. (Two suggestions whose keys differ, one with an arXiv link
// and one with a title only, are still caught by the duplicate check after writing.)
import { extractIdentifiers, type PaperIdentifier } from '../data/identifiers.js';
import { shortHash } from '../short-hash.js';
import type { Paper } from '../types.js';
import { titleKey } from './normalize.js';

/** The identifier fields an entry may keep, read as the links they stand for. */
const FIELD_LINKS: Record<'arxiv' | 'doi', (v: string) => string> = {
  arxiv: (v) => `https://arxiv.org/abs/${v}`,
  doi: (v) => `https://doi.org/${v}`,
};

function identifiers(paper: Paper): PaperIdentifier[] {
  const out = paper.links.flatMap((l) => extractIdentifiers(l.url));
  for (const [field, link] of Object.entries(FIELD_LINKS)) {
    const value = paper.extra[field];
    if (typeof value === 'string' && value.trim() !== '') {
      out.push(...extractIdentifiers(link(value.trim())));
    }
  }
  return out;
}

/** `arxiv:1709.01686`, `doi:10.1145/3527155` or `title:branchynetfastinference…`. */
export function paperKey(paper: Paper): string {
  const ids = identifiers(paper);
  const arxiv = ids.find((i) => i.kind === 'arxiv');
  if (arxiv !== undefined) return `arxiv:${arxiv.id}`;
  const doi = ids.find((i) => i.kind === 'doi');
  if (doi !== undefined) return `doi:${doi.id.toLowerCase()}`;
  return `title:${titleKey(paper.title)}`;
}

/** The branch whose creation claims the paper for one suggestion. */
export function claimBranch(paper: Paper): string {
  return `paperlist/paper-${shortHash(paperKey(paper))}`;
}
