// planAdoption: hand edits in the main zone are found, typed, and written into the data file.
import { noHandEdits } from '../../../src/core/adopt/types.js';
import { describe, expect, test } from 'vitest';
import { planAdoption } from '../../../src/core/adopt/plan.js';
import { describeHandEdits } from '../../../src/core/adopt/describe.js';
import { TABLE_WORDS } from '../../../src/core/settings/words.js';
import { loadData } from '../../../src/core/data/load.js';
import { renderReadme } from '../../../src/core/render/readme.js';
import { defaultSettings } from '../../../src/core/settings/defaults.js';
import { fixture } from '../../cli/harness.js';

const loaded = (text: string) => {
  const r = loadData(text, 'data.yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};

const dataText = fixture('cli/small/data.yaml');
const list = loaded(dataText);
const settings = defaultSettings;
const rendered = (l = list): string => {
  const r = renderReadme(fixture('cli/small/README.input.md'), l, settings, new Date(0));
  if (!r.ok) throw new Error('render failed');
  return r.value;
};
const readme = rendered();
const plan = (text: string, base: typeof list | null = list, data = dataText) =>
  planAdoption({
    readme: text,
    list: loaded(data),
    settings,
    file: 'README.md',
    dataText: data,
    dataFile: 'data.yaml',
    ...(base ? { base } : {}),
  });
const OLDER = '| Older paper | OP | ICLR | 2019 | [[PDF](https://example.org/old.pdf)] |';
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('planAdoption', () => {
  test('a README rendered from the data has no hand edits', () => {
    expect(plan(readme)).toEqual({
      ok: true,
      edits: noHandEdits(),
      data: undefined,
    });
  });

  test('a row typed by hand becomes an entry at the end of its section (the tables sort by year)', () => {
    const row = '| Hand Paper | HP | NeurIPS | 2024 | [[PDF](https://example.org/hand.pdf)] |';
    const edited = readme.replace(OLDER, `${OLDER}\n${row}`);
    const result = plan(edited);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.edits.adoptions).toEqual([
      {
        kind: 'added',
        section: 'Sorting',
        line: lineOf(edited, 'Hand Paper'),
        paper: {
          title: 'Hand Paper',
          abbr: 'HP',
          venue: 'NeurIPS',
          year: '2024',
          links: [{ label: 'PDF', url: 'https://example.org/hand.pdf' }],
          extra: {},
        },
      },
    ]);
    expect(result.data?.text).toBe(
      dataText.replace(
        '        CODE: "https://example.org/new-code"\n',
        '        CODE: "https://example.org/new-code"\n    - title: "Hand Paper"\n      abbr: "HP"\n      venue: "NeurIPS"\n      year: "2024"\n      links:\n        PDF: "https://example.org/hand.pdf"\n',
      ),
    );
    // With the adoption written in, the data renders exactly the README the person wrote (sorted).
    expect(rendered(result.data!.list)).toContain(row);
  });

  test('an edited cell becomes the field value, changing only that line of the data file', () => {
    const edited = readme.replace(OLDER, OLDER.replace('ICLR', 'ICLR Workshop'));
    const result = plan(edited);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.edits.adoptions).toEqual([
      {
        kind: 'edited',
        section: 'Sorting',
        title: 'Older paper',
        index: 0,
        field: 'venue',
        from: 'ICLR',
        to: 'ICLR Workshop',
        line: lineOf(edited, 'Older paper'),
      },
    ]);
    expect(result.data?.text).toBe(dataText.replace('venue: "ICLR"', 'venue: "ICLR Workshop"'));
    expect(describeHandEdits(result.edits, 'data.yaml', TABLE_WORDS)).toEqual([
      `venue of "Older paper" in "Sorting" changed from "ICLR" to "ICLR Workshop" (README line ${lineOf(edited, 'Older paper')}): adopted into data.yaml`,
    ]);
  });

  test('a cell filled and a cell cleared add and remove the field', () => {
    const edited = readme
      .replace('| Newer paper | N/A | CVPR |', '| Newer paper | NP | CVPR |')
      .replace(OLDER, OLDER.replace('| OP |', '| N/A |'));
    const result = plan(edited);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(
      result.edits.adoptions.map((a) => a.kind === 'edited' && [a.title, a.field, a.to]),
    ).toEqual([
      ['Newer paper', 'abbr', 'NP'],
      ['Older paper', 'abbr', undefined],
    ]);
    const after = loaded(result.data!.text).sections[0]!.papers;
    expect(after.map((p) => p.abbr)).toEqual([undefined, 'NP']);
  });

  test('an edited link cell replaces the links, in order', () => {
    const edited = readme.replace(
      '[[PDF](https://example.org/old.pdf)] |',
      '[[PDF](https://example.org/old-v2.pdf)] [[CODE](https://example.org/code)] |',
    );
    const result = plan(edited);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const after = loaded(result.data!.text).sections[0]!.papers[0]!;
    expect(after.links).toEqual([
      { label: 'PDF', url: 'https://example.org/old-v2.pdf' },
      { label: 'CODE', url: 'https://example.org/code' },
    ]);
  });

  test('a row deleted by hand leaves the data file when the data file still held it as rendered', () => {
    const result = plan(readme.replace(`${OLDER}\n`, ''));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    // Said with the line the row stood on.
    const line = readme.split('\n').indexOf(OLDER) + 1;
    expect(result.edits.deleted).toEqual([{ section: 'Sorting', title: 'Older paper', line }]);
    expect(result.edits.putBack).toEqual([]);
    expect(loaded(result.data!.text).sections[0]!.papers.map((p) => p.title)).toEqual([
      'Newer paper',
    ]);
    expect(describeHandEdits(result.edits, 'data.yaml', TABLE_WORDS)).toEqual([
      `"Older paper" in "Sorting" was deleted by hand (README line ${line} before the change): removed from data.yaml`,
    ]);
  });

  test('a row removed by hand whose paper the data file changed since is put back', () => {
    const data = dataText.replace('venue: "ICLR"', 'venue: "ICML"');
    const result = plan(readme.replace(`${OLDER}\n`, ''), list, data);
    expect(result).toMatchObject({
      ok: true,
      data: undefined,
      edits: { putBack: [{ section: 'Sorting', title: 'Older paper' }], deleted: [] },
    });
  });

  test('without an earlier state a row removed by hand is put back, as before', () => {
    const result = plan(readme.replace(`${OLDER}\n`, ''), null);
    expect(result).toMatchObject({
      ok: true,
      data: undefined,
      edits: { adoptions: [], putBack: [{ section: 'Sorting', title: 'Older paper' }] },
    });
    expect(describeHandEdits(result.edits, 'data.yaml', TABLE_WORDS)[0]).toContain(
      'remove it from data.yaml to delete it',
    );
  });

  test('a row the data file changed since is not a hand edit; the same change keeps both edits', () => {
    // The data changed the venue; the README, edited by hand in the same push, changed the year.
    const data = dataText.replace('venue: "ICLR"', 'venue: "ICML"');
    const edited = readme.replace(OLDER, OLDER.replace('2019', '2020'));
    const result = plan(edited, list, data);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.edits.adoptions).toMatchObject([{ field: 'year', from: '2019', to: '2020' }]);
    expect(result.edits.dataWins).toEqual([]);
    const paper = loaded(result.data!.text).sections[0]!.papers[0]!;
    expect([paper.venue, paper.year]).toEqual(['ICML', '2020']);
    // A README that was simply not re-rendered yet holds no hand edit at all.
    expect(plan(readme, list, data).edits.adoptions).toEqual([]);
  });

  test('where the README and the data file changed one field differently, the data file wins', () => {
    const data = dataText.replace('venue: "ICLR"', 'venue: "ICML"');
    const edited = readme.replace(OLDER, OLDER.replace('ICLR', 'AAAI'));
    const result = plan(edited, list, data);
    expect(result).toMatchObject({
      ok: true,
      data: undefined,
      edits: { adoptions: [], dataWins: [{ field: 'venue', readme: 'AAAI', data: 'ICML' }] },
    });
    expect(describeHandEdits(result.edits, 'data.yaml', TABLE_WORDS)[0]).toContain(
      'data.yaml wins',
    );
  });

  test('without the earlier data, a differing cell keeps the data value, and a new row is adopted', () => {
    const row = '| Hand Paper | N/A | | 2024 | [[PDF](https://example.org/hand.pdf)] |';
    const edited = readme.replace(OLDER, `${OLDER.replace('ICLR', 'AAAI')}\n${row}`);
    const result = plan(edited, null);
    expect(result).toMatchObject({
      ok: true,
      edits: { adoptions: [{ kind: 'added' }], dataWins: [{ field: 'venue', data: 'ICLR' }] },
    });
  });

  test('a row with more cells than the header is an entry written its own way; a note typed inside the zone is kept and said with its line', () => {
    const broken = readme.replace(
      OLDER,
      `${OLDER}\n| Broken | row | with | too | many | cells | here |`,
    );
    const result = plan(broken);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const added = result.edits.adoptions[0];
    expect(added).toMatchObject({ kind: 'added', line: lineOf(broken, 'Broken') });
    // Its own template (the `shape` field) writes the row back as it was typed.
    expect(added?.kind === 'added' && added.paper.extra.shape).toContain('| many | cells | here |');

    const prose = readme.replace('### Shared', 'A note typed here.\n\n### Shared');
    const kept = plan(prose);
    if (!kept.ok) throw new Error(JSON.stringify(kept.problems));
    expect(kept.edits.kept).toMatchObject([{ line: lineOf(prose, 'A note') }]);
    expect(kept.edits.adoptions).toEqual([]);
    // The built-in tables have no place for the note: the settings gain the layout that keeps it.
    expect(kept.settings?.value.layout?.sections.Shared?.categoryStart).toContain(
      'A note typed here.',
    );
    if (!kept.settings) return;
    const again = renderReadme(prose, kept.data?.list ?? list, kept.settings.value, new Date(0));
    expect(again).toEqual({ ok: true, value: prose });
  });

  test('a row that repeats a listed paper in its section is kept as written, as in every layout', () => {
    const edited = readme.replace(OLDER, `${OLDER}\n${OLDER.replace('ICLR', 'ICLR 2')}`);
    const result = plan(edited);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.edits.adoptions).toMatchObject([
      {
        kind: 'added',
        line: lineOf(edited, 'ICLR 2'),
        paper: { title: 'Older paper', venue: 'ICLR 2' },
      },
    ]);
    // The rows the built-in tables write as they are gain no template of their own.
    expect(result.data?.text).not.toContain('shape');
    expect(result.settings).toBeUndefined();
  });

  test('an empty zone (a first render) has nothing to adopt', () => {
    expect(plan(fixture('cli/small/README.input.md'))).toMatchObject({ ok: true, data: undefined });
  });
});

describe('planAdoption in default tables that keep file order (sort: [])', () => {
  const ordered = { ...defaultSettings, sort: [] };
  const render = (l = list): string => {
    const r = renderReadme(fixture('cli/small/README.input.md'), l, ordered, new Date(0));
    if (!r.ok) throw new Error('render failed');
    return r.value;
  };
  const inOrder = render();
  const NEWER = inOrder
    .split('\n')
    .find((l) => l.startsWith('| Newer paper |') && l.includes('CVPR'))!;
  const row = (title: string, url: string) =>
    `| ${title} | N/A | NeurIPS | 2024 | [[PDF](https://example.org/${url}.pdf)] |`;
  const adopt = (text: string) => {
    const result = planAdoption({
      readme: text,
      list,
      settings: ordered,
      file: 'README.md',
      dataText,
      dataFile: 'data.yaml',
      base: list,
    });
    if (!result.ok || !result.data) throw new Error(JSON.stringify(result));
    return result;
  };
  /** The papers' titles of a section of the adopted data, in file order. */
  const titles = (result: ReturnType<typeof adopt>, section: string) =>
    result.data!.list.sections.find((s) => s.name === section)!.papers.map((p) => p.title);
  /** The table rows of the README, without the count line (a new paper changes it). */
  const rows = (text: string) =>
    text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Title'));

  test('a row typed between two rows goes between their papers in the data file', () => {
    const typed = row('Hand Paper', 'hand');
    const edited = inOrder.replace(`${OLDER}\n`, `${OLDER}\n${typed}\n`);
    const result = adopt(edited);
    expect(result.edits.adoptions).toMatchObject([{ kind: 'added', section: 'Sorting', after: 0 }]);
    expect(titles(result, 'Sorting')).toEqual(['Older paper', 'Hand Paper', 'Newer paper']);
    // Only the new entry's lines are added, right after the entry before it.
    expect(result.data!.text).toBe(
      dataText.replace(
        '        PDF: "https://example.org/old.pdf"\n',
        '        PDF: "https://example.org/old.pdf"\n    - title: "Hand Paper"\n      venue: "NeurIPS"\n      year: "2024"\n      links:\n        PDF: "https://example.org/hand.pdf"\n',
      ),
    );
    // Rendering again leaves the row where the person typed it.
    expect(rows(render(result.data!.list))).toEqual(rows(edited));
  });

  test('rows typed first, one after another, keep their order before the first paper', () => {
    const first = row('First by Hand', 'first');
    const second = row('Second by Hand', 'second');
    const edited = inOrder.replace(`${OLDER}\n`, `${first}\n${second}\n${OLDER}\n`);
    const result = adopt(edited);
    expect(result.edits.adoptions).toMatchObject([{ after: -1 }, { after: -1 }]);
    expect(titles(result, 'Sorting')).toEqual([
      'First by Hand',
      'Second by Hand',
      'Older paper',
      'Newer paper',
    ]);
    expect(rows(render(result.data!.list))).toEqual(rows(edited));
  });

  test('a row moved by hand moves in the data file too, and it is said', () => {
    const edited = inOrder.replace(`${OLDER}\n${NEWER}\n`, `${NEWER}\n${OLDER}\n`);
    expect(edited).not.toBe(inOrder);
    const result = planAdoption({
      readme: edited,
      list,
      settings: ordered,
      file: 'README.md',
      dataText,
      dataFile: 'data.yaml',
      base: list,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(loaded(result.data!.text).sections[0]!.papers.map((p) => p.title)).toEqual([
      'Newer paper',
      'Older paper',
    ]);
    expect(describeHandEdits(result.edits, 'data.yaml', TABLE_WORDS)).toEqual([
      `"Older paper" in "Sorting" was moved by hand (README line ${lineOf(edited, 'Older paper')}): moved in data.yaml too`,
    ]);
  });

  test('a README rendered before the data file was reordered moves nothing by hand', () => {
    // The change swapped the two papers in the data file; the README still shows the old order.
    const older = dataText.slice(
      dataText.indexOf('    - title: "Older paper"'),
      dataText.indexOf('    - title: "Newer paper"'),
    );
    const newer = dataText.slice(
      dataText.indexOf('    - title: "Newer paper"'),
      dataText.indexOf('\nShared:') + 1,
    );
    const swapped = dataText.replace(older + newer, newer + older);
    expect(swapped).not.toBe(dataText);
    const result = planAdoption({
      readme: inOrder,
      list: loaded(swapped),
      settings: ordered,
      file: 'README.md',
      dataText: swapped,
      dataFile: 'data.yaml',
      base: list,
    });
    expect(result).toEqual({
      ok: true,
      edits: noHandEdits(),
      data: undefined,
    });
  });

  test('rows typed in two places of a section and at the end of another each stay put', () => {
    const edited = inOrder
      .replace(`${OLDER}\n`, `${row('Top', 'top')}\n${OLDER}\n${row('Middle', 'middle')}\n`)
      .replace(`${NEWER}\n`, `${NEWER}\n${row('Bottom', 'bottom')}\n`);
    const result = adopt(edited);
    expect(titles(result, 'Sorting')).toEqual([
      'Top',
      'Older paper',
      'Middle',
      'Newer paper',
      'Bottom',
    ]);
    expect(rows(render(result.data!.list))).toEqual(rows(edited));
  });
});
