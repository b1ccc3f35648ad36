// The polite HTTP client every metadata service uses: one request at a time per service, the next
// sent no sooner than that service's interval after the previous answer (arXiv asks for one request
// per three seconds, and so sees them at least 3 s apart), a timeout per request, bounded retries
// with backoff for dropped connections, timeouts, 429 and 5xx (honouring Retry-After within a bound;
// a refused connection is not retried), and a size cap on answers. Waiting goes through a Clock so
// tests run without wall-clock waits. Answers of 2xx and 4xx go to the parser; failures become a
// typed result.
import type { Answer } from '../../core/metadata/types.js';
import type { Clock } from '../clock.js';

/** A timer may fire a little early: the wait is taken again, at most this many times. */
const MAX_WAITS = 10;

/**
 * Spaces the requests to one service as the service sees them: one request at a time, each sent
 * at least `intervalMs` after the previous one *finished* (its answer read, or given up). The
 * service saw the previous request before it answered, so the gap between their arrivals there is
 * never shorter than the interval, however long the first one took to reach it (a new connection's
 * handshake delays the first request, not the second, which reuses the connection). Pacing on the
 * send time instead let arXiv see two requests 2.96 s apart.
 */
export class Pacer {
  /** When the previous request finished (the clock's time); none before the first. */
  private finished: number | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly intervalMs: number,
    private readonly clock: Clock,
  ) {}

  /** Runs `send` in its turn (callers are served in order) and holds the turn until it settles. */
  paced<T>(send: () => Promise<T>): Promise<T> {
    const mine = this.queue.then(async () => {
      await this.waitTurn();
      try {
        return await send();
      } finally {
        this.finished = this.clock.now();
      }
    });
    this.queue = mine.then(
      () => undefined,
      () => undefined,
    );
    return mine;
  }

  /** Waits until `intervalMs` has passed since the previous request finished, never less. */
  private async waitTurn(): Promise<void> {
    if (this.finished === undefined) return;
    const at = this.finished + this.intervalMs;
    for (let n = 0; n < MAX_WAITS; n++) {
      const wait = at - this.clock.now();
      if (wait <= 0) return;
      await this.clock.sleep(wait);
    }
  }
}

/** How patiently a service is asked: the same for every service of a run. */
export interface AskPolicy {
  timeoutMs: number;
  /** Retries after the first attempt (so at most `retries + 1` requests). */
  retries: number;
  /** Base of the exponential backoff between attempts. */
  backoffMs: number;
  /** A Retry-After longer than this is not waited for: the service counts as rate-limited. */
  maxRetryAfterMs: number;
  maxBytes: number;
}

export interface RequestOptions extends AskPolicy {
  pacer: Pacer;
  clock: Clock;
  headers: Record<string, string>;
  method?: 'GET' | 'POST';
  body?: string;
}

/** `answered`: the service did answer, but not usably (too large); it is still worth asking. */
export type FetchResult =
  { ok: true; answer: Answer } | { ok: false; message: string; answered?: boolean };

/** Statuses worth another try: rate limits and server trouble. */
const RETRYABLE = new Set([429, 500, 502, 503, 504]);

/** Reads at most `max` bytes of a body; a longer answer is refused rather than parsed in part. */
async function readCapped(response: Response, max: number): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (reader === undefined) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function retryAfterMs(response: Response, clock: Clock): number | undefined {
  const header = response.headers.get('retry-after');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - clock.now());
}

/** Whether fetch failed because the connection was refused (Node puts the socket error in `cause`). */
function refused(error: unknown): boolean {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return cause?.code === 'ECONNREFUSED';
}

type Attempt = FetchResult & { retryInMs?: number; retry?: boolean };

/** One attempt, in the service's turn: its turn ends when the answer is read or given up. */
function attempt(url: string, opts: RequestOptions): Promise<Attempt> {
  return opts.pacer.paced(() => send(url, opts));
}

/** One request: the answer, or why there was none and whether to try again (after how long). */
async function send(url: string, opts: RequestOptions): Promise<Attempt> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: opts.method ?? 'GET',
      headers: opts.headers,
      ...(opts.body !== undefined ? { body: opts.body } : {}),
      signal: AbortSignal.timeout(opts.timeoutMs),
      redirect: 'follow',
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    // Nothing listens at the address (a mirror that is not running): asking again will not help.
    if (!timedOut && refused(error)) return { ok: false, message: 'connection refused' };
    return {
      ok: false,
      message: timedOut ? `no answer within ${opts.timeoutMs / 1000} s` : 'could not connect',
      retry: true,
    };
  }
  if (RETRYABLE.has(response.status)) {
    await response.body?.cancel();
    const wait = retryAfterMs(response, opts.clock);
    const what = response.status === 429 ? 'rate-limited (HTTP 429)' : `HTTP ${response.status}`;
    return {
      ok: false,
      message: what,
      retry: true,
      ...(wait !== undefined ? { retryInMs: wait } : {}),
    };
  }
  const body = await readCapped(response, opts.maxBytes).catch(() => null);
  if (body === null) return { ok: false, message: 'the answer was cut off', retry: true };
  if (body === undefined) {
    return {
      ok: false,
      message: `the answer was larger than ${Math.round(opts.maxBytes / 1024)} KB`,
      answered: true,
    };
  }
  return { ok: true, answer: { status: response.status, body } };
}

/** GETs (or POSTs) `url` politely; a service that stays down, slow or rate-limited is a failure. */
export async function request(url: string, opts: RequestOptions): Promise<FetchResult> {
  for (let n = 0; ; n++) {
    const result = await attempt(url, opts);
    if (result.ok) return result;
    if (result.retry !== true || n >= opts.retries) {
      return {
        ok: false,
        message: result.message,
        ...(result.answered === true ? { answered: true } : {}),
      };
    }
    const wait = result.retryInMs ?? opts.backoffMs * 2 ** n;
    if (wait > opts.maxRetryAfterMs) {
      return { ok: false, message: `${result.message}; asked to wait ${Math.ceil(wait / 1000)} s` };
    }
    await opts.clock.sleep(wait);
  }
}
