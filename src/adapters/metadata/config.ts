// Where each metadata service is and how politely it is asked: base URLs (changeable by environment
// variable, for tests and self-hosted mirrors), the spacing between requests, the timeout and the
// retries. The Crossref `mailto` comes from the settings' `contact`; the Semantic Scholar key is a
// secret input. Nothing here is read from the environment except through `metadataConfig`.
import { BOUNDS } from '../../core/limits/bounds.js';
import type { ServiceName } from '../../core/metadata/types.js';
import { systemClock, type Clock } from '../clock.js';
import { Pacer, type AskPolicy } from './http.js';

export const DEFAULT_BASE_URLS: Record<ServiceName, string> = {
  arxiv: 'https://export.arxiv.org/api',
  crossref: 'https://api.crossref.org',
  datacite: 'https://api.datacite.org',
  openreview: 'https://api2.openreview.net',
  openreview1: 'https://api.openreview.net',
  dblp: 'https://dblp.org',
  s2: 'https://api.semanticscholar.org/graph/v1',
  acl: 'https://aclanthology.org',
  github: 'https://api.github.com',
};

/** The variable that moves each service (GitHub's is the runner's own). */
export const BASE_URL_VARIABLES: Record<ServiceName, string> = {
  arxiv: 'PAPERLIST_ARXIV_URL',
  crossref: 'PAPERLIST_CROSSREF_URL',
  datacite: 'PAPERLIST_DATACITE_URL',
  openreview: 'PAPERLIST_OPENREVIEW_URL',
  openreview1: 'PAPERLIST_OPENREVIEW_V1_URL',
  dblp: 'PAPERLIST_DBLP_URL',
  s2: 'PAPERLIST_S2_URL',
  acl: 'PAPERLIST_ACL_URL',
  github: 'GITHUB_API_URL',
};

/** Milliseconds between two requests to the same service. */
export const INTERVALS_MS: Record<ServiceName, number> = {
  arxiv: 3000, // arXiv's terms of use: no more than one request every three seconds
  crossref: 200,
  datacite: 200,
  openreview: 500,
  openreview1: 500,
  dblp: 1000,
  s2: 1000, // about one per second, with or without a key
  acl: 500,
  github: 0,
};

export interface MetadataConfig extends AskPolicy {
  baseUrls: Record<ServiceName, string>;
  pacers: Record<ServiceName, Pacer>;
  clock: Clock;
  userAgent: string;
  /** Crossref's polite pool: `mailto=` with this address. */
  contact?: string;
  /** Semantic Scholar API key (`x-api-key`). */
  s2Key?: string;
  /** GitHub token for `/repos` (the workflow token on a runner). */
  githubToken?: string;
}

export interface ConfigOptions {
  env?: Record<string, string | undefined>;
  clock?: Clock;
  contact?: string;
  s2Key?: string;
  githubToken?: string;
  userAgent?: string;
}

const positive = (text: string | undefined, fallback: number): number => {
  const n = Number(text);
  return text !== undefined && text !== '' && Number.isFinite(n) && n >= 0 ? n : fallback;
};

/** The configuration for one run; each run gets fresh pacers (and so its own politeness). */
export function metadataConfig(opts: ConfigOptions = {}): MetadataConfig {
  const env = opts.env ?? process.env;
  const clock = opts.clock ?? systemClock;
  const baseUrls = { ...DEFAULT_BASE_URLS };
  const pacers = {} as Record<ServiceName, Pacer>;
  for (const name of Object.keys(DEFAULT_BASE_URLS) as ServiceName[]) {
    const given = env[BASE_URL_VARIABLES[name]];
    if (given !== undefined && /^https?:\/\//.test(given))
      baseUrls[name] = given.replace(/\/+$/, '');
    pacers[name] = new Pacer(INTERVALS_MS[name], clock);
  }
  return {
    baseUrls,
    pacers,
    clock,
    timeoutMs: positive(env.PAPERLIST_METADATA_TIMEOUT_MS, 10_000),
    retries: 2,
    backoffMs: positive(env.PAPERLIST_METADATA_RETRY_MS, 1000),
    maxRetryAfterMs: 10_000,
    maxBytes: BOUNDS.metadataAnswerBytes.max,
    userAgent: opts.userAgent ?? 'paperlist (https://github.com/paperlist/paperlist)',
    ...(opts.contact ? { contact: opts.contact } : {}),
    ...(opts.s2Key ? { s2Key: opts.s2Key } : {}),
    ...(opts.githubToken ? { githubToken: opts.githubToken } : {}),
  };
}
