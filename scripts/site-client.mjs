// The reader page's script, bundled and minified from src/core/outputs/site/client/ into one string
// that the page renderer inlines (and hashes for its Content-Security-Policy). The build and the
// tests both load it as the module `virtual:site-client`, so they inline the same bytes.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const SITE_CLIENT = 'virtual:site-client';
const entry = fileURLToPath(new URL('../src/core/outputs/site/client/main.ts', import.meta.url));

/** The bundled script's text. */
export function bundleSiteClient() {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    charset: 'utf8',
    write: false,
  });
  return result.outputFiles[0].text.trimEnd();
}

/** esbuild plugin: `import script from 'virtual:site-client'` gives the bundled text. */
export const esbuildSiteClient = {
  name: 'site-client',
  setup(build) {
    build.onResolve({ filter: /^virtual:site-client$/ }, (args) => ({
      path: args.path,
      namespace: 'site-client',
    }));
    build.onLoad({ filter: /.*/, namespace: 'site-client' }, () => ({
      contents: bundleSiteClient(),
      loader: 'text',
    }));
  },
};

/** Vite (vitest) plugin doing the same. */
export const viteSiteClient = {
  name: 'site-client',
  resolveId(id) {
    return id === SITE_CLIENT ? `\0${SITE_CLIENT}` : undefined;
  },
  load(id) {
    return id === `\0${SITE_CLIENT}`
      ? `export default ${JSON.stringify(bundleSiteClient())};`
      : undefined;
  },
};
