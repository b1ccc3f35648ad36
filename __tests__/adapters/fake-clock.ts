// A clock for tests: `sleep` moves virtual time at once, so pacing and backoff are checked without
// waiting, and every sleep is recorded (`slept` is their sum).
import type { Clock } from '../../src/adapters/clock.js';

export interface FakeClock extends Clock {
  sleeps: number[];
  readonly slept: number;
}

export function fakeClock(start = 1_000_000): FakeClock {
  let t = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    get slept() {
      return sleeps.reduce((sum, ms) => sum + ms, 0);
    },
    now: () => t,
    sleep: (ms) => {
      sleeps.push(ms);
      t += ms;
      return Promise.resolve();
    },
  };
}
