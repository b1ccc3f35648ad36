// The one description of how the action and the CLI are bundled. `scripts/build.mjs` writes the
// bundles into dist/ (committed, and CI checks that a fresh build gives the same bytes, so the build
// must be deterministic: no timestamps, no absolute paths); the test suite's global set-up writes the
// same bundles into a temporary folder, so the end-to-end tests run what `src/` holds now.
//
// The action is one file (the runner starts `dist/index.js`). The CLI is split: `cli.js` holds the
// dispatch, help and version, and each command, with the dependencies only it uses, is a chunk in
// `cli-chunks/` that `cli.js` imports when that command runs. Chunk names carry a hash of their
// content, so the same sources give the same names; the folder is emptied before each build, so it
// holds exactly the chunks of the last one.
import { rmSync } from 'node:fs';
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

/**
 * Bundle file name -> entry point, and for a split bundle the folder of its chunks. Every file
 * gets the require() shim; the CLI's `#!` line comes from its entry (esbuild keeps it first).
 */
export const BUNDLES = {
  'index.js': { entry: 'src/index.ts' },
  'cli.js': { entry: 'src/cli.ts', chunks: 'cli-chunks' },
};

/**
 * Writes every bundle into `outDir` (absolute, or relative to the project's root), after removing
 * what an earlier build wrote there for them. Returns each bundle's esbuild metafile (what every
 * output file holds and imports).
 */
export async function buildBundles(outDir) {
  const out = resolve(PROJECT_ROOT, outDir);
  const metafiles = {};
  for (const [file, { entry, chunks }] of Object.entries(BUNDLES)) {
    rmSync(join(out, file), { force: true });
    if (chunks) rmSync(join(out, chunks), { recursive: true, force: true });
    const where = chunks
      ? {
          entryPoints: [{ in: entry, out: file.replace(/\.js$/, '') }],
          outdir: out,
          splitting: true,
          chunkNames: `${chunks}/[name]-[hash]`,
        }
      : { entryPoints: [entry], outfile: join(out, file) };
    const result = await build({
      ...common,
      ...where,
      banner: { js: REQUIRE_SHIM },
      metafile: true,
    });
    metafiles[file] = result.metafile;
  }
  return metafiles;
}
