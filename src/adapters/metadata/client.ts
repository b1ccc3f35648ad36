// One run's connection to the metadata services: every request goes through `ask`, which keeps one
// answer per service and identifier for the whole run (a paper is never looked up twice), applies the
// service's pacing, timeout and retries, and turns the outcome into a typed Lookup. A service that
// gave no answer at all (down, refused, timed out, rate-limited past its bound) is not asked again in
// the same run: each later question of it is unavailable at once, and the next run tries again.
import type { Answer, ServiceName, Verdict } from '../../core/metadata/types.js';
import type { MetadataConfig } from './config.js';
import { request, type FetchResult } from './http.js';

/** What asking a service gave: its answer as a paper, "not found", or no usable answer. */
export type Lookup<T> =
  | { ok: true; service: ServiceName; value: T }
  | { ok: false; service: ServiceName; kind: 'not-found' | 'unavailable'; message: string };

export interface AskOptions {
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
}

export class MetadataClient {
  private readonly cache = new Map<string, Promise<unknown>>();
  /** Services that gave no answer this run, with why. */
  private readonly down = new Map<ServiceName, string>();
  /** Every request sent, for the run's log: service and URL. */
  readonly sent: { service: ServiceName; url: string }[] = [];

  constructor(readonly config: MetadataConfig) {}

  url(service: ServiceName, path: string): string {
    return `${this.config.baseUrls[service]}${path}`;
  }

  /**
   * Asks `service` at `path` once per run (`key` names what is asked, such as `arxiv:2104.12255`) and
   * parses the answer; a parser's "error" (a malformed request, an unreadable answer) is reported as
   * unavailable, like a service that is down.
   */
  ask<T>(
    service: ServiceName,
    key: string,
    path: string,
    parse: (answer: Answer) => Verdict<T>,
    options: AskOptions = {},
  ): Promise<Lookup<T>> {
    const cacheKey = `${service}\0${key}`;
    const cached = this.cache.get(cacheKey) as Promise<Lookup<T>> | undefined;
    if (cached) return cached;
    const pending = this.send(service, path, options).then((result): Lookup<T> => {
      if (!result.ok) return { ok: false, service, kind: 'unavailable', message: result.message };
      const parsed = parse(result.answer);
      if (parsed.ok) return { ok: true, service, value: parsed.value };
      return {
        ok: false,
        service,
        kind: parsed.kind === 'not-found' ? 'not-found' : 'unavailable',
        message: parsed.message,
      };
    });
    this.cache.set(cacheKey, pending);
    return pending;
  }

  private async send(
    service: ServiceName,
    path: string,
    options: AskOptions,
  ): Promise<FetchResult> {
    const earlier = this.down.get(service);
    if (earlier !== undefined) {
      return { ok: false, message: `not asked: no answer earlier in this run (${earlier})` };
    }
    const c = this.config;
    const url = this.url(service, path);
    this.sent.push({ service, url });
    const result = await request(url, {
      pacer: c.pacers[service],
      clock: c.clock,
      timeoutMs: c.timeoutMs,
      retries: c.retries,
      backoffMs: c.backoffMs,
      maxRetryAfterMs: c.maxRetryAfterMs,
      maxBytes: c.maxBytes,
      headers: { 'user-agent': c.userAgent, ...options.headers },
      ...(options.method ? { method: options.method } : {}),
      ...(options.body !== undefined ? { body: options.body } : {}),
    });
    if (!result.ok && result.answered !== true) this.down.set(service, result.message);
    return result;
  }
}
