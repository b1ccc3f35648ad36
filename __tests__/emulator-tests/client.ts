// The client the action itself uses (octokit core + retry), pointed at an emulator, with retry
// back-off shrunk so fault tests stay fast.
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import type { Emulator } from '../emulator/index.js';

const RetryingOctokit = Octokit.plugin(retry);
export type Client = InstanceType<typeof RetryingOctokit>;

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

export function client(emulator: Emulator, token: string | null = emulator.token): Client {
  return new RetryingOctokit({
    ...(token === null ? {} : { auth: token }),
    baseUrl: emulator.url,
    log: quiet,
    retry: { retryAfterBaseValue: 1 },
  });
}

/** The status of a request that is expected to fail, with GitHub's error body. */
export async function failure(
  p: Promise<unknown>,
): Promise<{ status: number; data: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status?: number; response?: { data?: unknown } };
    return {
      status: err.status ?? -1,
      data: (err.response?.data ?? {}) as Record<string, unknown>,
    };
  }
  throw new Error('expected the request to fail');
}
