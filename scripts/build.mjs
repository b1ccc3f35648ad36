// Bundles the action entry and the CLI into dist/. The output is committed and CI checks that a
// fresh build gives the same bytes, so the build must be deterministic (no timestamps, no paths).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __paperlistCreateRequire } from 'node:module';\nconst require = __paperlistCreateRequire(import.meta.url);",
  },
};

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
});
