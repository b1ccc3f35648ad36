// A held request: a fault that makes the matching request wait, after it arrived and before it is
// handled, until the test releases it. Tests use it to make a race certain rather than likely: hold
// one run's write, let another run finish, then release the write.
export interface Hold {
  /** Resolves when the held request has arrived at the emulator. */
  readonly arrived: Promise<void>;
  /** Lets the held request through (it is then handled normally). */
  release(): void;
  /** Called by the server when the request arrives; resolves on release. */
  wait(): Promise<void>;
}

export function createHold(): Hold {
  let arrive!: () => void;
  let release!: () => void;
  const arrived = new Promise<void>((r) => (arrive = r));
  const released = new Promise<void>((r) => (release = r));
  return {
    arrived,
    release,
    wait: () => {
      arrive();
      return released;
    },
  };
}
