// A new entry added to a section writes what its neighbours write for a value they lack (`-`,
// `N/A`) and the spacing most of them are typed with; a value that says something (a rating, a
// venue) is never copied.
import { describe, expect, test } from 'vitest';
import { applySuggestion } from '../../../src/core/suggest/apply.js';
import { isStandIn } from '../../../src/core/suggest/stand-ins.js';
import { serializeData } from '../../../src/core/data/serialize.js';
import { renderReadme } from '../../../src/core/render/readme.js';
import { defaultSettings } from '../../../src/core/settings/defaults.js';
import { toLayout } from '../../../src/core/settings/layout.js';
import type { Settings } from '../../../src/core/settings/types.js';
import type { Paper, PaperList } from '../../../src/core/types.js';

const row = (title: string, extra: Record<string, unknown>): Paper => ({
  title,
  year: '2024',
  links: [{ label: 'paper', url: `https://example.org/${title}` }],
  extra,
});

function added(item: string, papers: Paper[], paper: Paper): string {
  const list: PaperList = { sections: [{ name: 'A', category: 'A', papers }] };
  const settings: Settings = {
    ...defaultSettings,
    stamp: false,
    layout: toLayout({ kind: 'table', item, start: '\n| T | C | R |\n| - | - | - |\n' }),
  };
  const frame = '# L\n\n<!-- main-start -->\n<!-- main-end -->\n';
  const readme = renderReadme(frame, list, settings, new Date(0));
  if (!readme.ok) throw new Error(readme.problems.map((p) => p.message).join('; '));
  const applied = applySuggestion(
    {
      dataFile: 'data.yaml',
      dataText: serializeData(list),
      readmeFile: 'README.md',
      readmeText: readme.value,
      list,
      settings,
    },
    paper,
    ['A'],
  );
  if (!applied.ok) throw new Error(applied.problems.map((p) => p.message).join('; '));
  const before = new Set(readme.value.split('\n'));
  return applied.value.readme
    .split('\n')
    .filter((l) => !before.has(l))
    .join('\n');
}

const suggested: Paper = {
  title: 'New',
  year: '2024',
  links: [{ label: 'PAGE', url: 'https://arxiv.org/abs/2401.00001' }],
  extra: {},
};

describe('a new entry among its neighbours', () => {
  test('a cell the neighbours mark as empty gets their mark', () => {
    const item = '| [{{title}}]({{link:paper}}) | {{code}} | {{rating}} |';
    const papers = [
      row('a', { code: '-', rating: '⭐' }),
      row('b', { code: '-', rating: '⭐⭐' }),
      row('c', { code: 'yes', rating: '⭐' }),
    ];
    // The rating says something: it is not copied.
    expect(added(item, papers, suggested)).toBe(
      '| [New](https://arxiv.org/abs/2401.00001) | - |  |',
    );
  });

  test('a gap most neighbours leave empty stays empty', () => {
    const item = '| [{{title}}]({{link:paper}}) | {{code}} | x |';
    const papers = [row('a', { code: '-' }), row('b', {}), row('c', {})];
    expect(added(item, papers, suggested)).toBe(
      '| [New](https://arxiv.org/abs/2401.00001) |  | x |',
    );
  });

  test('a value the paper has is kept, and a field shown only with a value gets no mark', () => {
    const item = '| [{{title}}]({{link:paper}}) | {{code}} |{{#venue}} {{venue}}{{/venue}} |';
    const papers = [row('a', { code: '-' }), { ...row('b', { code: '-' }), venue: '-' }];
    expect(added(item, papers, { ...suggested, extra: { code: 'CUDA' } })).toBe(
      '| [New](https://arxiv.org/abs/2401.00001) | CUDA | |',
    );
  });

  test('a kind of value asked once fills each numbered field the template always writes', () => {
    const item =
      '| {{#note}}<img alt="{{note-2}}" src="{{note}}.svg"> {{/note}}[{{title}}]({{link:paper}}) |{{#authors-2}} {{authors-2}}{{/authors-2}} |';
    const papers = [row('a', { note: '3', 'note-2': '3' }), row('b', { note: '4', 'note-2': '5' })];
    const paper = { ...suggested, extra: { note: '9', authors: 'A. B' } };
    expect(added(item, papers, paper)).toBe(
      '| <img alt="9" src="9.svg"> [New](https://arxiv.org/abs/2401.00001) | |',
    );
  });

  test('the spacing most neighbours are typed with', () => {
    const item = '|{{#spacing}}{{spacing}}{{/spacing}}[{{title}}]({{link:paper}}) | x |';
    const papers = [row('a', { spacing: ' ' }), row('b', { spacing: ' ' }), row('c', {})];
    expect(added(item, papers, suggested)).toBe('| [New](https://arxiv.org/abs/2401.00001) | x |');
  });
});

test.each([
  ['-', true],
  ['—', true],
  ['N/A', true],
  ['n/a', true],
  ['...', true],
  ['⭐️⭐️', false],
  ['ICLR', false],
  ['2024', false],
  ['', false],
])('isStandIn(%j) is %s', (value, expected) => {
  expect(isStandIn(value)).toBe(expected);
});
