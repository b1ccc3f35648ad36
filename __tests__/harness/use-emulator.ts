// The end-to-end files' shared set-up: one emulator per test file, started before the file's first
// test and closed after its last, with a check that it never answered a request with an internal
// error (a fault of the emulator, not of the action, which would make a test meaningless).
import { afterAll, beforeAll, expect } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';

/**
 * Registers the file's emulator hooks and returns a handle that stands for the running emulator:
 * every property read is forwarded to it (methods bound), so the handle is used like the emulator
 * itself from the first test on. Reading it outside a test or hook is an error.
 */
export function useEmulator(): Emulator {
  let running: Emulator | undefined;
  beforeAll(async () => {
    running = await startEmulator();
  });
  afterAll(async () => {
    if (running === undefined) return;
    const { internalErrors } = running;
    await running.close();
    expect(internalErrors).toEqual([]);
  });
  return new Proxy({} as Emulator, {
    get(_target, property) {
      if (running === undefined) throw new Error('the emulator is used before it has started');
      const value: unknown = Reflect.get(running, property, running);
      return typeof value === 'function' ? (value as () => unknown).bind(running) : value;
    },
  });
}
