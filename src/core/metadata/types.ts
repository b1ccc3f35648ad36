// What the metadata services say about a paper, as plain data: each parser turns one service's
// answer into a FetchedPaper (every string already cleaned like issue text), and the merge combines
// them with what the contributor typed, keeping the source of every value.

/** `openreview1` is OpenReview's API v1 (older venues), on a host of its own. */
export type ServiceName =
  | 'arxiv'
  | 'crossref'
  | 'datacite'
  | 'openreview'
  | 'openreview1'
  | 'dblp'
  | 's2'
  | 'acl'
  | 'github';

/** The merge's trust orders: the paper's own record, and where it was published. */
export type TrustOrder = 'record' | 'venue';

/** A parser's verdict in the shape the client keeps: the value, or why there is none. */
export type Verdict<T> =
  { ok: true; value: T } | { ok: false; kind: 'not-found' | 'error'; message: string };

/** Everything paperlist knows of one service (the records are in services.ts). */
export interface ServiceRecord {
  /** How the service is named in comments and summaries. */
  label: string;
  baseUrl: string;
  /** The environment variable that moves the service (tests, mirrors). */
  baseUrlVariable: string;
  /** Milliseconds between the answer to one request and the start of the next. */
  intervalMs: number;
  /** The service's place in each trust order (1 first); every order names every service. */
  ranks: Record<TrustOrder, number>;
  /** Reads one answer; `asked` is the identifier or title the request asked for. */
  parse: (answer: Answer, asked: string) => Verdict<unknown>;
}

/** Identifiers kept as extra fields of an entry (`arxiv`, `doi`, `openreview`) and used for duplicates. */
export interface PaperIds {
  /** Without version. */
  arxiv?: string;
  /** Lower-cased; never an arXiv DOI (that is `arxiv`). */
  doi?: string;
  openreview?: string;
  acl?: string;
}

/** One service's view of a paper. Absent fields are unknown to that service. */
export interface FetchedPaper {
  source: ServiceName;
  title?: string;
  authors?: string[];
  year?: string;
  /** The venue as the service writes it (`CoRR`, `ICLR`, `Nature Machine Intelligence`...). */
  venue?: string;
  /** Other names the service gives for the same venue (short titles, alternate names). */
  venueNames?: string[];
  /** The record is a preprint (arXiv, a DataCite preprint, DBLP's CoRR): its venue is no venue. */
  preprint?: boolean;
  page?: string;
  pdf?: string;
  ids: PaperIds;
  /** Repository addresses named in the record's text (comment, abstract), not yet checked. */
  codeCandidates?: string[];
  /** Where a person can see this record (shown as the value's source link). */
  url?: string;
}

/** A parser's verdict on one answer. */
export type ParsedAnswer =
  { ok: true; paper: FetchedPaper } | { ok: false; kind: 'not-found' | 'error'; message: string };

/** A raw HTTP answer, as the parsers see it. */
export interface Answer {
  status: number;
  body: string;
}

/** A service that could not say anything about the paper, and why. */
export interface LookupGap {
  service: ServiceName;
  kind: 'not-found' | 'unavailable';
  message: string;
}

/** Everything the services said about one link. */
export interface LookupResult {
  fetched: FetchedPaper[];
  gaps: LookupGap[];
  /** The link's own identifiers. */
  linkIds: PaperIds;
  /** A repository named by a record and found on GitHub. */
  code?: { url: string; source: ServiceName };
}
