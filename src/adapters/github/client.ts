// The REST client: octokit's core with retries. 5xx and dropped connections are retried with backoff by
// @octokit/plugin-retry; rate limits (429, and 403 "secondary rate limit") are retried here, after the
// wait GitHub asks for, because plugin-retry ignores `retry-after`. Every request names the API version.
// Writes are paced (pacing.ts) and the hourly budget of every answer is recorded (budget.ts).
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { attachBudget, DEFAULT_RESERVE, RequestBudget } from './budget.js';
import { systemClock, type Clock } from '../clock.js';
import { DEFAULT_PACING, isContentCreating, WritePacer, type PacingOptions } from './pacing.js';

const RetryingOctokit = Octokit.plugin(retry);
export type GitHub = InstanceType<typeof RetryingOctokit>;

/** The repository a run works on. */
export interface Repo {
  owner: string;
  repo: string;
}

export interface ClientOptions {
  token: string;
  baseUrl: string;
  /** Base of the backoff between retries, in ms (waits are base x 1, 4, 9). */
  retryBaseMs?: number;
  /** Longest wait paperlist accepts for a rate limit before giving up, in seconds. */
  maxRateLimitWaitSeconds?: number;
  /** Pacing of writes under the secondary limits (default: a burst of 10, then one a second). */
  pacing?: Partial<PacingOptions>;
  /** Requests of the hourly budget kept for other runs. */
  reserve?: number;
  clock?: Clock;
}

const RATE_LIMIT_RETRIES = 3;

/**
 * The REST API version every request asks for, so that a change of GitHub's default version cannot
 * change what paperlist reads.
 */
export const GITHUB_API_VERSION = '2022-11-28';

export function createGitHub(options: ClientOptions): GitHub {
  const octokit = new RetryingOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'paperlist',
    retry: {
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
  });
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const clock = options.clock ?? systemClock;
  const pacer = new WritePacer(clock, { ...DEFAULT_PACING, ...options.pacing });
  const budget = new RequestBudget(clock, options.reserve ?? DEFAULT_RESERVE);
  attachBudget(octokit, budget);
  octokit.hook.wrap('request', async (request, requestOptions) => {
    requestOptions.headers['x-github-api-version'] = GITHUB_API_VERSION;
    for (let attempt = 0; ; attempt++) {
      // A used-up budget that renews soon is waited for; a long wait is left to GitHub's answer.
      const exhausted = budget.waitIfExhausted();
      if (exhausted > 0 && exhausted <= maxWait * 1000) await clock.sleep(exhausted);
      if (isContentCreating(requestOptions.method)) await pacer.beforeWrite();
      try {
        const response = await request(requestOptions);
        budget.observe(response.headers);
        return response;
      } catch (error) {
        budget.observe(
          (error as { response?: { headers?: Record<string, string> } }).response?.headers,
        );
        const wait = rateLimitWait(error, clock.now());
        if (wait === undefined || attempt >= RATE_LIMIT_RETRIES || wait > maxWait) throw error;
        await clock.sleep(wait * 1000);
      }
    }
  });
  return octokit;
}

/** Seconds to wait before retrying a rate-limited request, or undefined if it was not rate limited. */
export function rateLimitWait(error: unknown, now = Date.now()): number | undefined {
  const e = error as {
    status?: number;
    message?: string;
    response?: { headers?: Record<string, string | undefined> };
  };
  if (e.status !== 403 && e.status !== 429) return undefined;
  const headers = e.response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter;
  if (headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    if (Number.isFinite(reset)) return Math.max(1, reset - Math.floor(now / 1000));
  }
  if (e.status === 429 || /secondary rate limit/i.test(e.message ?? '')) return 60;
  return undefined;
}
