// The verdict for one URL: HEAD first (cheap), GET when a server refuses HEAD, retries with backoff
// for answers that may be temporary, and the classification into ok / dead / unchecked.
import type { LinkRef, LinkResult } from '../../core/links/types.js';
import { probe, type ProbeContext, type ProbeOutcome } from './probe.js';

export interface CheckContext extends ProbeContext {
  retries: number;
  retryDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

/** Statuses some servers give to HEAD alone; the same URL is then fetched with GET. */
const HEAD_REFUSED = new Set([403, 405, 501]);
/** The site is up but will not answer a robot: a reader may still get through. */
const REFUSED = new Set([401, 403, 429]);

const retryable = (o: ProbeOutcome): boolean =>
  o.kind === 'failure' ? o.reason !== 'redirect' : o.code >= 500;

const isTimeout = (o: ProbeOutcome): boolean => o.kind === 'failure' && o.reason === 'timeout';

function verdict(ref: LinkRef, outcome: ProbeOutcome, attempts: number): LinkResult {
  const result: LinkResult = { url: ref.url, uses: ref.uses, status: 'dead' };
  if (outcome.kind === 'response') {
    result.code = outcome.code;
    if (outcome.code >= 200 && outcome.code < 300) result.status = 'ok';
    else if (REFUSED.has(outcome.code)) result.status = 'unchecked';
    if (outcome.code >= 500 && attempts > 1) result.error = `tried ${attempts} times`;
  } else {
    result.error = attempts > 1 ? `${outcome.message}, tried ${attempts} times` : outcome.message;
  }
  if (outcome.finalUrl !== new URL(ref.url).href) result.redirectedTo = outcome.finalUrl;
  return result;
}

export async function checkUrl(ref: LinkRef, ctx: CheckContext): Promise<LinkResult> {
  if (!/^https?:\/\//i.test(ref.url)) {
    return { url: ref.url, uses: ref.uses, status: 'dead', error: 'not an http(s) URL' };
  }
  if (!URL.canParse(ref.url)) {
    return { url: ref.url, uses: ref.uses, status: 'dead', error: 'not a valid URL' };
  }

  let method: 'HEAD' | 'GET' = 'HEAD';
  let attempts = 0;
  for (;;) {
    attempts++;
    let outcome = await probe(ref.url, method, ctx);
    if (method === 'HEAD' && outcome.kind === 'response' && HEAD_REFUSED.has(outcome.code)) {
      // Not a failed attempt: the server only dislikes the method.
      method = 'GET';
      outcome = await probe(ref.url, method, ctx);
    }
    // A server that let a request time out is tried once more at most: every wait holds a slot
    // for the whole timeout, and a third wait rarely changes the answer.
    const limit = isTimeout(outcome) ? Math.min(ctx.retries, 1) : ctx.retries;
    if (!retryable(outcome) || attempts > limit) return verdict(ref, outcome, attempts);

    // Retry-After is honoured by the scheduler, which paused the host (see probe.ts).
    await ctx.sleep(ctx.retryDelayMs * 2 ** (attempts - 1));
  }
}
