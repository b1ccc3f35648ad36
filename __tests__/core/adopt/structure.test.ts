// Hand edits of the list's structure, adopted with a known earlier state (the data file the README
// was rendered from): deleted and moved entries, new, renamed and removed headings, lines that are
// no entry. Each case checks the data file written, what is said, and that the data file (and the
// settings, when rewritten) render the README back as it was pushed.
import { describe, expect, test } from 'vitest';
import { describeHandEdits } from '../../../src/core/adopt/describe.js';
import { planAdoption } from '../../../src/core/adopt/plan.js';
import { loadData } from '../../../src/core/data/load.js';
import { renderReadme } from '../../../src/core/render/readme.js';
import { defaultSettings } from '../../../src/core/settings/defaults.js';
import { TABLE_WORDS } from '../../../src/core/settings/words.js';
import type { Settings } from '../../../src/core/settings/types.js';
import type { PaperList } from '../../../src/core/types.js';
import { fixture } from '../../cli/harness.js';

const load = (text: string): PaperList => {
  const r = loadData(text, 'data.yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};
const DATA = fixture('adopt/structure/data.yaml');
const LIST = load(DATA);
const render = (list: PaperList, settings: Settings = defaultSettings): string => {
  const r = renderReadme(fixture('adopt/structure/README.input.md'), list, settings, new Date(0));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};
const README = render(LIST);
const titles = (list: PaperList) =>
  list.sections.map((s) => `${s.category} / ${s.name}: ${s.papers.map((p) => p.title).join(', ')}`);
const rowOf = (title: string) => README.split('\n').find((l) => l.includes(title))!;
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

function adopt(readme: string, base: PaperList | null = LIST) {
  const plan = planAdoption({
    readme,
    list: LIST,
    settings: defaultSettings,
    file: 'README.md',
    dataText: DATA,
    dataFile: 'data.yaml',
    settingsFile: '.github/paperlist.yml',
    ...(base ? { base } : {}),
  });
  if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
  return plan;
}

/** The README the adopted data (and settings) render: the pushed one, stamp aside. */
function renderedBack(plan: ReturnType<typeof adopt>): string {
  if (!plan.data) throw new Error('nothing adopted');
  return render(plan.data.list, plan.settings?.value ?? defaultSettings);
}

describe('structural hand edits of the default tables', () => {
  test('a row deleted by hand leaves the data file, and it is said', () => {
    const readme = README.replace(`${rowOf('Early Exits Everywhere')}\n`, '');
    const plan = adopt(readme);
    expect(titles(plan.data!.list)).toEqual([
      'Methods / Early Exits: Learning When to Halt',
      'Methods / Token Pruning: Pruning Tokens on the Fly',
      'Overviews / Surveys: A Survey of Adaptive Inference',
    ]);
    expect(plan.settings).toBeUndefined();
    const line = lineOf(README, 'Early Exits Everywhere');
    expect(describeHandEdits(plan.edits, 'data.yaml', TABLE_WORDS)).toContain(
      `"Early Exits Everywhere" in "Early Exits" was deleted by hand (README line ${line} before the change): removed from data.yaml`,
    );
    expect(renderedBack(plan)).toBe(
      readme.replace('4 papers are included', '3 papers are included'),
    );
  });

  test('without an earlier state a removed row is put back, as before', () => {
    const readme = README.replace(`${rowOf('Early Exits Everywhere')}\n`, '');
    const plan = adopt(readme, null);
    expect(plan.data).toBeUndefined();
    expect(plan.edits.putBack).toEqual([
      { section: 'Early Exits', title: 'Early Exits Everywhere' },
    ]);
  });

  test('a row moved to another section changes section once', () => {
    const row = rowOf('Pruning Tokens on the Fly');
    const readme = README.replace(`${row}\n`, '').replace(
      `${rowOf('A Survey of Adaptive')}\n`,
      `${rowOf('A Survey of Adaptive')}\n${row}\n`,
    );
    const plan = adopt(readme);
    const all = plan.data!.list.sections.flatMap((s) =>
      s.papers.map((p) => `${s.name}: ${p.title}`),
    );
    expect(all.filter((t) => t.includes('Pruning Tokens'))).toEqual([
      'Surveys: Pruning Tokens on the Fly',
    ]);
    expect(describeHandEdits(plan.edits, 'data.yaml', TABLE_WORDS)).toContain(
      `"Pruning Tokens on the Fly" was moved from "Token Pruning" to "Surveys" (README line ${lineOf(readme, 'Pruning Tokens')}): moved in data.yaml`,
    );
  });

  test('a new heading with a row becomes a section under the category it was typed under', () => {
    const row =
      '| Halting for Speech | HS | ICASSP | 2024 | [[PDF](https://example.org/speech.pdf)] |';
    const table = README.slice(README.indexOf('### Token Pruning'), README.indexOf('## Overviews'));
    const header = table.split('\n').slice(1, 3).join('\n');
    const readme = README.replace('## Overviews', `### Speech\n${header}\n${row}\n\n## Overviews`);
    const plan = adopt(readme);
    expect(titles(plan.data!.list)).toContain('Methods / Speech: Halting for Speech');
    expect(plan.edits.sections).toEqual([
      { kind: 'added', name: 'Speech', category: 'Methods', line: lineOf(readme, '### Speech') },
    ]);
    expect(renderedBack(plan).replace(/<!-- mindmap[\s\S]*?mindmap-end -->/, '')).toContain(row);
  });

  test('a renamed heading renames the section; its rows follow and none is said to move', () => {
    const readme = README.replace('### Token Pruning', '### Token Dropping');
    const plan = adopt(readme);
    expect(titles(plan.data!.list)).toContain(
      'Methods / Token Dropping: Pruning Tokens on the Fly',
    );
    expect(plan.edits.sections).toEqual([
      {
        kind: 'renamed',
        name: 'Token Dropping',
        from: 'Token Pruning',
        category: 'Methods',
        line: lineOf(readme, '### Token Dropping'),
      },
    ]);
    expect(plan.edits.movedTo).toEqual([]);
  });

  test('a heading removed with all its rows removes the section', () => {
    const start = README.indexOf('### Token Pruning');
    const end = README.indexOf('## Overviews');
    const readme = README.slice(0, start) + README.slice(end);
    const plan = adopt(readme);
    expect(plan.data!.list.sections.map((s) => s.name)).toEqual(['Early Exits', 'Surveys']);
    expect(plan.edits.sections).toEqual([
      { kind: 'removed', name: 'Token Pruning', category: 'Methods' },
    ]);
  });
});
