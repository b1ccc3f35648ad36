// The REST client: octokit's core with retries. 5xx and dropped connections are retried with backoff by
// @octokit/plugin-retry; rate limits (429, and 403 "secondary rate limit") are retried here, after the
// wait GitHub asks for, because plugin-retry ignores `retry-after`. Every request names the API version.
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';

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
  octokit.hook.wrap('request', async (request, requestOptions) => {
    requestOptions.headers['x-github-api-version'] = GITHUB_API_VERSION;
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const wait = rateLimitWait(error);
        if (wait === undefined || attempt >= RATE_LIMIT_RETRIES || wait > maxWait) throw error;
        await sleep(wait * 1000);
      }
    }
  });
  return octokit;
}

/** Seconds to wait before retrying a rate-limited request, or undefined if it was not rate limited. */
export function rateLimitWait(error: unknown): number | undefined {
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
    if (Number.isFinite(reset)) return Math.max(1, reset - Math.floor(Date.now() / 1000));
  }
  if (e.status === 429 || /secondary rate limit/i.test(e.message ?? '')) return 60;
  return undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
