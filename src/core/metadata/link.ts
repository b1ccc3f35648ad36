// Recognising what a contributor pasted as "the paper's link": an arXiv id or page, a DOI in any of
// its usual spellings, an OpenReview forum or PDF, an ACL Anthology page, or the landing page of
// another publisher. The kind decides which services are asked; a landing page of another
// publisher is never fetched (no scraping), its paper is found by title instead.
import { extractIdentifiers } from '../data/identifiers.js';

/** A DOI whose registration agency is DataCite because it is arXiv's own (`10.48550/arXiv.*`). */
export const ARXIV_DOI_PREFIX = '10.48550';

export type PaperLink =
  /** `id` without version, `version` (`v2`) when the link named one. */
  | { kind: 'arxiv'; id: string; version?: string }
  /** `doi` lower-cased (DOIs compare case-insensitively); `arxiv` when it is an arXiv DOI. */
  | { kind: 'doi'; doi: string; arxiv?: string }
  | { kind: 'openreview'; id: string }
  | { kind: 'acl'; id: string }
  /** A publisher's page with no identifier in its address: found by title through DBLP / S2. */
  | { kind: 'landing'; url: string; host: string }
  | { kind: 'unknown'; text: string };

const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Za-z]{2})?\/\d{7})(v\d+)?$/;
const ARXIV_PREFIXED = /^arxiv:\s*(\S+)$/i;
const BARE_DOI = /^(?:doi:\s*)?(10\.\d{4,9}\/\S+)$/i;
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;
/** Whether `id` is an arXiv id without version (`2104.12255`, `astro-ph/0601001`). */
export function isArxivId(id: string): boolean {
  const m = ARXIV_ID.exec(id);
  return m !== null && m[2] === undefined;
}

function arxivOf(raw: string): PaperLink | undefined {
  const m = ARXIV_ID.exec(raw.trim());
  if (m?.[1] === undefined) return undefined;
  return m[2] !== undefined
    ? { kind: 'arxiv', id: m[1], version: m[2] }
    : { kind: 'arxiv', id: m[1] };
}

function doiOf(raw: string): PaperLink {
  const doi = raw.replace(/[/.,;]+$/, '').toLowerCase();
  const ax = ARXIV_DOI.exec(doi);
  const arxiv = ax?.[1] !== undefined ? arxivOf(ax[1]) : undefined;
  return arxiv?.kind === 'arxiv' ? { kind: 'doi', doi, arxiv: arxiv.id } : { kind: 'doi', doi };
}

/** The version an arXiv page address names (`/abs/2104.12255v1` -> `v1`). */
function arxivVersion(url: string): string | undefined {
  return /\/(?:abs|pdf|html)\/[^?#]*?(v\d+)(?:\.pdf)?\/?(?:[?#]|$)/.exec(url)?.[1];
}

/** What `text` (one link or id, as pasted) points to. */
export function recognizeLink(text: string): PaperLink {
  const t = text.trim();
  const prefixed = ARXIV_PREFIXED.exec(t);
  if (prefixed?.[1] !== undefined) return arxivOf(prefixed[1]) ?? { kind: 'unknown', text: t };
  const bare = arxivOf(t);
  if (bare) return bare;
  const doi = BARE_DOI.exec(t);
  if (doi?.[1] !== undefined) return doiOf(doi[1]);
  if (!/^https?:\/\//i.test(t)) return { kind: 'unknown', text: t };
  const [id] = extractIdentifiers(t);
  // An arXiv DOI (`doi.org/10.48550/arXiv.*`) is asked of DataCite, the agency that registered it.
  const arxivDoi = /\/(10\.48550\/arxiv\.[^?#]+)/i.exec(t)?.[1];
  if (id?.kind === 'arxiv' && arxivDoi !== undefined) return doiOf(arxivDoi);
  if (id?.kind === 'arxiv') {
    const version = arxivVersion(t);
    return version !== undefined
      ? { kind: 'arxiv', id: id.id, version }
      : { kind: 'arxiv', id: id.id };
  }
  if (id?.kind === 'doi') return doiOf(id.id);
  if (id?.kind === 'openreview') return { kind: 'openreview', id: id.id };
  if (id?.kind === 'acl') return { kind: 'acl', id: id.id };
  let host: string;
  try {
    host = new URL(t).hostname.toLowerCase();
  } catch {
    return { kind: 'unknown', text: t };
  }
  return host !== '' ? { kind: 'landing', url: t, host } : { kind: 'unknown', text: t };
}

/** Identifiers the link itself gives, in the extra-field form the list keeps (`arxiv`, `doi`, ...). */
export function linkIdentifiers(link: PaperLink): {
  arxiv?: string;
  doi?: string;
  openreview?: string;
  acl?: string;
} {
  switch (link.kind) {
    case 'arxiv':
      return { arxiv: link.id };
    case 'doi':
      return link.arxiv !== undefined ? { arxiv: link.arxiv } : { doi: link.doi };
    case 'openreview':
      return { openreview: link.id };
    case 'acl':
      return { acl: link.id };
    default:
      return {};
  }
}

/** The page address of a recognised paper link (`arXiv:2104.12255` -> its abstract page). */
export function canonicalUrl(link: PaperLink): string | undefined {
  switch (link.kind) {
    case 'arxiv':
      return `https://arxiv.org/abs/${link.id}`;
    case 'doi':
      return link.arxiv !== undefined
        ? `https://arxiv.org/abs/${link.arxiv}`
        : `https://doi.org/${link.doi}`;
    case 'openreview':
      return `https://openreview.net/forum?id=${encodeURIComponent(link.id)}`;
    case 'acl':
      return `https://aclanthology.org/${link.id}/`;
    case 'landing':
      return link.url;
    default:
      return undefined;
  }
}
