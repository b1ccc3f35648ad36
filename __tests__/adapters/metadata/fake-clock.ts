// A clock for tests: `sleep` moves virtual time at once, so pacing and backoff are checked without
// waiting, and every sleep is recorded.
import type { Clock } from '../../../src/adapters/metadata/http.js';

export interface FakeClock extends Clock {
  sleeps: number[];
}

export function fakeClock(start = 1_000_000): FakeClock {
  let t = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    sleep: (ms) => {
      sleeps.push(ms);
      t += ms;
      return Promise.resolve();
    },
  };
}
