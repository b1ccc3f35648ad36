// Loads the emulator and the harness (TypeScript test helpers) into a benchmark: they are bundled
// with esbuild's JS API into a temporary folder and imported from there.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const vitestStub = {
  name: 'vitest-stub',
  setup(b) {
    b.onResolve({ filter: /^vitest$/ }, () => ({ path: 'vitest', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents:
        "export function inject() { throw new Error('benchmarks pass the script to run'); }",
      loader: 'js',
    }));
  },
};

/** Bundles the emulator, the harness and `extra` modules (paths from the project root) into `dir`. */
export async function loadHelpers(root, dir, extra = []) {
  const outfile = join(dir, 'helpers.mjs');
  const modules = ['./__tests__/emulator/index.ts', './__tests__/harness/index.ts', ...extra];
  await build({
    stdin: {
      contents: modules.map((m) => `export * from '${m}';`).join('\n') + '\n',
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    // The harness's lookup of the test run's bundle is never used here (the benchmarks pass the
    // script): `vitest` is replaced by a stub, so the bundle runs outside a test run.
    plugins: [vitestStub],
    // The harness finds the project (and the webhook examples) from its own location: keep it.
    define: {
      'import.meta.url': JSON.stringify(
        pathToFileURL(join(root, '__tests__/harness/index.ts')).href,
      ),
    },
    banner: {
      js: "import { createRequire as __benchRequire } from 'node:module';\nconst require = __benchRequire(import.meta.url);",
    },
  });
  return import(pathToFileURL(outfile).href);
}
