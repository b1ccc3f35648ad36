import { describe, expect, test } from 'vitest';
import { createScheduler } from '../../../src/adapters/http/scheduler.js';
import { parseRetryAfter } from '../../../src/adapters/http/probe.js';

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

  test('requests to one host start hostDelayMs apart; a paused host waits longer', async () => {
    const s = createScheduler({ concurrency: 4, perHost: 4, hostDelayMs: 40 });
    const starts: number[] = [];
    const t0 = performance.now();
    const stamp = async (): Promise<void> => void starts.push(performance.now() - t0);
    await Promise.all([s.run('a', stamp), s.run('a', stamp), s.run('a', stamp)]);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(39);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(39);

    s.pause('b', 120);
    const before = performance.now();
    await s.run('b', async () => undefined);
    expect(performance.now() - before).toBeGreaterThanOrEqual(119);
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
