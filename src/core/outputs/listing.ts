// The list as readers' outputs see it: every distinct paper once (a title listed in several sections
// is one paper that belongs to all of them, as the README's count line counts it), with the fields
// the page, the BibTeX file and the feed share read out of the entry's extra fields and links.
import { extractIdentifiers } from '../data/identifiers.js';
import { encodeUrl, isHttpUrl } from '../render/escape.js';
import type { Paper, PaperLink, PaperList } from '../types.js';

/** A section a paper is listed in. */
export interface SectionRef {
  name: string;
  category: string;
}

export interface ListedPaper {
  title: string;
  abbr?: string;
  venue?: string;
  year?: string;
  links: PaperLink[];
  authors: string[];
  doi?: string;
  arxiv?: string;
  /** `YYYY-MM-DD`, when the entry records the day it was added. */
  added?: string;
  sections: SectionRef[];
  /** Position of the paper's first entry in the data file: ties in every ordering keep it. */
  order: number;
}

const ADDED = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Authors as written: a YAML list of names, or one string of names separated by " and " or ";"
 * (BibTeX's and a common citation style), or by "," when neither separator is present.
 */
export function authorsOf(paper: Paper): string[] {
  const raw = paper.extra['authors'] ?? paper.extra['author'];
  const names = Array.isArray(raw)
    ? raw.filter((a): a is string => typeof a === 'string')
    : typeof raw === 'string'
      ? raw.split(/\s+and\s+|;/.test(raw) ? /\s+and\s+|;/ : /,/)
      : [];
  return names.map((n) => n.replace(/\s+/g, ' ').trim()).filter((n) => n !== '');
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The DOI and arXiv id: the entry's own `doi` / `arxiv` fields first, else what its links reveal. */
function identifiers(paper: Paper): { doi?: string; arxiv?: string } {
  let doi = text(paper.extra['doi']);
  let arxiv = text(paper.extra['arxiv']) ?? text(paper.extra['eprint']);
  for (const link of paper.links) {
    for (const id of extractIdentifiers(link.url)) {
      if (id.kind === 'doi') doi ??= id.id;
      if (id.kind === 'arxiv') arxiv ??= id.id;
    }
  }
  return { ...(doi ? { doi } : {}), ...(arxiv ? { arxiv } : {}) };
}

function listed(paper: Paper, order: number): ListedPaper {
  const added = text(paper.extra['added']);
  return {
    title: paper.title,
    ...(paper.abbr ? { abbr: paper.abbr } : {}),
    ...(paper.venue ? { venue: paper.venue } : {}),
    ...(paper.year ? { year: paper.year } : {}),
    links: paper.links,
    authors: authorsOf(paper),
    ...identifiers(paper),
    ...(added && ADDED.test(added) ? { added } : {}),
    sections: [],
    order,
  };
}

/**
 * Distinct papers in file order. The first entry of a title gives the fields; later entries of the
 * same title add their section (and an `added` day or links the first lacks).
 */
export function distinctPapers(list: PaperList): ListedPaper[] {
  const byTitle = new Map<string, ListedPaper>();
  let order = 0;
  for (const section of list.sections) {
    for (const paper of section.papers) {
      let entry = byTitle.get(paper.title);
      if (!entry) {
        entry = listed(paper, order++);
        byTitle.set(paper.title, entry);
      } else {
        const other = listed(paper, entry.order);
        entry.added ??= other.added;
        if (entry.links.length === 0) entry.links = other.links;
      }
      if (!entry.sections.some((s) => s.name === section.name)) {
        entry.sections.push({ name: section.name, category: section.category });
      }
    }
  }
  return [...byTitle.values()];
}

/**
 * The link a reader most likely wants: the paper's page, else its PDF, else its first http link;
 * percent-encoded as the README's links are, so it cannot end an attribute or a field early.
 */
export function mainLink(paper: ListedPaper): string | undefined {
  const http = paper.links.filter((l) => isHttpUrl(l.url.trim()));
  const by = (label: string) => http.find((l) => l.label.toUpperCase() === label)?.url;
  const url = by('PAGE') ?? by('PDF') ?? http[0]?.url;
  return url === undefined ? undefined : encodeUrl(url.trim());
}
