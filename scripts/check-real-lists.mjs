// `npm run check:real-lists [FOLDER]`: adopts real paper lists with the CLI built from src/ and says,
// per list, how well paperlist understood it. FOLDER (else $PAPERLIST_REAL_LISTS, else
// ../shared/real-lists beside the project) holds one folder per list with its README.md. For each
// list, in a temporary folder: `paperlist init`, then the measures below, then a suggested paper
// through the issue form init wrote (`paperlist suggest`, offline), then `render --check`.
//
// Columns:
//   read     entries in the data file init wrote
//   shown    an estimate made without the importer, from the README's lines (see `shownEntries`)
//   markup   entries with a value holding Markdown or HTML (`**`, `](`, `<br>`, `<img`, `{{`, `<a `)
//   shape    entries that keep their own template (the `shape` field)
//   init     init's exit code (0: everything adopted; 1: lines left unread, each named)
//   check    `render --check` right after init
//   suggest  the suggested paper's lines, with words, numbers and URLs replaced by placeholders,
//            are the same as some neighbour's (same number of lines, same place); `render --check`
//            passes after it
//   fields   how many entries have each field (links by label)
// A list fails when init fails, read and shown differ by more than 10 %, any value holds markup,
// more than 2 in 100 entries keep their own template, render --check fails, or the suggestion
// does not look like its neighbours. The exit code is 1 when any list fails.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { buildBundles, PROJECT_ROOT } from './bundles.mjs';

/** The folder of lists: the argument, else $PAPERLIST_REAL_LISTS, else shared/real-lists beside the project (or beside a folder above it). */
function listsFolder() {
  const given = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (given ?? process.env.PAPERLIST_REAL_LISTS) {
    return resolve(given ?? process.env.PAPERLIST_REAL_LISTS);
  }
  for (let dir = resolve(PROJECT_ROOT, '..'); ; dir = resolve(dir, '..')) {
    const candidate = join(dir, 'shared', 'real-lists');
    if (existsSync(candidate) || dir === resolve(dir, '..')) return candidate;
  }
}
const folder = listsFolder();
const verbose = process.argv.includes('--verbose');
const MARKUP = /\*\*|\]\(|<br|<img|\{\{|<a /i;
// Metadata services pointed at a closed port: the check never goes online.
const OFFLINE = Object.fromEntries(
  ['ARXIV', 'CROSSREF', 'DATACITE', 'OPENREVIEW', 'DBLP', 'S2', 'ACL'].map((s) => [
    `PAPERLIST_${s}_URL`,
    'http://127.0.0.1:9',
  ]),
);

function run(cli, cwd, args) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...OFFLINE },
    timeout: 120_000,
  });
  return { code: r.status ?? 99, out: r.stdout ?? '', err: r.stderr ?? '' };
}

/**
 * Entries a reader sees, estimated from lines alone (never through the importer). Blocks are: a
 * list item with its continuation lines (indented, not items themselves), a table body row, an HTML
 * `<tr>` row with `<td>` cells, an HTML `<p>` block, and a paragraph opening with bold text (after
 * a mark such as `🌟`, if any). A block
 * is an entry when it holds a web link (not an anchor of the README, not a badge image) or a bold or
 * quoted title of 3+ words. Not counted: code blocks, table header rows, blocks whose links all
 * point at anchors (`#...`: a table of contents), a nested item under a counted item without a web
 * link of its own (an entry's authors or notes), and whatever comes before the README's second
 * heading (title, badges, intro).
 */
function shownEntries(text) {
  const lines = text.split(/\r?\n/);
  let headings = 0;
  let count = 0;
  let lastItemIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(```|~~~)/.test(line)) {
      while (++i < lines.length && !/^\s*(```|~~~)/.test(lines[i]));
      continue;
    }
    if (/^ {0,3}#{1,6}\s/.test(line)) {
      headings++;
      lastItemIndent = -1;
      continue;
    }
    if (headings < 2) continue;
    let block = line;
    const item = /^(\s*)(?:[-*+]|\d+[.)])\s+/.exec(line);
    if (item) {
      const indent = item[1].length;
      while (
        i + 1 < lines.length &&
        /^\s+\S/.test(lines[i + 1]) &&
        !/^\s*(?:[-*+]|\d+[.)])\s/.test(lines[i + 1]) &&
        lines[i + 1].search(/\S/) > indent
      ) {
        block += `\n${lines[++i]}`;
      }
    } else if (/^\s*\|/.test(line)) {
      const first = i === 0 || !/^\s*\|/.test(lines[i - 1]);
      if (first || /^\s*\|?\s*:?-{2,}/.test(line)) continue;
    } else if (/^\s*<(tr|p)\b/i.test(line)) {
      const tag = /^\s*<(tr|p)\b/i.exec(line)[1].toLowerCase();
      while (i + 1 < lines.length && !new RegExp(`</${tag}>`, 'i').test(block)) block += lines[++i];
      if (tag === 'tr' && !/<td\b/i.test(block)) continue;
      if (tag === 'p' && !/<strong>/i.test(block)) continue;
    } else if (/^(?:\p{Extended_Pictographic}\uFE0F?\s*)*\*\*[^*]{3,}/u.test(line)) {
      // A list item ends the paragraph (as in Markdown): `**2026**` over a list is a label.
      while (
        i + 1 < lines.length &&
        lines[i + 1].trim() !== '' &&
        !/^\s*[#>]/.test(lines[i + 1]) &&
        !/^\s{0,3}(?:[-*+]|\d+[.)])\s/.test(lines[i + 1])
      ) {
        block += `\n${lines[++i]}`;
      }
    } else continue;
    const links = [...block.matchAll(/\]\(([^)\s]*)/g), ...block.matchAll(/href="([^"]*)"/g)].map(
      (m) => m[1],
    );
    const web = links.filter(
      (u) =>
        /^https?:/.test(u) && !/img\.shields\.io|badge/i.test(u) && !/\.(svg|png|gif)$/i.test(u),
    );
    const anchorsOnly = links.length > 0 && links.every((u) => u.startsWith('#'));
    const titled = /\*\*[^*]+\s[^*]+\s[^*]+\*\*|"[^"]+\s[^"]+\s[^"]+"/.test(block);
    if (anchorsOnly || (web.length === 0 && !titled)) continue;
    const indent = item ? item[1].length : 0;
    if (item && lastItemIndent >= 0 && indent > lastItemIndent && web.length === 0) continue;
    if (item) lastItemIndent = indent;
    count++;
  }
  return count;
}

function* papersOf(data) {
  for (const [name, section] of Object.entries(data ?? {})) {
    for (const paper of section?.list ?? []) yield [name, paper];
  }
}

function hasMarkup(value) {
  if (typeof value === 'string') return MARKUP.test(value);
  if (Array.isArray(value)) return value.some(hasMarkup);
  if (value && typeof value === 'object') return Object.values(value).some(hasMarkup);
  return false;
}

function fieldCounts(data) {
  const counts = new Map();
  const add = (k) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const [, paper] of papersOf(data)) {
    for (const [key, value] of Object.entries(paper)) {
      if (key === 'links' && value && typeof value === 'object') {
        for (const label of Object.keys(value)) add(`links.${label}`);
      } else if (value !== '' && value !== null && value !== undefined) add(key);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** Words, numbers and URLs as placeholders, so entries compare by their look. */
function placeholders(text) {
  return text
    .replace(/https?:\/\/[^\s)"'<>\]]+/g, 'U')
    .replace(/\d+(?:[./-]\d+)*/g, 'N')
    .replace(/[\p{L}][\p{L}\p{M}'’]*/gu, 'W')
    .replace(/W(?:[\s,:;&.\-–/]+W)+/g, 'W')
    .replace(/[ \t]+/g, ' ');
}

/**
 * Typed answers for every field of the form, the first section chosen: paperlist's own fields get
 * a paper's values, a note of the list's own is left empty unless required, and each other field of the list's own
 * gets the example the form shows for it (a value from the list, as a contributor following it
 * would type one), else "Example value". Words, numbers and URLs all compare as one placeholder.
 */
function issueBody(form) {
  const values = {
    link: '',
    title: 'Placeholder Study of Example Things',
    abbr: 'PSET',
    authors: 'Ada Lovelace, Alan Turing and Grace Hopper',
    venue: 'ICLR',
    year: '2024',
    date: '2024-03',
    page: 'https://arxiv.org/abs/2401.01234',
    pdf: 'https://arxiv.org/pdf/2401.01234',
    code: 'https://github.com/example-owner/example-repo',
    notes: '',
  };
  const parts = [];
  let section;
  for (const field of form.body ?? []) {
    if (!field.id) continue;
    const label = field.attributes?.label ?? field.id;
    const placeholder = field.attributes?.placeholder ?? '';
    let value;
    if (field.type === 'dropdown') {
      section = field.attributes?.options?.[0];
      value = section ?? 'None';
    } else if (field.type === 'checkboxes') value = '';
    else if (Object.hasOwn(values, field.id)) value = values[field.id];
    // A note of the list's own is left empty, as most contributors would, unless it is required.
    else if (/^note/.test(field.id) && field.validations?.required !== true) value = '';
    else if (/^https?:/.test(placeholder)) value = 'https://example.org/some-page';
    else value = placeholder.trim() !== '' ? placeholder : 'Example value';
    parts.push(`### ${label}\n\n${value === '' ? '_No response_' : value}\n`);
  }
  return { body: parts.join('\n'), section };
}

/** The lines that are in `after` and not in `before`, as one block (they are contiguous). */
function addedBlock(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  let top = 0;
  while (top < a.length && a[top] === b[top]) top++;
  let end = 0;
  while (end < a.length - top && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { lines: b, from: top, to: b.length - end };
}

/**
 * Lines as compared: placeholders, no spaces at a line's end (a reader cannot see them), and a run
 * of links written alike (`[W](W)`, or in HTML `[<a href="W">W</a>]`) counted as one (an entry
 * with a code link beside its paper link reads like one without).
 */
const look = (lines) =>
  placeholders(lines.map((l) => l.trimEnd()).join('\n')).replace(
    /(\[+W\]+\(W\)\]*|\[*<W="W">W<\/W>\]*)(?:[ ,]*\1)+/g,
    '$1',
  );

/**
 * The lines of `lines` that hold `title` as written, else its first four words (a title the
 * README escapes or wraps), nearest to `near` first: an HTML block may write the title on several
 * lines (a picture's `title=`, its `alt=`, the bold title), so each is tried as the anchor.
 */
function titleLines(lines, title, near) {
  for (const words of [title, title.split(/\s+/).slice(0, 4).join(' ')]) {
    const found = [];
    for (let i = 0; i < lines.length; i++) if (lines[i].includes(words)) found.push(i);
    if (found.length > 0) return found.sort((a, b) => Math.abs(a - near) - Math.abs(b - near));
  }
  return [];
}

/**
 * Whether the added lines look like an entry of the same section: the same placeholders, line for
 * line, as the lines of some other entry of that section (found by its title, as many lines around
 * it as the new entry has around its own). The neighbour shown is the entry just before the new one.
 */
function likeNeighbours(before, after, data, title) {
  const { lines, from, to } = addedBlock(before, after);
  const added = lines.slice(from, to);
  while (added.length > 0 && added[added.length - 1].trim() === '') added.pop();
  let start = from;
  while (added.length > 0 && added[0].trim() === '') {
    added.shift();
    start++;
  }
  if (added.length === 0) return { ok: false, added: [], near: [] };
  const k = added.length;
  const want = look(added);
  const offset = added.findIndex((l) => l.includes(title));
  const section = Object.values(data ?? {}).find((s) =>
    (s?.list ?? []).some((p) => p.title === title),
  );
  const others = (section?.list ?? []).filter((p) => p.title !== title);
  const windows = [];
  for (const paper of offset >= 0 ? others : []) {
    const anchors = titleLines(lines, String(paper.title), start + offset).filter(
      (at) => at < start || at >= start + k,
    );
    for (const at of anchors) {
      const window = lines.slice(at - offset, at - offset + k);
      if (look(window) === want) return { ok: true, added, near: [window.join('\n')] };
    }
    if (anchors.length > 0) {
      const at = anchors[0];
      windows.push({ at, window: lines.slice(at - offset, at - offset + k) });
    }
  }
  // None alike: the entry just before the new one, else the nearest.
  const before1 = windows.filter((w) => w.at < start).sort((a, b) => b.at - a.at)[0];
  const nearest = before1 ?? windows.sort((a, b) => a.at - b.at)[0];
  return {
    ok: false,
    added,
    near: [nearest ? nearest.window.join('\n') : '(no other entry in the section)'],
  };
}

function checkList(cli, dir) {
  const name = dir.split('/').pop();
  const work = mkdtempSync(join(tmpdir(), 'real-list-'));
  try {
    copyFileSync(join(dir, 'README.md'), join(work, 'README.md'));
    const original = readFileSync(join(work, 'README.md'), 'utf8');
    const row = { name, shown: shownEntries(original), read: 0, notes: [] };
    const t0 = performance.now();
    const init = run(cli, work, ['init']);
    row.ms = Math.round(performance.now() - t0);
    row.init = init.code;
    if (init.code === 1) {
      // init says how many lines it left unread, then names each (the first ones, on stderr).
      const said = /^(\d+) lines? (?:was|were) not read as papers?/m.exec(init.out)?.[1];
      row.unread =
        said !== undefined ? Number(said) : (init.err.match(/not read as a paper/g) ?? []).length;
    }
    if (!existsSync(join(work, 'data.yaml'))) {
      row.notes.push(`init wrote nothing: ${(init.err || init.out).trim().split('\n')[0]}`);
      return row;
    }
    const data = YAML.parse(readFileSync(join(work, 'data.yaml'), 'utf8'), { maxAliasCount: -1 });
    const papers = [...papersOf(data)];
    row.read = papers.length;
    row.markup = papers.filter(([, p]) => hasMarkup({ ...p, shape: undefined })).length;
    row.shape = papers.filter(([, p]) => p.shape !== undefined).length;
    row.fields = fieldCounts(data);
    row.check = run(cli, work, ['render', '--check']).code === 0;
    const formFile = join(work, '.github/ISSUE_TEMPLATE/suggest-paper.yml');
    const form = YAML.parse(readFileSync(formFile, 'utf8'));
    row.formFields = (form.body ?? []).filter((f) => f.id).map((f) => f.id);
    const { body } = issueBody(form);
    writeFileSync(join(work, 'issue.md'), body);
    const marked = readFileSync(join(work, 'README.md'), 'utf8');
    const suggest = run(cli, work, ['suggest', '--issue', 'issue.md']);
    if (suggest.code !== 0) {
      row.suggest = false;
      row.notes.push(`suggest exited ${suggest.code}: ${(suggest.err || suggest.out).trim()}`);
    } else {
      const after = readFileSync(join(work, 'README.md'), 'utf8');
      const dataAfter = YAML.parse(readFileSync(join(work, 'data.yaml'), 'utf8'), {
        maxAliasCount: -1,
      });
      const like = likeNeighbours(marked, after, dataAfter, 'Placeholder Study of Example Things');
      const again = run(cli, work, ['render', '--check']).code === 0;
      row.suggest = like.ok && again;
      if (!like.ok) {
        row.notes.push(`new entry:\n      ${like.added.join('\n      ')}`);
        row.notes.push(`neighbour:\n      ${like.near.join('\n').split('\n').join('\n      ')}`);
      }
      if (!again) row.notes.push('render --check fails after the suggestion');
    }
    return row;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function failed(row) {
  const off = row.shown > 0 ? Math.abs(row.read - row.shown) / row.shown : row.read > 0 ? 1 : 0;
  return (
    row.init > 1 ||
    row.read === 0 ||
    off > 0.1 ||
    row.markup > 0 ||
    row.shape > Math.max(0, Math.floor(row.read * 0.02)) ||
    !row.check ||
    !row.suggest
  );
}

function cell(value) {
  if (value === true) return 'ok';
  if (value === false) return 'FAIL';
  return value === undefined ? '-' : String(value);
}

async function main() {
  if (!existsSync(folder)) {
    console.error(`${folder}: no such folder; pass the folder of real lists as the argument`);
    process.exit(2);
  }
  const out = mkdtempSync(join(tmpdir(), 'paperlist-bundle-'));
  await buildBundles(out);
  const cli = join(out, 'cli.js');
  const lists = readdirSync(folder, { withFileTypes: true })
    .filter((d) => existsSync(join(folder, d.name, 'README.md')))
    .map((d) => join(folder, d.name))
    .sort();
  const rows = lists.map((dir) => checkList(cli, dir));
  rmSync(out, { recursive: true, force: true });
  const header = ['list', 'read', 'shown', 'markup', 'shape', 'init', 'check', 'suggest', 'ms', ''];
  const table = [header, header.map(() => '---')];
  for (const r of rows) {
    table.push([
      r.name.slice(0, 44),
      r.read,
      r.shown,
      r.markup,
      r.shape,
      r.init + (r.unread ? ` (${r.unread} unread)` : ''),
      cell(r.check),
      cell(r.suggest),
      r.ms,
      failed(r) ? 'FAIL' : 'pass',
    ]);
  }
  for (const line of table) console.log(`| ${line.map(cell).join(' | ')} |`);
  console.log('\nfields filled in (entries per field) and form fields:');
  for (const r of rows) {
    const fields = (r.fields ?? []).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`- ${r.name}: ${fields}\n    form: ${(r.formFields ?? []).join(', ')}`);
    if (verbose || failed(r)) for (const n of r.notes) console.log(`    ${n}`);
  }
  const failures = rows.filter(failed).length;
  console.log(`\n${rows.length - failures} of ${rows.length} lists pass`);
  process.exit(failures > 0 ? 1 : 0);
}

await main();
