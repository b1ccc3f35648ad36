// A small request scheduler for the link check: at most `concurrency` requests in flight overall,
// at most `perHost` to one host, and request starts to one host at least `hostDelayMs` apart, so a
// list with hundreds of links on one site does not hammer it. A host can also be paused (Retry-After).

export interface SchedulerOptions {
  concurrency: number;
  perHost: number;
  hostDelayMs: number;
}

interface Waiter {
  seq: number;
  start: () => void;
}

interface HostState {
  inFlight: number;
  /** Earliest time (ms, performance clock) the next request to this host may start. */
  notBefore: number;
  queue: Waiter[];
}

export interface Scheduler {
  /** Runs `task` when a global and a per-host slot are free and the host's gap has passed. */
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
  /** Starts no request to `host` for `ms` from now (on top of the usual gap). */
  pause(host: string, ms: number): void;
}

export function createScheduler(opts: SchedulerOptions): Scheduler {
  const concurrency = Math.max(1, Math.floor(opts.concurrency));
  const perHost = Math.max(1, Math.floor(opts.perHost));
  const gap = Math.max(0, opts.hostDelayMs);
  const hosts = new Map<string, HostState>();
  let inFlight = 0;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Infinity;

  const hostState = (host: string): HostState => {
    let state = hosts.get(host);
    if (state === undefined) {
      state = { inFlight: 0, notBefore: 0, queue: [] };
      hosts.set(host, state);
    }
    return state;
  };

  /** Starts every request that may start now, oldest first; wakes up again for the next gap. */
  const dispatch = (): void => {
    while (inFlight < concurrency) {
      const now = performance.now();
      let best: HostState | undefined;
      let wakeAt = Infinity;
      for (const state of hosts.values()) {
        const head = state.queue[0];
        if (head === undefined || state.inFlight >= perHost) continue;
        if (state.notBefore > now) wakeAt = Math.min(wakeAt, state.notBefore);
        else if (best === undefined || head.seq < (best.queue[0] as Waiter).seq) best = state;
      }
      if (best === undefined) {
        if (wakeAt < timerAt) {
          if (timer !== undefined) clearTimeout(timer);
          timerAt = wakeAt;
          timer = setTimeout(
            () => {
              timer = undefined;
              timerAt = Infinity;
              dispatch();
            },
            Math.max(0, Math.ceil(wakeAt - now)),
          );
        }
        return;
      }
      const waiter = best.queue.shift() as Waiter;
      best.inFlight++;
      best.notBefore = now + gap;
      inFlight++;
      waiter.start();
    }
  };

  return {
    run<T>(host: string, task: () => Promise<T>): Promise<T> {
      const state = hostState(host);
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
      const state = hostState(host);
      state.notBefore = Math.max(state.notBefore, performance.now() + ms);
    },
  };
}
