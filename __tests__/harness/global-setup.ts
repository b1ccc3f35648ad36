// The suite's global set-up: bundles the action and the CLI from `src/` once, with the same
// configuration as `npm run build`, into a temporary folder that every end-to-end test runs. So a
// broken `src/` fails those tests, and no test ever writes `dist/` (which CI checks separately).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildBundles } from '../../scripts/bundles.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding the bundles built from `src/` for this test run. */
    bundleDir: string;
  }
}

export default async function buildTestBundles(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'paperlist-bundle-'));
  await buildBundles(dir);
  project.provide('bundleDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
