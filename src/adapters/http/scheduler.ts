// A small request scheduler for the link check: at most `concurrency` requests in flight overall,
// at most `perHost` to one host, and request starts to one host at least `hostDelayMs` apart, so a
// list with hundreds of links on one site does not hammer it. A host can also be paused (Retry-After).
// Time comes from a `TimerClock` (the system's by default), so tests can drive it by hand.
import { systemClock, type TimerClock } from './timer-clock.js';

export interface SchedulerOptions {
  concurrency: number;
  perHost: number;
  hostDelayMs: number;
  /** Where "now" and the wake-up timers come from; the system clock by default. */
  clock?: TimerClock;
}

interface Waiter {
  seq: number;
  start: () => void;
}

interface HostState {
  inFlight: number;
  /** Earliest time (ms, on the scheduler's clock) the next request to this host may start. */
  notBefore: number;
  queue: Waiter[];
}

export interface Scheduler {
  /** Runs `task` when a global and a per-host slot are free and the host's gap has passed. */
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
  /** Starts no request to `host` for `ms` from now (on top of the usual gap). */
  pause(host: string, ms: number): void;
}

/**
 * The host whose oldest waiting request may start now (the oldest such request of all hosts), or
 * else the earliest time one may start (Infinity when nothing waits for time).
 */
function nextReady(
  hosts: Iterable<HostState>,
  now: number,
  perHost: number,
): { ready?: HostState; wakeAt: number } {
  let ready: HostState | undefined;
  let wakeAt = Infinity;
  for (const state of hosts) {
    const head = state.queue[0];
    if (head === undefined || state.inFlight >= perHost) continue;
    if (state.notBefore > now) wakeAt = Math.min(wakeAt, state.notBefore);
    else if (ready === undefined || head.seq < (ready.queue[0] as Waiter).seq) ready = state;
  }
  return ready ? { ready, wakeAt } : { wakeAt };
}

/** The state of `host`, made on its first request. */
function hostState(hosts: Map<string, HostState>, host: string): HostState {
  let state = hosts.get(host);
  if (state === undefined) {
    state = { inFlight: 0, notBefore: 0, queue: [] };
    hosts.set(host, state);
  }
  return state;
}

export function createScheduler(opts: SchedulerOptions): Scheduler {
  const clock = opts.clock ?? systemClock;
  const concurrency = Math.max(1, Math.floor(opts.concurrency));
  const perHost = Math.max(1, Math.floor(opts.perHost));
  const gap = Math.max(0, opts.hostDelayMs);
  const hosts = new Map<string, HostState>();
  let inFlight = 0;
  let seq = 0;
  let timer: { handle: unknown; at: number } | undefined;

  /** Wakes the dispatcher at `at`, unless it is already woken no later than that. */
  const wakeUpAt = (at: number, now: number): void => {
    if (at === Infinity || (timer !== undefined && timer.at <= at)) return;
    if (timer !== undefined) clock.clearTimer(timer.handle);
    const fire = (): void => {
      timer = undefined;
      dispatch();
    };
    timer = { handle: clock.setTimer(fire, Math.max(0, Math.ceil(at - now))), at };
  };

  /** Starts every request that may start now, oldest first; wakes up again for the next gap. */
  const dispatch = (): void => {
    while (inFlight < concurrency) {
      const now = clock.now();
      const { ready, wakeAt } = nextReady(hosts.values(), now, perHost);
      if (ready === undefined) return wakeUpAt(wakeAt, now);
      const waiter = ready.queue.shift() as Waiter;
      ready.inFlight++;
      ready.notBefore = now + gap;
      inFlight++;
      waiter.start();
    }
  };

  return {
    run<T>(host: string, task: () => Promise<T>): Promise<T> {
      const state = hostState(hosts, host);
      return new Promise<T>((resolve, reject) => {
        const start = (): void => {
          // A task that throws synchronously must still give its slots back.
          Promise.resolve()
            .then(task)
            .then(resolve, reject)
            .finally(() => {
              state.inFlight--;
              inFlight--;
              dispatch();
            });
        };
        state.queue.push({ seq: seq++, start });
        dispatch();
      });
    },
    pause(host: string, ms: number): void {
      const state = hostState(hosts, host);
      state.notBefore = Math.max(state.notBefore, clock.now() + ms);
    },
  };
}
