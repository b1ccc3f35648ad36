// The time the adapters wait on: "now" in milliseconds and a sleep. The GitHub client's write pacing
// and rate-limit waits, and the metadata services' pacing and backoff, take it as a parameter, so
// tests pace thousands of requests without waiting; the system clock is the default. (The link
// checker's scheduler needs timers it can cancel: its clock is http/timer-clock.ts.)

export interface Clock {
  /** Milliseconds since the epoch (a test's clock may start anywhere: only differences matter). */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
