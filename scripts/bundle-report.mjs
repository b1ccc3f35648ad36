// `npm run bench:bundle`: what each command of the CLI loads. Builds the bundles into a temporary
// folder and, from esbuild's metafile, follows every static import from `cli.js` and the command's
// chunk (the chunks Node loads before the command runs; chunks loaded with import() on the way,
// such as the diff of `render --check`, are not counted), then prints the bytes per command and
// the largest packages and source folders in it. A dependency that creeps into a command's start-up
// shows here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundles } from './bundles.mjs';

const TOP = Number(process.env.BUNDLE_REPORT_TOP ?? 12);

/** The package a bundled input file belongs to, or its source folder (`src/core/render`). */
function owner(input) {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return input.split('/').slice(0, 3).join('/');
  const parts = input.slice(at + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** The output files loaded when `start` is: it and everything it imports statically. */
function staticClosure(outputs, start) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of outputs[file].imports)
      if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(start);
  return seen;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

const dir = mkdtempSync(join(tmpdir(), 'paperlist-bundle-report-'));
try {
  const { outputs } = (await buildBundles(dir))['cli.js'];
  const find = (pattern) => Object.keys(outputs).find((file) => pattern.test(file));
  const entry = find(/\/cli\.js$/);
  const main = find(/\/cli-chunks\/main-[^/]+\.js$/);
  const base = new Set([...staticClosure(outputs, entry), ...staticClosure(outputs, main)]);
  const bytes = (files) => [...files].reduce((n, f) => n + outputs[f].bytes, 0);
  const all = Object.keys(outputs).filter((f) => f.endsWith('.js'));
  console.log(
    `CLI bundle: ${all.length} files, ${kb(bytes(all))}; help, version and usage errors load ${kb(bytes(base))}`,
  );
  // The commands' chunks: what the dispatch imports when a command runs.
  const commands = outputs[main].imports
    .filter((i) => i.kind === 'dynamic-import')
    .map((i) => [/\/([a-z]+)-[A-Z0-9]+\.js$/.exec(i.path)?.[1] ?? i.path, i.path]);
  for (const [name, chunk] of commands) {
    const files = new Set([...base, ...staticClosure(outputs, chunk)]);
    const by = {};
    for (const f of files)
      for (const [input, { bytesInOutput }] of Object.entries(outputs[f].inputs))
        by[owner(input)] = (by[owner(input)] ?? 0) + bytesInOutput;
    const top = Object.entries(by)
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([what, n]) => `${what} ${kb(n)}`);
    console.log(`\n${name}: ${kb(bytes(files))} in ${files.size} files\n  ${top.join(', ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
