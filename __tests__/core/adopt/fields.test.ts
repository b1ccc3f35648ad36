// An entry compared field by field with its paper: the title is one of the fields even where no
// template shows it as a field (the entry kept whole as text of its own template), so a title a
// person retyped never stays stale in the data file.
import { describe, expect, test } from 'vitest';
import { compareFields } from '../../../src/core/adopt/layout/fields.js';
import type { RenderedSection } from '../../../src/core/adopt/layout/rendered.js';
import type { WrittenEntry } from '../../../src/core/adopt/layout/written.js';
import { noHandEdits } from '../../../src/core/adopt/types.js';
import type { Paper } from '../../../src/core/types.js';

const link = { label: 'Paper', url: 'https://example.org/halt' };
const data: Paper = {
  title: '1. Learning When to Halt -- a halting head per block',
  links: [link],
  extra: { note: '1', 'note-2': 'Learning When to Halt', 'note-3': 'a halting head per block' },
};
const section = {
  name: 'Week 1',
  item: '| {{note}}. **{{note-2}}** -- {{note-3}}. | {{#links ", "}}[{{label}}]({{url}}){{/links}} |',
} as RenderedSection;
const text =
  '| 1) **Learning When to Halt** - a halting head per block. | [Paper](https://example.org/halt) |';
const entry = {
  section: 'Week 1',
  text,
  line: 12,
  // Read whole: the entry's own template shows no field but its links.
  template: `| 1) **Learning When to Halt** - a halting head per block. | {{#links ", "}}[{{label}}]({{url}}){{/links}} |`,
  position: 1,
  headings: [],
  paper: { title: '', links: [link], extra: {} },
} as WrittenEntry;
const read: Paper = {
  title: '1) Learning When to Halt - a halting head per block',
  links: [link],
  extra: { shape: entry.template },
};

describe('compareFields', () => {
  test('a title no template shows as a field is still adopted from the reading', () => {
    const edits = noHandEdits();
    compareFields(entry, read, { text, paper: data, index: 0 }, data, section, edits);
    expect(edits.adoptions).toContainEqual({
      kind: 'edited',
      section: 'Week 1',
      title: data.title,
      index: 0,
      field: 'title',
      from: data.title,
      to: read.title,
      line: 12,
    });
    expect(edits.dataWins).toEqual([]);
  });

  test('the same title read again is no edit', () => {
    const edits = noHandEdits();
    const same = { ...read, title: data.title };
    compareFields(entry, same, { text, paper: data, index: 0 }, data, section, edits);
    expect(edits.adoptions.some((a) => a.kind === 'edited' && a.field === 'title')).toBe(false);
  });
});
