// Hand edits in every layout the renderer writes: for each list of `fixtures/layouts/` (the README,
// data and settings that `init` made from a list as its maintainer wrote it), an entry typed by hand
// in the list's own style is adopted as a new entry, an edited entry changes its fields, a removed
// one leaves the data file (put back when the earlier state is unknown) and a line that is no entry
// is kept where it stands, with its line said. After each adoption, the
// data renders exactly the README the person wrote.
import { noHandEdits } from '../../../src/core/adopt/types.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { planAdoption } from '../../../src/core/adopt/plan.js';
import { loadData } from '../../../src/core/data/load.js';
import { withSpacing } from '../../../src/core/render/layouts/spacing.js';
import { fillTemplate } from '../../../src/core/render/layouts/fill.js';
import { shapeOf } from '../../../src/core/render/layouts/zone.js';
import { renderReadme } from '../../../src/core/render/readme.js';
import { sortPapers } from '../../../src/core/render/sort.js';
import { parseSettings } from '../../../src/core/settings/parse.js';
import type { Settings } from '../../../src/core/settings/types.js';
import type { Paper, PaperList } from '../../../src/core/types.js';
import { valueOf } from '../../result.js';

const root = new URL('../../fixtures/layouts/', import.meta.url).pathname;
const time = new Date('2026-01-02T03:04:05Z');

interface Case {
  readme: string;
  dataText: string;
  settingsText: string;
  list: PaperList;
  settings: Settings;
}

function load(dir: string): Case {
  const dataText = readFileSync(join(dir, 'data.yaml'), 'utf8');
  const settingsText = readFileSync(join(dir, 'paperlist.yml'), 'utf8');
  return {
    readme: readFileSync(join(dir, 'README.md'), 'utf8'),
    dataText,
    settingsText,
    list: valueOf(loadData(dataText, 'data.yaml')),
    settings: valueOf(parseSettings(settingsText, 'paperlist.yml')),
  };
}

const plan = (c: Case, readme: string, base: PaperList | null = c.list) =>
  planAdoption({
    readme,
    list: c.list,
    settings: c.settings,
    file: 'README.md',
    dataText: c.dataText,
    dataFile: 'data.yaml',
    settingsText: c.settingsText,
    settingsFile: 'paperlist.yml',
    ...(base ? { base } : {}),
  });

/**
 * The README the adopted data file and settings render: the one the person wrote, but for the
 * count line, whose number follows the list.
 */
function expectRenderedBack(c: Case, result: ReturnType<typeof plan>, written: string): void {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const settings = result.settings?.value ?? c.settings;
  const back = valueOf(renderReadme(written, result.data?.list ?? c.list, settings, time));
  const a = back.split('\n');
  const b = written.split('\n');
  expect(a.length).toBe(b.length);
  const differ = a.filter((l, i) => l !== b[i]);
  expect(differ.length).toBeLessThanOrEqual(1);
  for (const l of differ) expect(l).toMatch(/\d/);
}

/** The text an entry is written as, as the list writes it (the renderer's own words). */
function entryText(c: Case, section: number, paper: Paper, n: number): string {
  const layout = c.settings.layout!;
  const name = c.list.sections[section]!.name;
  const own = Object.hasOwn(layout.sections, name) ? layout.sections[name]! : {};
  const text = fillTemplate(shapeOf(paper) ?? own.item ?? layout.item, paper, {
    escape: layout.kind === 'html' ? 'html' : 'markdown',
    linkLabels: c.settings.linkLabels,
    n,
  });
  return withSpacing(text, paper);
}

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The first line of the entry showing `needle`: an HTML block shows it on an indented line inside. */
function entryLine(text: string, needle: string): number {
  const lines = text.split('\n');
  let i = lineOf(text, needle) - 1;
  // A table row (`<tr>`) starts its own entry.
  while (i > 0 && lines[i - 1] !== '' && /^\s+<(?!tr\b)/i.test(lines[i]!)) i--;
  return i + 1;
}

const cases = readdirSync(root).flatMap((kind) =>
  readdirSync(join(root, kind)).map((name) => [`${kind}/${name}`, join(root, kind, name)] as const),
);

describe.each(cases)('%s', (_name, dir) => {
  const c = load(dir);
  const first = c.list.sections[0]!;
  const sorted = sortPapers(first.papers, c.settings.sort);
  const last = sorted[sorted.length - 1]!;
  const lastText = entryText(c, 0, last, sorted.length);
  const at = c.readme.indexOf(lastText);

  test('the README as rendered has no hand edits', () => {
    expect(at).toBeGreaterThan(0);
    expect(plan(c, c.readme)).toEqual({
      ok: true,
      edits: noHandEdits(),
      data: undefined,
    });
  });

  test('an entry typed by hand in the list style becomes a new entry', () => {
    const typed: Paper = {
      ...last,
      title: 'Halting Typed By Hand',
      links: last.links.map((l, i) => ({ ...l, url: `https://example.org/typed-${i}` })),
    };
    const layout = c.settings.layout!;
    const own = Object.hasOwn(layout.sections, first.name) ? layout.sections[first.name]! : {};
    const gap = own.itemGap ?? layout.itemGap;
    const text = entryText(c, 0, typed, sorted.length + 1);
    const edited =
      c.readme.slice(0, at + lastText.length) + gap + text + c.readme.slice(at + lastText.length);
    const result = plan(c, edited);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.edits.adoptions).toMatchObject([
      { kind: 'added', section: first.name, line: entryLine(edited, 'Halting Typed By Hand') },
    ]);
    expect(result.edits.putBack).toEqual([]);
    const rendered = valueOf(renderReadme(edited, result.data!.list, c.settings, time));
    expect(rendered).toBe(edited);
  });

  test('an edited entry changes the field it shows, and the data renders the edit', () => {
    const title = `${last.title} Revisited`;
    // Everywhere the entry writes its title (an HTML block may write it in attributes too).
    const edited = c.readme.replace(lastText, lastText.replaceAll(last.title, title));
    expect(edited).not.toBe(c.readme);
    const result = plan(c, edited);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.edits.adoptions).toEqual([
      {
        kind: 'edited',
        section: first.name,
        title: last.title,
        index: first.papers.indexOf(last),
        field: 'title',
        from: last.title,
        to: title,
        line: entryLine(edited, title),
      },
    ]);
    expect(valueOf(renderReadme(edited, result.data!.list, c.settings, time))).toBe(edited);
  });

  test('without the earlier data, the data file wins an edited field, and says so', () => {
    const title = `${last.title} Revisited`;
    const edited = c.readme.replace(lastText, lastText.replaceAll(last.title, title));
    const result = plan(c, edited, null);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.edits.adoptions).toEqual([]);
    expect(result.edits.dataWins).toMatchObject([
      { field: 'title', readme: title, data: last.title },
    ]);
  });

  test('an entry deleted by hand leaves the data file; the rest renders the README back', () => {
    const edited = c.readme.replace(lastText, '');
    const result = plan(c, edited);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    // Said with the line it stood on before (the first line of the entry's own text).
    const line = c.readme.slice(0, at).split('\n').length + (/^\s*\n/.test(lastText) ? 1 : 0);
    expect(result.edits.deleted).toEqual([{ section: first.name, title: last.title, line }]);
    expect(result.edits.putBack).toEqual([]);
    const titles = result.data!.list.sections.flatMap((s) => s.papers.map((p) => p.title));
    expect(titles.filter((t) => t === last.title).length).toBe(
      c.list.sections.flatMap((s) => s.papers).filter((p) => p.title === last.title).length - 1,
    );
    expectRenderedBack(c, result, edited);
  });

  test('without an earlier state an entry removed by hand is put back', () => {
    const edited = c.readme.replace(lastText, '');
    const result = plan(c, edited, null);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.edits.putBack).toEqual([{ section: first.name, title: last.title }]);
    expect(result.data).toBeUndefined();
  });

  test('a line that is no entry is kept where it stands and said with its line', () => {
    const end = at + lastText.length;
    const edited = `${c.readme.slice(0, end)}\n\nA note typed here by hand\n${c.readme.slice(end)}`;
    const result = plan(c, edited);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const line = lineOf(edited, 'A note typed here');
    expect(result.edits.kept.map((k) => k.line)).toContain(line);
    expect(result.edits.kept.find((k) => k.line === line)!.message).toContain('A note typed here');
    expectRenderedBack(c, result, edited);
  });

  test('without an earlier state a line that is no entry stops the adoption with its line', () => {
    const end = at + lastText.length;
    const edited = `${c.readme.slice(0, end)}\n\nA note typed here by hand\n${c.readme.slice(end)}`;
    const result = plan(c, edited, null);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.line)).toEqual([lineOf(edited, 'A note typed here')]);
  });
});
