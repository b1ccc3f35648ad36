// `npm run bench:limits`: the inputs built to be slow or to exhaust the stack, each run through the
// bundled CLI (`import` for Markdown, `validate` for YAML), with wall time, exit code, the size of
// what was printed and its first line; then the pre-scans' own cost on a 10,000-paper list next to
// the parse they guard. BENCH_CLI runs another build of the CLI (to compare with an older one);
// BENCH_TIMEOUT_S stops a run that takes longer (default 120 s); BENCH_SLOW=1 adds the 9 MB input
// that an unbounded parser takes many minutes over.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { synthData } from './bench/synth.mjs';
import { pathologicalInputs } from './bench/pathological.mjs';

const root = resolve(import.meta.dirname, '..');
const cli = resolve(process.env.BENCH_CLI ?? join(root, 'dist', 'cli.js'));
const timeoutMs = Number(process.env.BENCH_TIMEOUT_S ?? 120) * 1000;
const work = mkdtempSync(join(tmpdir(), 'paperlist-bench-limits-'));

function runCli(args) {
  const start = process.hrtime.bigint();
  const res = spawnSync(process.execPath, [cli, ...args], {
    cwd: work,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = res.stderr ?? '';
  const first = stderr.split('\n').find((l) => l.trim() !== '') ?? '';
  return {
    ms,
    code: res.error ? 'timeout' : res.status,
    printed: stderr.length,
    first: first.length > 110 ? `${first.slice(0, 110)}…` : first,
  };
}

/** The pre-scans, bundled from the sources so their cost can be timed in-process. */
async function loadLimits() {
  const outfile = join(work, 'limits.mjs');
  await build({
    stdin: {
      contents: `export { yamlDepth } from './src/core/limits/yaml.ts';
export { markdownShape } from './src/core/limits/markdown-scan.ts';
export { loadData } from './src/core/data/load.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    // Bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return import(pathToFileURL(outfile).href);
}

/** Best CPU milliseconds of `runs` calls of `f`. */
function cpuMs(f, runs = 5) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    f();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

try {
  console.log(
    `pathological inputs through ${cli === join(root, 'dist', 'cli.js') ? 'dist/cli.js' : cli}`,
  );
  console.log('| input | size KB | command | wall ms | exit | stderr bytes | first line |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const input of pathologicalInputs().filter((i) => !i.slow || process.env.BENCH_SLOW)) {
    const file = join(work, input.file);
    writeFileSync(file, input.text());
    const size = (readFileSync(file).length / 1024).toFixed(0);
    const args =
      input.command === 'import' ? ['import', input.file] : ['validate', '--data', input.file];
    const r = runCli(args);
    const first = r.first.replace(/\|/g, '\\|');
    console.log(
      `| ${input.name} | ${size} | ${input.command} | ${r.ms.toFixed(0)} | ${r.code} | ${r.printed} | ${first} |`,
    );
    rmSync(file);
  }

  const limits = await loadLimits();
  const data = synthData(10_000);
  const scan = cpuMs(() => limits.yamlDepth(data));
  const load = cpuMs(() => limits.loadData(data, 'data.yaml'));
  console.log(
    `\npre-scan cost on 10,000 papers (${(data.length / 1e6).toFixed(2)} MB data file), best CPU ms of 5:`,
  );
  console.log(`| step | CPU ms |`);
  console.log(`| --- | --- |`);
  console.log(`| YAML pre-scan alone | ${scan.toFixed(1)} |`);
  console.log(`| loadData, pre-scan included | ${load.toFixed(1)} |`);
  const rows = data
    .split('\n')
    .filter((l) => l.includes('title:'))
    .map(
      (l) =>
        `| ${l.split('title:')[1].trim()} | N/A | ICLR | 2020 | [[PDF](https://example.org/a_b.pdf)] |`,
    );
  const readme = `## C\n\n### S\n\n| Title | Abbr | Venue | Year | Materials |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
  const mdScan = cpuMs(() => limits.markdownShape(readme));
  console.log(
    `| Markdown pre-scan of its README table (${(readme.length / 1e6).toFixed(2)} MB) | ${mdScan.toFixed(1)} |`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
