// The digest's values: a paper of arXiv's answer, a candidate with its rank and likeliest section,
// what the digest remembers between runs (kept as a hidden record in the digest issue's body), and
// the plan of one run. Kept here so the digest's modules import each other's types without cycles.

/** One paper of an arXiv search answer, its texts cleaned as any fetched text is. */
export interface ArxivPaper {
  /** arXiv id without version (`2412.01234`, `cs/0601001`). */
  id: string;
  title: string;
  authors: string[];
  /** The first version's submission time, ISO (`2024-12-02T18:00:00Z`); empty when not given. */
  published: string;
  abstract: string;
  doi?: string;
}

/** A paper of the answer that the digest offers: not in the list, not declined, not suggested. */
export interface Candidate {
  paper: ArxivPaper;
  /** Closeness to the list (0 to 1: the mean of its best cosine similarities to listed papers). */
  score: number;
  /** The section whose papers are closest; undefined when the list shares no word with it. */
  section?: string;
  /** Its number in the digest, kept from run to run (`/paperlist accept 3`). */
  number: number;
}

/** What the digest remembers, in its issue's hidden record. Every list is bounded. */
export interface DigestState {
  /** The number the next new candidate gets. */
  next: number;
  /**
   * The candidates of the last answer: arXiv id, number and likeliest section, so a command or a
   * ticked box is understood without asking arXiv again.
   */
  offered: OfferedCandidate[];
  /** arXiv ids accepted (a suggestion was opened), newest last. */
  accepted: string[];
  /** arXiv ids declined for good, newest last. */
  declined: string[];
  /** How many papers the last usable answer held: an empty answer after a full one is a problem. */
  lastCount: number;
}

export interface OfferedCandidate {
  id: string;
  number: number;
  section?: string;
}

/** What asking arXiv gave this run. */
export type SearchOutcome =
  { ok: true; papers: ArxivPaper[]; total: number } | { ok: false; message: string };
