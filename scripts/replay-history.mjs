// Replays real README histories through paperlist's hand-edit adoption, as pushes of a maintainer
// who keeps editing the README by hand after adopting paperlist. For each list folder (a README.md
// and a history/ folder of earlier versions, NNN-*.md, oldest first), in a temporary git repository:
// `paperlist init` on the oldest version that lists papers, committed (older ones, a README of a
// title and a sentence, are skipped and said); then each later version is pushed: its text,
// with the markers placed where `init` places them on that text (init runs in a scratch folder only
// to place the markers and to read the entries the version lists; its data file is not used), and
// what a push does locally: `paperlist render --base <the data file before the push>`. Then:
//   - accepted (exit 0) or refused (the first problem said);
//   - entries lost: entries of the pushed zone (as init reads them) missing from the data file;
//   - nothing outside the zones changed; `paperlist render --check` passes.
// The pushed README is committed either way (a refused push still lands on the branch).
//
// Usage: node scripts/replay-history.mjs [folder]   (or PAPERLIST_REAL_LISTS=folder)
// The CLI is bundled from src/ into a temporary folder first, so the replay runs the current code.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { buildBundles } from './bundles.mjs';

const folder = process.argv[2] ?? process.env.PAPERLIST_REAL_LISTS;
if (!folder) {
  console.error(
    'usage: npm run check:real-history -- <folder of lists> (or set PAPERLIST_REAL_LISTS)',
  );
  process.exit(2);
}
const verbose = process.env.REPLAY_VERBOSE === '1';
const only = process.env.REPLAY_ONLY;
const work = mkdtempSync(join(tmpdir(), 'paperlist-replay-'));
await buildBundles(join(work, 'bundle'));
const cli = join(work, 'bundle', 'cli.js');

function run(cwd, args) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? 1, out: r.stdout ?? '', err: r.stderr ?? '' };
}

function git(cwd, args) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** A title as compared: case, punctuation and spacing ignored. */
const key = (title) =>
  String(title)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The titles of a data file's entries (top-level keys are sections with a `list`). */
function titles(dataText) {
  const doc = yaml.load(dataText) ?? {};
  const out = [];
  for (const section of Object.values(doc)) {
    for (const paper of section?.list ?? []) if (paper?.title) out.push(String(paper.title));
  }
  return out;
}

/** `titles` of an importer's output, none when it printed no data file. */
function readTitles(text) {
  try {
    return titles(text);
  } catch {
    return [];
  }
}

/** The README with the content of every generated zone removed: what a render must not change. */
function outsideZones(text) {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/(<!-- ([\w-]+)-start -->)[\s\S]*?(<!-- \2-end -->)/g, '$1$3');
}

/** The first problem a failed run printed. */
function firstProblem(result) {
  const lines = `${result.err}\n${result.out}`.split('\n').map((l) => l.trim());
  return lines.find((l) => /error|not |cannot|refus|invalid/i.test(l)) ?? lines.find(Boolean) ?? '';
}

/** The README with the main markers: grafted where the previous README had them, else init's. */
function placeMarkers(text, previous, scratch) {
  const grafted = graft(text, previous);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, 'README.md'), grafted ?? text);
  if (!grafted) {
    const r = run(scratch, ['init']);
    if (!existsSync(join(scratch, 'data.yaml'))) return { problem: firstProblem(r) };
  }
  const readme = readFileSync(join(scratch, 'README.md'), 'utf8');
  // The entries between the markers, as the importer reads them.
  const read = run(scratch, ['import', 'README.md']);
  return { readme, titles: readTitles(read.out), grafted: grafted !== undefined };
}

const START = '<!-- main-start -->';
const END = '<!-- main-end -->';

/**
 * `text` with the markers on lines of their own where the lines around them in `previous` are
 * found again (up to three lines of context on the outer side, not all blank), or undefined.
 */
function graft(text, previous) {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const old = previous.replace(/\r\n/g, '\n').split('\n');
  const s = old.indexOf(START);
  const e = old.indexOf(END);
  if (s < 0 || e < 0) return undefined;
  const at = (anchor, from, before) => {
    for (let k = Math.min(3, anchor.length); k >= 1; k--) {
      const part = before ? anchor.slice(anchor.length - k) : anchor.slice(0, k);
      if (part.every((l) => l.trim() === '')) continue;
      const hits = [];
      for (let i = from; i + k <= lines.length; i++) {
        if (part.every((l, j) => lines[i + j] === l)) hits.push(before ? i + k : i);
      }
      if (hits.length > 0) return hits;
    }
    return [];
  };
  // The lines outside the zone first; else the zone's own first (or last) lines.
  const above = old.slice(Math.max(0, s - 3), s);
  let starts = above.length === 0 ? [0] : at(above, 0, true);
  if (starts.length === 0) starts = at(old.slice(s + 1, Math.min(e, s + 4)), 0, false);
  if (starts.length === 0) return undefined;
  const start = starts.reduce((x, y) => (Math.abs(y - s) < Math.abs(x - s) ? y : x));
  const below = old.slice(e + 1, e + 4);
  const tail = below.every((l) => l.trim() === '');
  let ends = tail ? [lines.length - (lines.at(-1) === '' ? 1 : 0)] : at(below, start, false);
  if (ends.length === 0) ends = at(old.slice(Math.max(s + 1, e - 3), e), start, true).reverse();
  if (ends.length === 0) return undefined;
  const end = ends[0];
  return [
    ...lines.slice(0, start),
    START,
    ...lines.slice(start, end),
    END,
    ...lines.slice(end),
  ].join('\n');
}

function replayList(dir, name) {
  const history = existsSync(join(dir, 'history'))
    ? readdirSync(join(dir, 'history'))
        .filter((f) => /^\d+-.*\.md$/.test(f))
        .sort()
        .map((f) => join(dir, 'history', f))
    : [];
  const versions = [...history, join(dir, 'README.md')];
  const repo = join(work, name);
  const scratch = join(work, `${name}.scratch`);
  mkdirSync(repo, { recursive: true });
  git(repo, ['init', '-q']);
  git(repo, ['config', 'user.email', 'replay@example.com']);
  git(repo, ['config', 'user.name', 'replay']);
  const stats = { name, pushes: 0, accepted: 0, refused: 0, lost: 0, notes: [] };
  // A maintainer adopts paperlist once the README lists papers: versions before the first one
  // that lists any (a README of a title and a sentence) are skipped, and said.
  let first = 0;
  let init;
  for (;;) {
    copyFileSync(versions[first], join(repo, 'README.md'));
    init = run(repo, ['init']);
    if (existsSync(join(repo, 'data.yaml'))) break;
    const listsNone = readTitles(run(repo, ['import', 'README.md']).out).length === 0;
    if (!listsNone || first === versions.length - 1) {
      stats.notes.push(`init refused: ${firstProblem(init)}`);
      return stats;
    }
    first++;
  }
  if (first > 0)
    stats.notes.push(`init on version ${first + 1}: the ${first} before list no papers`);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-qm', 'init']);
  versions.slice(first + 1).forEach((version, i) => {
    stats.pushes++;
    const label = `push ${i + 1}`;
    const previous = readFileSync(join(repo, 'README.md'), 'utf8');
    const placed = placeMarkers(readFileSync(version, 'utf8'), previous, scratch);
    if (!placed.readme) {
      stats.refused++;
      stats.notes.push(`${label}: markers not placed (${placed.problem})`);
      return;
    }
    if (!placed.grafted)
      stats.notes.push(`${label}: markers placed by init (the old ones not found)`);
    if (placed.titles.length === 0) stats.notes.push(`${label}: the importer read no entries`);
    const before = join(work, `${name}.before.yaml`);
    copyFileSync(join(repo, 'data.yaml'), before);
    writeFileSync(join(repo, 'README.md'), placed.readme);
    const r = run(repo, ['render', '--base', before]);
    if (verbose) console.log(`--- ${name} ${label}\n${r.out}${r.err}`);
    if (r.code !== 0) {
      stats.refused++;
      stats.notes.push(`${label}: refused: ${firstProblem(r)}`);
    } else {
      stats.accepted++;
      const have = new Set(titles(readFileSync(join(repo, 'data.yaml'), 'utf8')).map(key));
      const lost = placed.titles.filter((t) => !have.has(key(t)));
      stats.lost += lost.length;
      if (lost.length > 0) {
        stats.notes.push(`${label}: ${lost.length} entries lost, e.g. "${lost[0].slice(0, 60)}"`);
      }
      const after = readFileSync(join(repo, 'README.md'), 'utf8');
      if (outsideZones(after) !== outsideZones(placed.readme)) {
        stats.notes.push(`${label}: text outside the zones changed`);
      }
      const check = run(repo, ['render', '--check']);
      if (check.code !== 0)
        stats.notes.push(`${label}: render --check fails: ${firstProblem(check)}`);
    }
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-qm', label, '--allow-empty']);
  });
  return stats;
}

const root = resolve(folder);
const lists = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'README.md')))
  .map((d) => d.name)
  .filter((n) => !only || n.includes(only))
  .sort();
const total = { pushes: 0, accepted: 0, refused: 0, lost: 0 };
for (const name of lists) {
  const s = replayList(join(root, name), name);
  for (const k of Object.keys(total)) total[k] += s[k];
  console.log(
    `${name}: ${s.pushes} pushes, ${s.accepted} accepted, ${s.refused} refused, ${s.lost} entries lost`,
  );
  for (const note of s.notes) console.log(`    ${note.slice(0, 220)}`);
}
console.log(
  `\nall: ${total.pushes} pushes, ${total.accepted} accepted, ${total.refused} refused, ${total.lost} entries lost`,
);
if (!process.env.REPLAY_KEEP) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
