// What the link check passes around: each distinct URL of the list with the places that use it,
// and the verdict for it. No behaviour lives here.

/** One place a URL appears: the section, the paper's title there, and the link's label. */
export interface LinkUse {
  section: string;
  title: string;
  label: string;
}

/** A distinct URL of the list with every place it is used, in file order. */
export interface LinkRef {
  url: string;
  uses: LinkUse[];
}

/**
 * `ok`: answered 2xx. `dead`: gone (404, 410, other 4xx), a server error or no answer after the
 * retries, or not a web address at all. `unchecked`: the site refused an automated check
 * (401, 403, 429), so a reader may still reach it.
 */
export type LinkStatus = 'ok' | 'dead' | 'unchecked';

export interface LinkResult {
  url: string;
  uses: LinkUse[];
  status: LinkStatus;
  /** The last HTTP status received, when there was one. */
  code?: number;
  /** Why there was no usable answer (timeout, connection failure, bad redirect). */
  error?: string;
  /** The final address, when redirects led somewhere else. */
  redirectedTo?: string;
}
