// A clock the test moves by hand: `now()` stays put until `advance(ms)`, which fires every timer
// that falls due on the way, in time order. Timing tests built on it say exactly when something
// happens, whatever the machine's load.
import type { TimerClock } from '../../../src/adapters/http/timer-clock.js';

interface Timer {
  at: number;
  fire: () => void;
}

export interface ManualClock extends TimerClock {
  /** Moves time forward by `ms`, firing due timers (and awaiting what they start) on the way. */
  advance(ms: number): Promise<void>;
  /** The delays, from when they were set, of the timers not yet fired. */
  pending(): number[];
}

/** Lets promise callbacks that are already queued run. */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function manualClock(start = 0): ManualClock {
  let now = start;
  const timers = new Set<Timer & { setAt: number }>();
  return {
    now: () => now,
    setTimer(fire, ms) {
      const timer = { at: now + ms, setAt: now, fire };
      timers.add(timer);
      return timer;
    },
    clearTimer(handle) {
      timers.delete(handle as Timer & { setAt: number });
    },
    pending: () => [...timers].map((t) => t.at - t.setAt),
    async advance(ms) {
      const end = now + ms;
      await settle();
      for (;;) {
        const due = [...timers].filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (due === undefined) break;
        timers.delete(due);
        now = due.at;
        due.fire();
        await settle();
      }
      now = end;
      await settle();
    },
  };
}
