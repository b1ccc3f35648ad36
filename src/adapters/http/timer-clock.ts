// The time the link check runs on: a monotonic "now" in milliseconds and one-shot timers. The
// scheduler and the retries take it as a parameter, so tests drive time by hand (a manual clock)
// and never depend on how busy the machine is; the system clock is the default.

export interface TimerClock {
  /** Milliseconds on a monotonic clock (only differences matter). */
  now(): number;
  /** Calls `fire` once, `ms` from now; returns a handle for `clearTimer`. */
  setTimer(fire: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/** `performance.now()` and Node's timers. */
export const systemClock: TimerClock = {
  now: () => performance.now(),
  setTimer: (fire, ms) => setTimeout(fire, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Resolves `ms` from now on `clock`. */
export function sleepOn(clock: TimerClock, ms: number): Promise<void> {
  return new Promise((resolve) => void clock.setTimer(resolve, ms));
}
