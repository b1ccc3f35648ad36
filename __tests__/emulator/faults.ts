// Scripted failures: the Nth matching request (and the `times - 1` after it) answers with an
// error status, arrives late, waits until the test releases it, or has its connection dropped.
import type { Hold } from './hold.js';

export interface FaultSpec {
  method?: string;
  /** An exact decoded path (no query), or a pattern tested against it. */
  path: string | RegExp;
  status?: number;
  /** How many consecutive matching calls fail (default 1). */
  times?: number;
  /** The first matching call that fails, counting from 1 (default 1). */
  nth?: number;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
  /** Wait until the test releases the hold (see `Emulator.holdNext`), then answer as usual. */
  hold?: Hold;
  /** Destroy the socket instead of answering. */
  drop?: boolean;
  /** Apply the request first, then fail: the write happened but the client never learns it. */
  afterHandling?: boolean;
}

export interface ActiveFault {
  spec: FaultSpec;
  seen: number;
  fired: number;
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.';

/** GitHub's usual bodies and headers for each injected status, unless the spec gives its own. */
export function faultResponse(
  spec: FaultSpec,
  docs: string,
): { status: number; body: unknown; headers: Record<string, string> } {
  const status = spec.status ?? 500;
  const defaults: Record<number, { body: unknown; headers?: Record<string, string> }> = {
    403: {
      body: {
        message: SECONDARY_RATE_LIMIT_MESSAGE,
        documentation_url:
          'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      },
      headers: { 'retry-after': '1' },
    },
    429: {
      body: {
        message: 'API rate limit exceeded for installation.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      },
      headers: { 'retry-after': '1', 'x-ratelimit-remaining': '0' },
    },
    409: { body: { message: 'Conflict', documentation_url: docs } },
    422: { body: { message: 'Validation Failed', documentation_url: docs, errors: [] } },
    502: { body: { message: 'Server Error' } },
  };
  const d = defaults[status] ?? { body: { message: 'Server Error', documentation_url: docs } };
  // A 403 with a test's own body is another refusal, not the secondary rate limit: no retry-after.
  const own403 = status === 403 && spec.body !== undefined;
  const headers = own403 ? { ...spec.headers } : { ...d.headers, ...spec.headers };
  return { status, body: spec.body ?? d.body, headers };
}

export class FaultPlan {
  readonly active: ActiveFault[] = [];

  add(spec: FaultSpec): void {
    this.active.push({ spec, seen: 0, fired: 0 });
  }

  clear(): void {
    this.active.length = 0;
  }

  /** Counts this request against every matching fault and returns the one that fires, if any. */
  take(method: string, path: string): FaultSpec | undefined {
    let hit: FaultSpec | undefined;
    for (const f of this.active) {
      const { spec } = f;
      if (spec.method && spec.method.toUpperCase() !== method) continue;
      if (typeof spec.path === 'string' ? spec.path !== path : !spec.path.test(path)) continue;
      f.seen++;
      if (!hit && f.seen >= (spec.nth ?? 1) && f.fired < (spec.times ?? 1)) {
        f.fired++;
        hit = spec;
      }
    }
    return hit;
  }

  /** Faults still waiting to fire, for tests that want every scripted failure used up. */
  pending(): FaultSpec[] {
    return this.active.filter((f) => f.fired < (f.spec.times ?? 1)).map((f) => f.spec);
  }
}
