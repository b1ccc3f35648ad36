// The one description of how the action and the CLI are bundled. `scripts/build.mjs` writes the
// bundles into dist/ (committed, and CI checks that a fresh build gives the same bytes, so the build
// must be deterministic: no timestamps, no absolute paths); the test suite's global set-up writes the
// same bundles into a temporary folder, so the end-to-end tests run what `src/` holds now.
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { esbuildSiteClient } from './site-client.mjs';

/** The project's root folder: esbuild's working folder, so the bundles name files relative to it. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/** Some bundled CommonJS dependencies call require(); give the ESM bundle one. */
const REQUIRE_SHIM =
  "import { createRequire as __paperlistCreateRequire } from 'node:module';\nconst require = __paperlistCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: PROJECT_ROOT,
  // `virtual:site-client`: the reader page's browser script, bundled to a string.
  plugins: [esbuildSiteClient],
};

/** Bundle file name -> entry point and banner. */
export const BUNDLES = {
  'index.js': { entry: 'src/index.ts', banner: REQUIRE_SHIM },
  'cli.js': { entry: 'src/cli.ts', banner: '#!/usr/bin/env node\n' + REQUIRE_SHIM },
};

/** Writes every bundle into `outDir` (absolute, or relative to the project's root). */
export async function buildBundles(outDir) {
  for (const [file, { entry, banner }] of Object.entries(BUNDLES)) {
    await build({
      ...common,
      entryPoints: [entry],
      outfile: join(resolve(PROJECT_ROOT, outDir), file),
      banner: { js: banner },
    });
  }
}
