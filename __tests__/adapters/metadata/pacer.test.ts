// The metadata pacer on a virtual clock: one request at a time per service, each started no sooner
// than the interval after the previous one finished, even when a timer fires early.
import { describe, expect, test } from 'vitest';
import type { Clock } from '../../../src/adapters/clock.js';
import { Pacer } from '../../../src/adapters/metadata/http.js';
import { fakeClock } from '../fake-clock.js';

/** A clock whose timers fire up to `early` ms before they are due (never at once), as real ones may. */
function earlyClock(early: number): Clock & { sleeps: number[] } {
  let t = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    sleep: (ms) => {
      sleeps.push(ms);
      t += Math.max(1, ms - early);
      return Promise.resolve();
    },
  };
}

/** Runs `n` requests at once, each taking `takes` ms of the clock; their start and end times. */
async function run(pacer: Pacer, clock: Clock & { advance?: (ms: number) => void }, n: number) {
  const spans: { start: number; end: number }[] = [];
  await Promise.all(
    Array.from({ length: n }, () =>
      pacer.paced(async () => {
        const start = clock.now();
        await clock.sleep(700); // the request's own time on the wire
        spans.push({ start, end: clock.now() });
      }),
    ),
  );
  return spans;
}

describe('Pacer', () => {
  test('each request starts at least the interval after the previous one finished', async () => {
    const clock = fakeClock(0);
    const spans = await run(new Pacer(3000, clock), clock, 3);
    expect(spans).toEqual([
      { start: 0, end: 700 },
      { start: 3700, end: 4400 },
      { start: 7400, end: 8100 },
    ]);
  });

  test('a timer that fires early is waited out again, never started early', async () => {
    const clock = earlyClock(2);
    const spans = await run(new Pacer(3000, clock), clock, 3);
    for (let i = 1; i < spans.length; i++) {
      const gap = (spans[i]?.start ?? 0) - (spans[i - 1]?.end ?? 0);
      expect(gap).toBeGreaterThanOrEqual(3000);
      expect(gap).toBeLessThan(3010);
    }
  });

  test('a failed request ends its turn too, and the next waits after it', async () => {
    const clock = fakeClock(0);
    const pacer = new Pacer(1000, clock);
    const failing = pacer.paced(async () => {
      await clock.sleep(50);
      throw new Error('reset');
    });
    const next = pacer.paced(async () => clock.now());
    await expect(failing).rejects.toThrow('reset');
    expect(await next).toBe(1050);
  });
});
