// `npm run bench:site`: `paperlist site` (the bundled CLI, whole process) on the example list and on
// synthetic lists of 1,000 and 10,000 papers; prints wall time and the size of each file written,
// and the page's bytes per paper beyond the example's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSynthList } from './bench/synth.mjs';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'paperlist-bench-site-'));

function site(data, label, papers) {
  const out = join(work, `${label}-out`);
  const start = process.hrtime.bigint();
  const res = spawnSync(
    process.execPath,
    [cli, 'site', '--out', out, '--data', data, '--time', '2026-01-02T03:04:05Z'],
    { encoding: 'utf8' },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (res.status !== 0) throw new Error(`paperlist site failed:\n${res.stderr}`);
  const size = (f) => statSync(join(out, f)).size;
  return {
    label,
    papers,
    ms,
    page: size('index.html'),
    bib: size('papers.bib'),
    feed: size('feed.xml'),
  };
}

try {
  const rows = [site(join(root, 'examples/ednn/data.yaml'), 'example (44 rows)', 40)];
  for (const n of sizes) {
    const dir = join(work, `n${n}`);
    writeSynthList(n, dir);
    rows.push(site(join(dir, 'data.yaml'), `${n} papers`, n));
  }
  const base = rows[0];
  for (const r of rows) {
    const perPaper =
      r === base
        ? ''
        : `, ${((r.page - base.page) / (r.papers - base.papers)).toFixed(0)} B/paper more than the example`;
    console.log(
      `${r.label}: ${r.ms.toFixed(0)} ms; index.html ${(r.page / 1024).toFixed(1)} KiB${perPaper}; papers.bib ${(r.bib / 1024).toFixed(1)} KiB; feed.xml ${(r.feed / 1024).toFixed(1)} KiB`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
