// `paperlist init` and `paperlist import` on synthetic bullet lists (the whole CLI process): N
// entries in sections of 50 under `## ` headings, each `- **[Abbr]** Title (_Venue_) [[PDF]](url)
// [[CODE]](url)`, the style the real list's own bullet script writes. Seeded, same bytes every run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seeded } from './seeded.mjs';

const WORDS =
  'early exit dynamic adaptive inference network deep neural efficient halting depth token'.split(
    ' ',
  );
const VENUES = ['ICLR', 'NeurIPS', 'ICML', 'CVPR', 'ACL', 'EMNLP'];

export function bulletReadme(n) {
  const r = seeded(n);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const lines = ['# Synthetic list', '', 'Prose above the list.', ''];
  for (let i = 0; i < n; i++) {
    if (i % 50 === 0) lines.push(`## Section ${i / 50 + 1}`, '');
    const title = Array.from({ length: 6 }, () => pick(WORDS)).join(' ');
    const code = r() < 0.5 ? ` [[CODE]](https://github.com/lab/p${i})` : '';
    lines.push(
      `- **[M${i}]** ${title[0].toUpperCase()}${title.slice(1)} ${i} (_${pick(VENUES)}_) [[PDF]](https://arxiv.org/pdf/${i})${code}`,
    );
    if (i % 50 === 49) lines.push('');
  }
  lines.push('', '## License', '', 'MIT', '');
  return lines.join('\n');
}

function timed(cli, args, cwd) {
  const start = process.hrtime.bigint();
  const res = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (res.status !== 0)
    throw new Error(`${args.join(' ')} failed (${res.status}):\n${res.stderr.slice(0, 2000)}`);
  return ms;
}

/** Best of `runs` whole-process times of init and import per size; rows for a table. */
export function benchLayouts(cli, sizes, runs) {
  const rows = [];
  for (const n of sizes) {
    const text = bulletReadme(n);
    let init = Infinity;
    let imp = Infinity;
    for (let i = 0; i < runs; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'paperlist-bench-init-'));
      try {
        writeFileSync(join(dir, 'README.md'), text);
        imp = Math.min(imp, timed(cli, ['import', 'README.md'], dir));
        init = Math.min(init, timed(cli, ['init'], dir));
        timed(cli, ['render', '--check'], dir);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    rows.push({ n, kb: text.length / 1024, init, imp });
  }
  return rows;
}
