// Synthetic lists in the real list's layout: N papers over N/50 sections in N/500+1 categories, with
// realistic titles, venues, years and PAGE/PDF/CODE links. Seeded, so every run writes the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded } from './seeded.mjs';

const WORDS = (
  'early exit dynamic adaptive inference network deep neural efficient multi scale dense training ' +
  'knowledge distillation transformer vision language model edge latency aware policy learning'
).split(' ');
const VENUES = [
  'ICLR',
  'NeurIPS',
  'ICML',
  'CVPR',
  'ECCV',
  'AAAI',
  'ACL',
  'EMNLP',
  'TPAMI',
  'TNNLS',
  'WWW',
  '',
];

function sample(r, list, k) {
  const pool = [...list];
  const out = [];
  for (let i = 0; i < k; i++) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0]);
  return out;
}

export function synthData(n, seed = 7) {
  const r = seeded(seed);
  const sections = Math.max(1, Math.floor(n / 50));
  const lines = [];
  for (let s = 0; s < sections; s++) {
    const name = sample(r, WORDS, 2)
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join(' ');
    lines.push(`Section ${String(s).padStart(4, '0')} of ${name}:`);
    lines.push(`  category: "${Math.floor(s / 10)}. Category ${Math.floor(s / 10)}"`);
    lines.push('  list:');
    for (let i = 0; i < Math.floor(n / sections); i++) {
      const words = sample(r, WORDS, 5 + Math.floor(r() * 6)).join(' ');
      lines.push(`    - title: "${words[0].toUpperCase()}${words.slice(1)} ${s}-${i}"`);
      if (r() < 0.6) lines.push(`      abbr: "P${s}x${i}"`);
      const venue = VENUES[Math.floor(r() * VENUES.length)];
      if (venue) lines.push(`      venue: "${venue}"`);
      lines.push(`      year: "${2015 + Math.floor(r() * 12)}"`);
      lines.push('      links:');
      lines.push(`        PAGE: "https://example.org/${s}/${i}"`);
      if (r() < 0.7) lines.push(`        PDF: "https://arxiv.org/pdf/${2000 + s}.${10000 + i}"`);
      if (r() < 0.3) lines.push(`        CODE: "https://github.com/example/p${s}-${i}"`);
    }
  }
  return lines.join('\n') + '\n';
}

export const SYNTH_README =
  '# A synthetic list\n\nIntro.\n\n<!-- main-start -->\n<!-- main-end -->\n\n<!-- update-time-start -->\n<!-- update-time-end -->\n';

/** Writes data.yaml, README.md and settings.yml for a list of n papers into dir. */
export function writeSynthList(n, dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'data.yaml'), synthData(n));
  writeFileSync(join(dir, 'README.md'), SYNTH_README);
  writeFileSync(join(dir, 'settings.yml'), 'time-zone: Asia/Shanghai\n');
}
