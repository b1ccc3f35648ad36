// Pacing of content-creating requests (POST, PATCH, PUT, DELETE) under GitHub's secondary rate
// limits: at most about one per second sustained and never 80 in a minute. A token bucket lets a
// short burst through at once (an issue event's few writes never wait) and then releases one write
// per interval; a sliding one-minute window caps the total whatever the settings. Time comes from
// a clock that is passed in, so tests pace thousands of writes without waiting.

import type { Clock } from '../clock.js';

export interface PacingOptions {
  /** Milliseconds between writes once the burst is used up; 0 turns pacing off. */
  intervalMs: number;
  /** Writes that may go at once before the interval applies. */
  burst: number;
  /** Writes allowed in any 60 seconds. */
  perMinute: number;
}

export const DEFAULT_PACING: PacingOptions = { intervalMs: 1000, burst: 10, perMinute: 70 };

const MINUTE = 60_000;

export class WritePacer {
  private tokens: number;
  private refilledAt: number;
  /** Start times of the writes of the last minute, oldest first. */
  private readonly recent: number[] = [];
  /** Time the last reserved write may start: reservations are handed out in order. */
  private lastSlot = -Infinity;

  constructor(
    private readonly clock: Clock,
    private readonly options: PacingOptions = DEFAULT_PACING,
  ) {
    this.tokens = options.burst;
    this.refilledAt = clock.now();
  }

  /** Waits until one more write may start under the limits, and counts it. */
  async beforeWrite(): Promise<void> {
    if (this.options.intervalMs <= 0) return;
    const slot = this.reserve();
    const wait = slot - this.clock.now();
    if (wait > 0) await this.clock.sleep(wait);
  }

  /** The start time of the next write: when the bucket has a token and the window has room. */
  private reserve(): number {
    const { intervalMs, burst, perMinute } = this.options;
    let at = Math.max(this.clock.now(), this.lastSlot);
    // Refill the bucket up to `at`, then take a token (or wait for the next one).
    const refill = Math.floor((at - this.refilledAt) / intervalMs);
    if (refill > 0) {
      this.tokens = Math.min(burst, this.tokens + refill);
      this.refilledAt += refill * intervalMs;
    }
    if (this.tokens > 0) this.tokens--;
    else {
      at = this.refilledAt + intervalMs;
      this.refilledAt = at;
    }
    while (this.recent.length > 0 && (this.recent[0] as number) <= at - MINUTE) this.recent.shift();
    if (this.recent.length >= perMinute) {
      at = (this.recent[this.recent.length - perMinute] as number) + MINUTE;
      while (this.recent.length > 0 && (this.recent[0] as number) <= at - MINUTE)
        this.recent.shift();
    }
    this.recent.push(at);
    this.lastSlot = at;
    return at;
  }
}

/** Whether a request creates content (and so counts against the secondary limits). */
export function isContentCreating(method: string | undefined): boolean {
  return ['POST', 'PATCH', 'PUT', 'DELETE'].includes((method ?? 'GET').toUpperCase());
}
