// One attempt at a URL: a HEAD or GET request, following redirects hop by hop so every hop goes
// through the scheduler (a redirect may lead to another host) and its final address is known.
import type { Scheduler } from './scheduler.js';

export interface ProbeContext {
  fetch: typeof fetch;
  scheduler: Scheduler;
  timeoutMs: number;
  userAgent: string;
}

export type ProbeOutcome =
  /** The final answer (not a redirect, or a redirect without a usable Location). */
  | { kind: 'response'; code: number; finalUrl: string }
  /** No answer: `timeout` and `network` are worth retrying, `redirect` is not. */
  | {
      kind: 'failure';
      reason: 'timeout' | 'network' | 'redirect';
      message: string;
      finalUrl: string;
    };

/** Browsers stop at 20; a chain longer than this is a loop or a misconfigured site. */
const MAX_REDIRECTS = 10;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Answers whose Retry-After asks the whole host to slow down. */
const BACK_OFF = new Set([429, 503]);
/** A Retry-After longer than this is not waited for in full: the run must end. */
const MAX_PAUSE_MS = 60_000;

/** The `Retry-After` header as milliseconds from now (seconds or an HTTP date), if present. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Why a fetch failed, in words a maintainer can act on. */
function describeFailure(err: unknown, timeoutMs: number): { timeout: boolean; message: string } {
  if (err instanceof Error && err.name === 'TimeoutError') {
    const wait =
      timeoutMs >= 1000 && timeoutMs % 1000 === 0 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`;
    return { timeout: true, message: `no answer within ${wait}` };
  }
  const cause =
    err instanceof Error ? (err.cause as { code?: unknown; message?: unknown }) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const detail = typeof cause?.message === 'string' ? cause.message : undefined;
  if (code !== undefined && detail !== undefined && !detail.includes(code)) {
    return { timeout: false, message: `connection failed: ${detail} (${code})` };
  }
  const text = detail ?? code ?? (err instanceof Error ? err.message : String(err));
  return { timeout: false, message: `connection failed: ${text}` };
}

/** Drops a response body unread so the connection is freed before the slot is. */
async function discard(res: Response): Promise<void> {
  try {
    await res.body?.cancel();
  } catch {
    // The body is not needed; a failure to cancel it changes nothing.
  }
}

export async function probe(
  url: string,
  method: 'HEAD' | 'GET',
  ctx: ProbeContext,
): Promise<ProbeOutcome> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const target = current;
    const host = new URL(target).host;
    let res: { code: number; location: string | null };
    try {
      res = await ctx.scheduler.run(host, async () => {
        const response = await ctx.fetch(target, {
          method,
          redirect: 'manual',
          signal: AbortSignal.timeout(ctx.timeoutMs),
          headers: { 'user-agent': ctx.userAgent, accept: '*/*' },
        });
        await discard(response);
        const code = response.status;
        const wait = BACK_OFF.has(code)
          ? parseRetryAfter(response.headers.get('retry-after'), Date.now())
          : undefined;
        // Paused before this slot is given back, so no queued request to the host slips through.
        if (wait !== undefined) ctx.scheduler.pause(host, Math.min(wait, MAX_PAUSE_MS));
        return { code, location: response.headers.get('location') };
      });
    } catch (err) {
      const { timeout, message } = describeFailure(err, ctx.timeoutMs);
      return {
        kind: 'failure',
        reason: timeout ? 'timeout' : 'network',
        message,
        finalUrl: target,
      };
    }

    if (!REDIRECTS.has(res.code) || res.location === null) {
      return { kind: 'response', code: res.code, finalUrl: target };
    }
    let next: URL;
    try {
      next = new URL(res.location, target);
    } catch {
      return redirectFailure(
        `redirect to an invalid address ${JSON.stringify(res.location)}`,
        target,
      );
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      return redirectFailure(`redirect to a non-web address ${JSON.stringify(next.href)}`, target);
    }
    if (hop >= MAX_REDIRECTS) {
      return redirectFailure(`more than ${MAX_REDIRECTS} redirects`, target);
    }
    current = next.href;
  }
}

function redirectFailure(message: string, finalUrl: string): ProbeOutcome {
  return { kind: 'failure', reason: 'redirect', message, finalUrl };
}
