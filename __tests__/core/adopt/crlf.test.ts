// Hand edits in a README and a data file saved with CRLF line endings: a README as rendered has no
// hand edits (no line counts as changed for its line ending), an entry typed by hand is adopted, the
// data file gains only the new entry's lines, with CRLF like the rest, and the README rendered from
// the adopted data is the one the person wrote — in every layout and in the default tables, also
// when the entry is typed before another one of a list that keeps file order.
import { noHandEdits } from '../../../src/core/adopt/types.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffLines } from 'diff';
import { describe, expect, test } from 'vitest';
import { planAdoption } from '../../../src/core/adopt/plan.js';
import { loadData } from '../../../src/core/data/load.js';
import { renderReadme } from '../../../src/core/render/readme.js';
import { defaultSettings } from '../../../src/core/settings/defaults.js';
import { parseSettings } from '../../../src/core/settings/parse.js';
import type { Settings } from '../../../src/core/settings/types.js';
import type { Paper } from '../../../src/core/types.js';
import { valueOf } from '../../result.js';
import { fixture } from '../../cli/harness.js';

const root = new URL('../../fixtures/layouts/', import.meta.url).pathname;
const time = new Date('2026-01-02T03:04:05Z');
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const allCrlf = (text: string) =>
  text
    .split('\n')
    .slice(0, -1)
    .every((l) => l.endsWith('\r'));
const NO_EDITS = noHandEdits();

function adopt(readme: string, dataText: string, settings: Settings) {
  const list = valueOf(loadData(dataText, 'data.yaml'));
  return planAdoption({
    readme,
    list,
    settings,
    file: 'README.md',
    dataText,
    dataFile: 'data.yaml',
    base: list,
  });
}

/** Adopting `typed` (a README with one entry more) keeps CRLF and renders `typed` back. */
function expectAdopted(typed: string, dataText: string, settings: Settings, rendered = typed) {
  const plan = adopt(typed, dataText, settings);
  if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
  expect(plan.edits.adoptions.map((a) => a.kind)).toEqual(['added']);
  const data = plan.data!.text;
  expect(allCrlf(data)).toBe(true);
  // No line of the data file changes (not even its line ending); the new entry's lines are added.
  const parts = diffLines(dataText, data);
  expect(parts.filter((p) => p.removed)).toEqual([]);
  expect(parts.filter((p) => p.added).length).toBe(1);
  expect(valueOf(renderReadme(typed, plan.data!.list, settings, time))).toBe(rendered);
}

const cases = readdirSync(root).flatMap((kind) =>
  readdirSync(join(root, kind)).map((name) => [`${kind}/${name}`, join(root, kind, name)] as const),
);

describe.each(cases)('%s saved with CRLF', (_name, dir) => {
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const readme = crlf(read('README.md'));
  const dataText = crlf(read('data.yaml'));
  const settings = valueOf(parseSettings(read('paperlist.yml'), 'paperlist.yml'));

  test('the README as rendered has no hand edits', () => {
    expect(adopt(readme, dataText, settings)).toEqual({
      ok: true,
      edits: NO_EDITS,
      data: undefined,
    });
  });

  /** The lines [at, end) of the entry showing `title`: list items and paragraphs may run over several. */
  function entryLines(lines: string[], title: string): [number, number] {
    let at = lines.findIndex((l) => l.includes(title));
    let end = at + 1;
    const kind = settings.layout!.kind;
    // An HTML block (`<p>` ... `</p>`) shows its title inside: it starts at its opening tag.
    if (kind === 'html' && !/^\s*<tr\b/i.test(lines[at]!)) {
      while (at > 0 && lines[at - 1] !== '') at--;
      while (end < lines.length && lines[end] !== '') end++;
    }
    // A list item or paragraph may run over several lines; a table or HTML row is one line.
    // A list item goes on past a blank line to an indented paragraph of its own.
    const goesOn = (i: number) =>
      kind === 'list' && lines[i] === '' && /^[ \t]+\S/.test(lines[i + 1] ?? '');
    if (kind === 'list' || kind === 'paragraph')
      while (
        end < lines.length &&
        (lines[end] !== '' || goesOn(end)) &&
        !/^(?:[-*+]|\d+\.)\s/.test(lines[end]!) &&
        !lines[end]!.startsWith('<!--')
      )
        end++;
    return [at, end];
  }
  /** A copy of `paper`'s entry with a new title and new links, numbered `shift` places later. */
  function copyOf(lines: string[], paper: Paper, shift: number): string {
    const [at, end] = entryLines(lines, paper.title);
    let entry = lines
      .slice(at, end)
      .join('\r\n')
      .replaceAll(paper.title, 'Halting Typed on Windows');
    for (const l of paper.links) entry = entry.replaceAll(l.url, `${l.url}-typed`);
    return entry.replace(NUMBER, (_, pre: string, n: string, sep: string) => {
      return `${pre}${Number(n) + shift}${sep}`;
    });
  }
  // `1.` starting an item, or `| 1)` starting a table row.
  const NUMBER = /^(\|\s*(?=\d+\))|)(\d+)([.)])/;
  const renumbered = (entry: string) =>
    entry.replace(
      NUMBER,
      (_, pre: string, n: string, sep: string) => `${pre}${Number(n) + 1}${sep}`,
    );
  // Typed in the section's own style: with the blank lines its entries have between them (a
  // paragraph, a list whose items stand apart).
  const first = valueOf(loadData(dataText, 'data.yaml')).sections[0]!.name;
  const layout = settings.layout!;
  const itemGap =
    (Object.hasOwn(layout.sections, first) ? layout.sections[first]!.itemGap : undefined) ??
    layout.itemGap;
  const blanks = Array<string>(Math.max(0, itemGap.split('\n').length - 2)).fill('');
  const gap = (entry: string) => [...blanks, entry];

  test('an entry typed by hand is adopted; both files keep CRLF', () => {
    // A copy of the section's last entry, with a new title and new links, typed after it.
    const list = valueOf(loadData(dataText, 'data.yaml'));
    const last = list.sections[0]!.papers.at(-1)!;
    const lines = readme.split('\r\n');
    const [, end] = entryLines(lines, last.title);
    const typed = [...lines.slice(0, end), ...gap(copyOf(lines, last, 1)), ...lines.slice(end)];
    expectAdopted(typed.join('\r\n'), dataText, settings);
  });

  test('an entry typed before another stays there (the list keeps file order)', () => {
    // Before the section's last entry written with the section's template (an entry with its own
    // template may hold text a new entry typed before it would take over).
    expect(settings.sort).toEqual([]);
    const papers = valueOf(loadData(dataText, 'data.yaml')).sections[0]!.papers;
    const next = papers.findLast((p) => p.extra.shape === undefined)!;
    const lines = readme.split('\r\n');
    const [at, end] = entryLines(lines, next.title);
    // A numbered entry moves one number on (the only one to move: it is the section's last).
    if (NUMBER.test(lines[at]!)) expect(next).toBe(papers.at(-1));
    // (A list that writes `1.` before every entry keeps it.)
    const own = Object.hasOwn(layout.sections, first) ? layout.sections[first]!.item : undefined;
    const counts = (own ?? layout.item).includes('{{n}}');
    const written = lines.slice(at, end).join('\r\n');
    const moved = counts ? renumbered(written) : written;
    const typed = [
      ...lines.slice(0, at),
      copyOf(lines, next, 0),
      ...gap(moved),
      ...lines.slice(end),
    ];
    expect(typed.join('\r\n').indexOf('Halting Typed')).toBeLessThan(
      typed.join('\r\n').indexOf(next.title),
    );
    expectAdopted(typed.join('\r\n'), dataText, settings);
  });
});

describe('the default tables saved with CRLF', () => {
  const dataText = crlf(fixture('cli/small/data.yaml'));
  const readme = valueOf(
    renderReadme(
      crlf(fixture('cli/small/README.input.md')),
      valueOf(loadData(dataText, 'data.yaml')),
      defaultSettings,
      time,
    ),
  );
  const OLDER = '| Older paper | OP | ICLR | 2019 | [[PDF](https://example.org/old.pdf)] |';
  const HAND = '| Hand Paper | HP | NeurIPS | 2024 | [[PDF](https://example.org/hand.pdf)] |';

  test('the README as rendered has no hand edits', () => {
    expect(allCrlf(readme)).toBe(true);
    expect(adopt(readme, dataText, defaultSettings)).toEqual({
      ok: true,
      edits: NO_EDITS,
      data: undefined,
    });
  });

  test('in file order (sort: []), a row typed between two stays there; both files keep CRLF', () => {
    const ordered = { ...defaultSettings, sort: [] };
    const inOrder = valueOf(
      renderReadme(
        crlf(fixture('cli/small/README.input.md')),
        valueOf(loadData(dataText, 'data.yaml')),
        ordered,
        time,
      ),
    );
    const typed = inOrder
      .replace(`${OLDER}\r\n`, `${OLDER}\r\n${HAND}\r\n`)
      .replace('2 papers', '3 papers');
    expect(typed.indexOf(HAND)).toBeLessThan(typed.indexOf('| Newer paper'));
    expectAdopted(typed, dataText, ordered);
  });

  test('a row typed by hand is adopted; both files keep CRLF', () => {
    const typed = readme.replace(`${OLDER}\r\n`, `${OLDER}\r\n${HAND}\r\n`);
    expect(typed).not.toBe(readme);
    // Sorted by year, newest first: the new row comes first in its table.
    const sorted = readme
      .replace(/(\|-+\|\r\n)(?=\| Newer paper)/, `$1${HAND}\r\n`)
      .replace('2 papers', '3 papers');
    expectAdopted(typed, dataText, defaultSettings, sorted);
  });
});
