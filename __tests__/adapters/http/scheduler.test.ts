import { describe, expect, test } from 'vitest';
import { createScheduler } from '../../../src/adapters/http/scheduler.js';
import { parseRetryAfter } from '../../../src/adapters/http/probe.js';
import { manualClock, settle } from './manual-clock.js';

/** A task that runs until released, logging when it starts. */
function gate(log: string[], name: string): { task: () => Promise<string>; release: () => void } {
  let release = (): void => {};
  const done = new Promise<void>((resolve) => (release = resolve));
  return {
    task: async () => {
      log.push(name);
      await done;
      return name;
    },
    release: () => release(),
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('createScheduler', () => {
  test('starts the oldest waiting request whose host has a free slot', async () => {
    const s = createScheduler({ concurrency: 2, perHost: 1, hostDelayMs: 0 });
    const log: string[] = [];
    const a1 = gate(log, 'a1');
    const a2 = gate(log, 'a2');
    const b1 = gate(log, 'b1');
    const c1 = gate(log, 'c1');
    const runs = [
      s.run('a', a1.task),
      s.run('a', a2.task),
      s.run('b', b1.task),
      s.run('c', c1.task),
    ];
    await tick();
    expect(log).toEqual(['a1', 'b1']);
    a1.release();
    await tick();
    // a2 is older than c1 and host a is free again.
    expect(log).toEqual(['a1', 'b1', 'a2']);
    b1.release();
    await tick();
    expect(log).toEqual(['a1', 'b1', 'a2', 'c1']);
    a2.release();
    c1.release();
    expect(await Promise.all(runs)).toEqual(['a1', 'a2', 'b1', 'c1']);
  });

  test('a task that throws passes the error on and frees its slots', async () => {
    const s = createScheduler({ concurrency: 1, perHost: 1, hostDelayMs: 0 });
    const failed = s.run('a', () => {
      throw new Error('no');
    });
    await expect(failed).rejects.toThrow('no');
    await expect(s.run('a', async () => 'next')).resolves.toBe('next');
  });

  test('requests to one host start hostDelayMs apart, on the clock it is given', async () => {
    const clock = manualClock(1_000);
    const s = createScheduler({ concurrency: 4, perHost: 4, hostDelayMs: 40, clock });
    const starts: [string, number][] = [];
    const stamp = (name: string) => async (): Promise<void> =>
      void starts.push([name, clock.now()]);
    const runs = Promise.all([
      s.run('a', stamp('a1')),
      s.run('a', stamp('a2')),
      s.run('b', stamp('b1')),
    ]);
    await settle();
    // Another host is not held back by host a's gap.
    expect(starts).toEqual([
      ['a1', 1_000],
      ['b1', 1_000],
    ]);
    await clock.advance(39);
    expect(starts).toHaveLength(2);
    await clock.advance(1);
    expect(starts.at(-1)).toEqual(['a2', 1_040]);
    await runs;
    expect(clock.pending()).toEqual([]);
  });

  test('a paused host starts nothing until the pause is over, on top of its gap', async () => {
    const clock = manualClock();
    const s = createScheduler({ concurrency: 4, perHost: 4, hostDelayMs: 0, clock });
    s.pause('b', 120);
    let startedAt: number | undefined;
    const run = s.run('b', async () => void (startedAt = clock.now()));
    const other = s.run('c', async () => clock.now());
    await settle();
    expect(startedAt).toBeUndefined();
    expect(await other).toBe(0);
    expect(clock.pending()).toEqual([120]);
    await clock.advance(119);
    expect(startedAt).toBeUndefined();
    await clock.advance(1);
    await run;
    expect(startedAt).toBe(120);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-02T03:04:05Z');
  test('reads seconds and HTTP dates, ignores anything else', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Fri, 02 Jan 2026 03:04:35 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Fri, 02 Jan 2026 03:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
