// `node scripts/digest-example.mjs`: writes docs/digest-example.md, the example digest issue that the
// digest's own code renders from a recorded arXiv answer (scripts/digest-example/example.ts); a test
// checks that the page is what the code renders now.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'digest-example-'));
try {
  const outfile = join(dir, 'example.mjs');
  await build({
    entryPoints: [join(root, 'scripts/digest-example/example.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __exampleRequire } from 'node:module';\nconst require = __exampleRequire(import.meta.url);",
    },
  });
  const { digestExample } = await import(pathToFileURL(outfile).href);
  writeFileSync(join(root, 'docs/digest-example.md'), digestExample(root));
  console.log('docs/digest-example.md written');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
