import { describe, expect, it } from 'vitest';
import type { Clock } from '../../../src/adapters/clock.js';
import { DEFAULT_PACING, WritePacer } from '../../../src/adapters/github/pacing.js';
import { fakeClock } from '../fake-clock.js';

/** Starts `n` writes one after the other; returns their start times. */
async function writes(pacer: WritePacer, clock: Clock, n: number): Promise<number[]> {
  const starts: number[] = [];
  for (let i = 0; i < n; i++) {
    await pacer.beforeWrite();
    starts.push(clock.now());
  }
  return starts;
}

/** The most writes that started within any 60 seconds. */
function busiestMinute(starts: number[]): number {
  let most = 0;
  for (let i = 0; i < starts.length; i++) {
    const end = (starts[i] as number) + 60_000;
    most = Math.max(most, starts.filter((t, j) => j >= i && t < end).length);
  }
  return most;
}

describe('pacing of writes', () => {
  it('lets an issue event’s few writes go at once', async () => {
    const clock = fakeClock();
    const pacer = new WritePacer(clock);
    await writes(pacer, clock, 8);
    expect(clock.slept).toBe(0);
  });

  it('paces a rebuild of 200 writes at about one a second and never 80 in a minute', async () => {
    const clock = fakeClock();
    const starts = await writes(new WritePacer(clock), clock, 200);
    expect(busiestMinute(starts)).toBeLessThan(80);
    // After the burst, one per interval: 190 intervals at least.
    expect(clock.slept).toBeGreaterThanOrEqual((200 - DEFAULT_PACING.burst) * 1000);
    expect(clock.slept).toBeLessThanOrEqual(200 * 1000);
  });

  it('keeps the one-minute cap whatever the interval', async () => {
    const clock = fakeClock();
    const pacer = new WritePacer(clock, { intervalMs: 1, burst: 100, perMinute: 70 });
    const starts = await writes(pacer, clock, 300);
    expect(busiestMinute(starts)).toBe(70);
  });

  it('a full bucket again after a quiet spell', async () => {
    const clock = fakeClock();
    const pacer = new WritePacer(clock);
    await writes(pacer, clock, 30);
    await clock.sleep(120_000);
    const before = clock.slept;
    await writes(pacer, clock, 10);
    expect(clock.slept).toBe(before);
  });

  it('writes started at the same time get successive slots', async () => {
    // A clock that records the waits asked for and does not move: the writes do not await each other.
    const waits: number[] = [];
    const still: Clock = { now: () => 5_000, sleep: async (ms) => void waits.push(ms) };
    const pacer = new WritePacer(still, { intervalMs: 1000, burst: 1, perMinute: 70 });
    await Promise.all([pacer.beforeWrite(), pacer.beforeWrite(), pacer.beforeWrite()]);
    expect(waits).toEqual([1000, 2000]);
  });

  it('interval 0 turns pacing off', async () => {
    const clock = fakeClock();
    await writes(new WritePacer(clock, { ...DEFAULT_PACING, intervalMs: 0 }), clock, 500);
    expect(clock.slept).toBe(0);
  });
});
