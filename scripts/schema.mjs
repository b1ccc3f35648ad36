// `npm run schema`: writes schema/paperlist.schema.json, the JSON Schema of .github/paperlist.yml,
// from the settings' zod schema (src/core/settings/json-schema.ts). A test fails when the committed
// file differs from what the zod schema generates, so run this after changing a setting.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import * as prettier from 'prettier';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'paperlist-schema-'));
try {
  const outfile = join(dir, 'schema.mjs');
  await build({
    stdin: {
      contents: "export { settingsJsonSchemaText } from './src/core/settings/json-schema.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  const { settingsJsonSchemaText } = await import(pathToFileURL(outfile).href);
  const target = join(root, 'schema', 'paperlist.schema.json');
  mkdirSync(join(root, 'schema'), { recursive: true });
  // Formatted as the repository's other files are, so `npm run lint` passes on it.
  const options = (await prettier.resolveConfig(target)) ?? {};
  writeFileSync(
    target,
    await prettier.format(settingsJsonSchemaText(), { ...options, parser: 'json' }),
  );
  console.log(`wrote ${join('schema', 'paperlist.schema.json')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
