// `npm run bench:core`: times the pure engine's steps that a run pays on every event, on a synthetic
// list of 10,000 papers (BENCH_PAPERS): loading the data file, checking a suggestion against the
// list, and inserting an entry into two sections. Prints the best and the median of BENCH_RUNS runs
// (default 5) per step. These figures used to be wall-clock bounds inside unit tests, which a busy
// machine could fail; the tests now check the same work deterministically, the timing lives here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { synthData } from './bench/synth.mjs';

const root = resolve(import.meta.dirname, '..');
const papers = Number(process.env.BENCH_PAPERS ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);

async function loadCore(dir) {
  const outfile = join(dir, 'core.mjs');
  await build({
    stdin: {
      contents: [
        "export { loadData } from './src/core/data/load.ts';",
        "export { insertPaper } from './src/core/data/insert.ts';",
        "export { checkSuggestion } from './src/core/suggest/check.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    // yaml is CommonJS and calls require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __benchRequire } from 'node:module';\nconst require = __benchRequire(import.meta.url);",
    },
  });
  return import(pathToFileURL(outfile).href);
}

function time(label, fn) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `  ${label.padEnd(34)} best ${times[0].toFixed(1)} ms, median ${median.toFixed(1)} ms`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'paperlist-bench-core-'));
try {
  const { loadData, insertPaper, checkSuggestion } = await loadCore(dir);
  const text = synthData(papers);
  const loaded = loadData(text, 'data.yaml');
  if (!loaded.ok) throw new Error(`the synthetic list has problems: ${loaded.problems[0].message}`);
  const list = loaded.value;
  const names = list.sections.map((s) => s.name);
  const paper = {
    title: 'A new paper about early exiting',
    year: '2025',
    links: [{ label: 'PDF', url: 'https://arxiv.org/pdf/2501.00001' }],
    extra: {},
  };
  const fields = {
    title: paper.title,
    abbr: 'NEW',
    venue: 'ICLR',
    year: '2025',
    sections: [names[3]],
    page: '',
    pdf: 'https://arxiv.org/pdf/2501.00001',
    code: '',
    notes: '',
  };
  const opts = { now: new Date('2026-01-02T03:04:05Z'), openSuggestions: [] };
  console.log(
    `core steps on ${papers} papers (${(text.length / 1e6).toFixed(2)} MB), ${runs} runs:`,
  );
  time('load the data file', () => loadData(text, 'data.yaml'));
  time('check a suggestion', () => checkSuggestion(fields, list, opts));
  time('insert into two sections', () =>
    insertPaper(text, [names[Math.floor(names.length / 2)], names.at(-1)], paper, 'data.yaml'),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
