// The tuning variables, read once at the action's edge: waits and timeouts that slow networks (and
// fast tests) adjust through the environment. Flows get them through their context.
import type { LinkCheckTuning } from '../flows/context.js';

export interface Tuning {
  /** Base of the API client's backoff between retries, in ms. */
  retryBaseMs: number | undefined;
  /** Gap between writes once the burst is used, in ms (0: no pacing). */
  writeIntervalMs: number | undefined;
  /** Requests of the hourly budget a rebuild leaves for other runs. */
  apiReserve: number | undefined;
  linkCheck: LinkCheckTuning;
}

export function readTuning(env: NodeJS.ProcessEnv): Tuning {
  const linkCheck: LinkCheckTuning = {};
  const timeoutMs = nonNegativeNumber(env, 'PAPERLIST_LINK_TIMEOUT_MS');
  const retryDelayMs = nonNegativeNumber(env, 'PAPERLIST_LINK_RETRY_DELAY_MS');
  const hostDelayMs = nonNegativeNumber(env, 'PAPERLIST_LINK_HOST_DELAY_MS');
  if (timeoutMs !== undefined) linkCheck.timeoutMs = timeoutMs;
  if (retryDelayMs !== undefined) linkCheck.retryDelayMs = retryDelayMs;
  if (hostDelayMs !== undefined) linkCheck.hostDelayMs = hostDelayMs;
  return {
    retryBaseMs: nonNegativeNumber(env, 'PAPERLIST_RETRY_BASE_MS'),
    writeIntervalMs: nonNegativeNumber(env, 'PAPERLIST_WRITE_INTERVAL_MS'),
    apiReserve: nonNegativeNumber(env, 'PAPERLIST_API_RESERVE'),
    linkCheck,
  };
}

/** The variable as a number of at least 0; undefined when unset, empty or not such a number. */
function nonNegativeNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name];
  const value = Number(text);
  return text && Number.isFinite(value) && value >= 0 ? value : undefined;
}
