// Where each metadata service is and how politely it is asked, for one run: base URLs (the service
// records' defaults, changeable by each record's environment variable, for tests and self-hosted
// mirrors), a pacer per service with the record's interval, the timeout and the retries. The Crossref `mailto` comes from the settings' `contact`; the Semantic Scholar key is a
// secret input. Nothing here is read from the environment except through `metadataConfig`.
import { BOUNDS } from '../../core/limits/bounds.js';
import { SERVICE_LIST, SERVICES } from '../../core/metadata/services.js';
import type { ServiceName } from '../../core/metadata/types.js';
import { systemClock, type Clock } from '../clock.js';
import { Pacer, type AskPolicy } from './http.js';

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
  const baseUrls = {} as Record<ServiceName, string>;
  const pacers = {} as Record<ServiceName, Pacer>;
  for (const name of SERVICE_LIST) {
    const record = SERVICES[name];
    const given = env[record.baseUrlVariable];
    baseUrls[name] =
      given !== undefined && /^https?:\/\//.test(given)
        ? given.replace(/\/+$/, '')
        : record.baseUrl;
    pacers[name] = new Pacer(record.intervalMs, clock);
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
