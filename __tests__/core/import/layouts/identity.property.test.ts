// Property: on generated READMEs of every layout kind, `init` reads every entry (each generated
// title is in the data) and rendering its data with its settings gives the marked README back byte
// for byte. The READMEs are written here from string pieces, not by the renderer, with a seeded
// generator so a failure can be replayed (the seed is in the test name).
import { describe, expect, test } from 'vitest';
import { loadData } from '../../../../src/core/data/load.js';
import { reportedOf } from '../../../result.js';
import { planInit } from '../../../../src/core/import/init/plan.js';
import { formatProblem } from '../../../../src/core/problem.js';
import { renderReadme } from '../../../../src/core/render/readme.js';
import { parseSettings } from '../../../../src/core/settings/parse.js';
import { seeded } from '../../../../scripts/bench/seeded.mjs';

const WORDS = [
  'Learning',
  'When',
  'to',
  'Halt',
  'Early',
  'Exit',
  'Networks',
  'Adaptive',
  'Depth',
  'Fast',
  'Inference',
  'Dynamic',
  'Transformers',
  'for',
  'Speech',
  'Vision',
  'Tokens',
  'Skipping',
  'Layers',
  'A',
  'Survey',
  'of',
  'BERT',
  'Patience',
  'Based',
  'Models',
  'Cascades',
  'Efficient',
  '3D',
  'Graph',
  'Neural',
  'Ponder',
];
const VENUES = [
  'ICLR',
  'NeurIPS',
  'CVPR',
  'ACL',
  'ICML',
  'EMNLP',
  'AAAI',
  'arXiv',
  'TPAMI',
  'Interspeech',
];
const SECTIONS = [
  'Vision',
  'Language',
  'Audio',
  'Theory',
  'Surveys',
  'Generation',
  'Systems',
  '2024',
  '2023',
];

interface Gen {
  pick<T>(xs: readonly T[]): T;
  int(lo: number, hi: number): number;
}

function gen(seed: number): Gen {
  const r = seeded(seed);
  return {
    pick: (xs) => xs[Math.floor(r() * xs.length)]!,
    int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
  };
}

interface Paper {
  title: string;
  venue: string;
  year: number;
  authors: string;
  url: string;
  code?: string;
}

function paper(g: Gen, n: number): Paper {
  const words = Array.from({ length: g.int(2, 7) }, () => g.pick(WORDS));
  return {
    title: `${words.join(' ')} ${n}`,
    venue: g.pick(VENUES),
    year: g.int(2015, 2025),
    authors: `${g.pick(['A.', 'B.', 'C.'])} Author, ${g.pick(['D.', 'E.'])} Writer`,
    url: `https://example.org/p/${n}`,
    ...(g.int(0, 1) === 1 ? { code: `https://github.com/lab/repo-${n}` } : {}),
  };
}

type Writer = (g: Gen, p: Paper, i: number) => string;

const LIST_ITEMS: Writer[] = [
  (_, p) => `- [${p.title}](${p.url}) - ${p.venue} ${p.year}`,
  (_, p) =>
    `* **${p.title}** (_${p.venue}_) [[PDF]](${p.url})${p.code ? ` [[CODE]](${p.code})` : ''}`,
  (_, p, i) => `${i + 1}. [**${p.title}.**](${p.url}) *${p.authors}.* ${p.venue} ${p.year}.`,
  (_, p) =>
    `- "${p.title}", ${p.venue}, ${p.year}. [[paper](${p.url})]${p.code ? ` [[code](${p.code})]` : ''}`,
  (_, p) => `- **${p.title}**\n  *${p.authors}.* [[pdf](${p.url})], ${p.year}.04.`,
  (g, p) =>
    `+ [${p.year}/0${g.int(1, 9)}] **${p.title}.** *${p.authors}* ${p.venue}. [[paper](${p.url})]`,
];

const TABLES: { header: string; row: Writer }[] = [
  {
    header: '| Title | Venue | Year |\n|---|---|---|',
    row: (_, p) => `| ${p.title} | ${p.venue} | ${p.year} |`,
  },
  {
    header: '| Date | Title | Paper | Code |\n| --- | --- | --- | --- |',
    row: (_, p) =>
      `| ${p.year}.0${(p.year % 9) + 1} | ${p.title} | [Link](${p.url}) | ${p.code ? `[Code](${p.code})` : ''} |`,
  },
  {
    header: '| Title & Authors | Links |\n|:--|:--|',
    row: (_, p) =>
      `| [${p.title}](${p.url}) <br> ${p.authors} | [[pdf]](${p.url}.pdf)${p.code ? ` [[code]](${p.code})` : ''} |`,
  },
];

function readme(g: Gen, kind: string, count: { n: number }, titles: string[]): string {
  const levels = g.pick([[2, 3], [2], [3]]);
  const sections = g.int(1, 4);
  const parts: string[] = ['# Generated list', '', 'Some prose before the list.', ''];
  const item = g.pick(LIST_ITEMS);
  const table = g.pick(TABLES);
  const blank = g.int(0, 1) === 1;
  for (let s = 0; s < sections; s++) {
    if (levels.length === 2 && (s === 0 || g.int(0, 1) === 1))
      parts.push(`## ${g.pick(SECTIONS)} area ${s}`, '');
    parts.push(`${'#'.repeat(levels[levels.length - 1]!)} ${g.pick(SECTIONS)}`, '');
    const papers = Array.from({ length: g.int(1, 5) }, () => paper(g, count.n++));
    titles.push(...papers.map((p) => p.title));
    if (kind === 'list') {
      parts.push(papers.map((p, i) => item(g, p, i)).join(blank ? '\n\n' : '\n'), '');
    } else if (kind === 'table') {
      parts.push(table.header, ...papers.map((p, i) => table.row(g, p, i)), '');
    } else if (kind === 'paragraph') {
      for (const p of papers) {
        parts.push(
          `**${p.title}** \\`,
          `*${p.authors}* \\`,
          `${p.venue} ${p.year}. [[Paper](${p.url})] \\`,
          '',
        );
      }
    } else {
      parts.push('<table>', '<tr><th>Title</th><th>Venue</th></tr>');
      for (const p of papers)
        parts.push(`<tr><td><a href="${p.url}">${p.title}</a></td><td>${p.venue}</td></tr>`);
      parts.push('</table>', '');
    }
  }
  parts.push('## Contributing', '', 'Open an issue.', '');
  return parts.join('\n');
}

const time = new Date('2026-01-02T03:04:05Z');

for (const kind of ['table', 'list', 'paragraph', 'html']) {
  describe(`${kind} layout`, () => {
    for (let seed = 1; seed <= 60; seed++) {
      test(`seed ${seed}`, () => {
        const titles: string[] = [];
        const input = readme(gen(seed * 7919 + kind.length), kind, { n: 1 }, titles);
        const planned = planInit(input, {
          stamp: false,
          time,
          readmeFile: 'README.md',
          dataFile: 'data.yaml',
          settingsFile: 'paperlist.yml',
        });
        const plan = planned.ok ? planned.value : undefined;
        const problems = reportedOf(planned);
        expect(problems.map(formatProblem)).toEqual([]);
        expect(plan).toBeDefined();
        if (!plan) return;
        const data = loadData(plan.data, 'data.yaml');
        const settings = parseSettings(plan.settings, 'paperlist.yml');
        if (!data.ok || !settings.ok) throw new Error('init wrote files that do not load');
        const read = data.value.sections.flatMap((s) => s.papers.map((p) => p.title));
        expect(read).toEqual(titles);
        expect(renderReadme(plan.readme, data.value, settings.value, time)).toEqual({
          ok: true,
          value: plan.readme,
        });
      });
    }
  });
}
