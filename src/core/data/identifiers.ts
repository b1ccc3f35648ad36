// Paper identifiers hidden in the links of an entry: the same paper is often linked through different
// URLs (an arXiv abstract page vs. its PDF, a publisher's abstract vs. full text), and these ids are
// what stays the same.

export type IdentifierKind = 'arxiv' | 'doi' | 'openreview' | 'acl';

export interface PaperIdentifier {
  kind: IdentifierKind;
  /** arXiv id without version; DOI lower-cased; OpenReview and ACL Anthology ids as written. */
  id: string;
}

const KIND_NAMES: Record<IdentifierKind, string> = {
  arxiv: 'arXiv id',
  doi: 'DOI',
  openreview: 'OpenReview id',
  acl: 'ACL Anthology id',
};

/** `arXiv id 1703.09844`, `DOI 10.1145/3527155`: how an identifier is named in messages. */
export function describeIdentifier(i: PaperIdentifier): string {
  return `${KIND_NAMES[i.kind]} ${i.id}`;
}

/** A string that is equal for equal identifiers, for Map lookups. */
export function identifierKey(i: PaperIdentifier): string {
  return `${i.kind}:${i.id}`;
}

// New style `2102.04906` (4 or 5 digits after the dot), old style `cs/0112017` or `math.AG/0309136`.
const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Za-z]{2})?\/\d{7})(?:v\d+)?$/;
const ARXIV_PATH = /^\/(?:abs|pdf|html|format)\/(.+?)(?:\.pdf)?\/?$/;
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/;
const ACM_PATH = /^\/doi\/(?:(?:abs|full|pdf|epdf|fullhtml|book)\/)?(10\.\d{4,9}\/.+)$/i;
const SPRINGER_PATH = /^\/(?:article|chapter)\/(10\.\d{4,9}\/.+)$/;
const DOI_PATH = /^\/(10\.\d{4,9}\/.+)$/;
const ACL_PATH = /^\/(\d{4}\.[a-z0-9-]+\.\d+|[A-Z]\d{2}-\d{4})(?:\.pdf)?\/?$/;

function arxiv(raw: string): PaperIdentifier[] {
  const m = ARXIV_ID.exec(raw);
  return m?.[1] !== undefined ? [{ kind: 'arxiv', id: m[1] }] : [];
}

function doi(raw: string): PaperIdentifier[] {
  const id = raw.replace(/\/+$/, '').toLowerCase();
  const ax = ARXIV_DOI.exec(id);
  if (ax?.[1] !== undefined) return arxiv(ax[1]);
  return [{ kind: 'doi', id }];
}

function decode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Scheme, host and path of an http(s) URL; a regex rather than `new URL`, which is slow in bulk. */
const URL_PARTS = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)(?::\d*)?([^?#]*)(?:\?([^#]*))?/i;

/** The identifiers one link reveals; none for a link of no known kind or one that is no URL. */
export function extractIdentifiers(url: string): PaperIdentifier[] {
  const parts = URL_PARTS.exec(url.trim());
  if (parts === null) return [];
  const host = (parts[1] ?? '').toLowerCase().replace(/^(?:www|export)\./, '');
  const path = decode(parts[2] ?? '');
  if (host === 'arxiv.org') {
    const m = ARXIV_PATH.exec(path);
    return m?.[1] !== undefined ? arxiv(m[1]) : [];
  }
  if (host === 'doi.org' || host === 'dx.doi.org') {
    const m = DOI_PATH.exec(path);
    return m?.[1] !== undefined ? doi(m[1]) : [];
  }
  if (host === 'dl.acm.org') {
    const m = ACM_PATH.exec(path);
    return m?.[1] !== undefined ? doi(m[1]) : [];
  }
  if (host === 'link.springer.com') {
    const m = SPRINGER_PATH.exec(path);
    return m?.[1] !== undefined ? doi(m[1]) : [];
  }
  if (host === 'openreview.net' && (path === '/forum' || path === '/pdf')) {
    const id = /(?:^|&)id=([^&]+)/.exec(parts[3] ?? '')?.[1];
    return id !== undefined ? [{ kind: 'openreview', id: decode(id.replace(/\+/g, ' ')) }] : [];
  }
  if (host === 'aclanthology.org') {
    const m = ACL_PATH.exec(path);
    return m?.[1] !== undefined ? [{ kind: 'acl', id: m[1] }] : [];
  }
  return [];
}
