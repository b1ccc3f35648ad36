// The link check's network side: every URL of the list fetched politely (bounded concurrency
// overall and per host, a gap between requests to one host) and classified. The report text is
// made from the results by the pure core (`src/core/links/report.ts`).
import type { LinkRef, LinkResult } from '../../core/links/types.js';
import { checkUrl, type CheckContext } from './check-url.js';
import { createScheduler } from './scheduler.js';
import { sleepOn, systemClock, type TimerClock } from './timer-clock.js';

export interface CheckLinksOptions {
  /** Requests in flight at once, overall. Default 16 (per host stays at 2, so no site sees more). */
  concurrency?: number;
  /** Requests in flight at once to one host (`host:port`). Default 2. */
  perHost?: number;
  /** Minimum time between the starts of two requests to one host. Default 250 ms. */
  hostDelayMs?: number;
  /** Time allowed for one request's response headers. Default 10,000 ms. */
  timeoutMs?: number;
  /** Further attempts after a 5xx or a connection failure (a timeout: at most 1). Default 2. */
  retries?: number;
  /** Wait before the first retry, doubled for each further one. Default 500 ms. */
  retryDelayMs?: number;
  userAgent?: string;
  /** The fetch to use; Node's global one by default (tests may pass their own). */
  fetch?: typeof fetch;
  /** The clock of the gaps, pauses and retry waits; the system clock by default. */
  clock?: TimerClock;
}

export const DEFAULT_USER_AGENT = 'paperlist-link-check/1.0 (scheduled check of a paper list)';

/** Checks every link; never rejects for a single URL; results are in the order of `links`. */
export async function checkLinks(
  links: readonly LinkRef[],
  opts: CheckLinksOptions = {},
): Promise<LinkResult[]> {
  const clock = opts.clock ?? systemClock;
  const ctx: CheckContext = {
    fetch: opts.fetch ?? globalThis.fetch,
    scheduler: createScheduler({
      concurrency: opts.concurrency ?? 16,
      perHost: opts.perHost ?? 2,
      hostDelayMs: opts.hostDelayMs ?? 250,
      clock,
    }),
    timeoutMs: opts.timeoutMs ?? 10_000,
    userAgent: opts.userAgent ?? DEFAULT_USER_AGENT,
    retries: Math.max(0, opts.retries ?? 2),
    retryDelayMs: opts.retryDelayMs ?? 500,
    sleep: (ms) => sleepOn(clock, ms),
  };
  return Promise.all(
    links.map(async (ref): Promise<LinkResult> => {
      try {
        return await checkUrl(ref, ctx);
      } catch (err) {
        // A bug or an odd runtime error says nothing about the link itself.
        const message = err instanceof Error ? err.message : String(err);
        return {
          url: ref.url,
          uses: ref.uses,
          status: 'unchecked',
          error: `check failed: ${message}`,
        };
      }
    }),
  );
}
