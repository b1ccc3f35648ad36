// Where the bundles built from `src/` for this test run are (see global-setup.ts): the action's
// entry for the runner harness, the CLI for the tests of the package's `bin`.
import { join } from 'node:path';
import { inject } from 'vitest';

/** A bundle built for this run: `index.js` (the action) or `cli.js` (the CLI). */
export function testBundle(file: 'index.js' | 'cli.js'): string {
  return join(inject('bundleDir'), file);
}
