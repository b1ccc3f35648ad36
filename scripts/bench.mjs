// `npm run bench`: renders synthetic lists of 1,000, 10,000 and 100,000 papers with the whole
// `paperlist render` process (the bundled CLI) and prints wall time and peak memory per size, and the
// time of `render --check` on the README it rendered (up to date: what a list's CI runs). When
// BENCH_PEER names the real list's own generator (Python + PyYAML), it is timed on the same input
// (up to 10,000 papers) and the two outputs are compared byte for byte.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchLayouts } from './bench/layouts.mjs';
import { writeSynthList } from './bench/synth.mjs';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const rss = join(root, 'scripts', 'bench', 'rss.mjs');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000')
  .split(',')
  .filter(Boolean)
  .map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const time = '2026-01-02T03:04:05Z';
// The peer: a script taking `DATA README ISO_TIME TIMEZONE` that renders the same tables (the real
// list's Python + PyYAML generator). Optional: set BENCH_PEER to its path to compare.
const peer = process.env.BENCH_PEER;

function measure(cmd, args) {
  const start = process.hrtime.bigint();
  const res = spawnSync(cmd, args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${res.stderr}`);
  const kb = Number(/paperlist-bench-maxrss-kb=(\d+)/.exec(res.stderr)?.[1] ?? NaN);
  return { ms, mb: kb / 1024 };
}

const work = mkdtempSync(join(tmpdir(), 'paperlist-bench-'));
const rows = [];
try {
  for (const n of sizes) {
    const list = join(work, `n${n}`);
    writeSynthList(n, list);
    const dataMb = readFileSync(join(list, 'data.yaml')).length / 1e6;
    const times = [];
    let mb = 0;
    for (let i = 0; i < runs; i++) {
      const copy = join(work, `n${n}-run${i}`);
      cpSync(list, copy, { recursive: true });
      const r = measure(process.execPath, [
        '--import',
        rss,
        cli,
        'render',
        '--data',
        join(copy, 'data.yaml'),
        '--readme',
        join(copy, 'README.md'),
        '--config',
        join(copy, 'settings.yml'),
        '--time',
        time,
      ]);
      times.push(r.ms);
      mb = Math.max(mb, r.mb);
    }
    const best = Math.min(...times);
    // `render --check` of the README just rendered (up to date): what a list's CI runs on every push.
    const checks = [];
    for (let i = 0; i < runs; i++) {
      const copy = join(work, `n${n}-run0`);
      checks.push(
        measure(process.execPath, [
          cli,
          'render',
          '--check',
          '--data',
          join(copy, 'data.yaml'),
          '--readme',
          join(copy, 'README.md'),
          '--config',
          join(copy, 'settings.yml'),
        ]).ms,
      );
    }
    let peerMs;
    let same = '';
    if (peer && n <= 10000) {
      const copy = join(work, `n${n}-peer`);
      cpSync(list, copy, { recursive: true });
      peerMs = measure('python3', [
        peer,
        join(copy, 'data.yaml'),
        join(copy, 'README.md'),
        time,
        'Asia/Shanghai',
      ]).ms;
      same =
        readFileSync(join(copy, 'README.md'), 'utf8') ===
        readFileSync(join(list + '-run0', 'README.md'), 'utf8')
          ? 'yes'
          : 'NO';
    }
    rows.push({
      n,
      dataMb,
      best,
      median: times.sort((a, b) => a - b)[Math.floor(times.length / 2)],
      mb,
      checkMs: Math.min(...checks),
      peerMs,
      same,
    });
    console.error(`rendered ${n} papers`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const fmt = (x, d = 0) => (x === undefined ? '-' : x.toFixed(d));
console.log(
  `paperlist render, whole process, node ${process.version}, best and median of ${runs} runs`,
);
console.log(
  '| papers | data MB | best ms | median ms | ms per 1k papers | peak MB | check ms | peer ms | peer / paperlist | same bytes |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.n} | ${fmt(r.dataMb, 2)} | ${fmt(r.best)} | ${fmt(r.median)} | ${fmt((r.best / r.n) * 1000, 1)} | ${fmt(r.mb)} | ${fmt(r.checkMs)} | ${fmt(r.peerMs)} | ${r.peerMs ? fmt(r.peerMs / r.best, 1) + 'x' : '-'} | ${r.same || '-'} |`,
  );
}

// init and import on bullet lists: linear in the entries, whole process each.
const layoutSizes = (process.env.BENCH_LAYOUT_SIZES ?? '2500,5000,10000')
  .split(',')
  .filter(Boolean)
  .map(Number);
if (layoutSizes.length > 0) {
  const layoutRows = benchLayouts(cli, layoutSizes, runs);
  console.log('');
  console.log(`paperlist init / import on a bullet list, whole process, best of ${runs} runs`);
  console.log('| entries | README KB | init ms | import ms | init ms per 1k | import ms per 1k |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of layoutRows) {
    console.log(
      `| ${r.n} | ${fmt(r.kb)} | ${fmt(r.init)} | ${fmt(r.imp)} | ${fmt((r.init / r.n) * 1000, 1)} | ${fmt((r.imp / r.n) * 1000, 1)} |`,
    );
  }
}
