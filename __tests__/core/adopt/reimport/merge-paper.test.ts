// One README entry matched to its data paper: the spaces at the ends of the entry's lines are part of
// what every entry shows, so spaces a person removed leave the data file too (else the adopted data
// would render the old spaces and the README would not be given back).
import { describe, expect, test } from 'vitest';
import { mergePaper } from '../../../../src/core/adopt/reimport/merge-paper.js';
import type { Paper } from '../../../../src/core/types.js';

const at = { section: 'Vision', index: 0, line: 12 };
const paper = (extra: Record<string, unknown>): Paper => ({
  title: 'Learning When to Halt',
  links: [{ label: 'pdf', url: 'https://example.org/halt.pdf' }],
  extra,
});

describe('mergePaper', () => {
  test('spaces removed at the ends of the lines leave the data file', () => {
    const data = paper({ spacing: [' ', '', '  '], note: 'Oral' });
    const merged = mergePaper(data, paper({}), data, true, at);
    expect(merged.paper.extra).toEqual({ note: 'Oral' });
    expect(merged.edits.map((e) => e.field)).toEqual(['spacing']);
  });

  test('spaces typed at the ends of the lines are adopted', () => {
    const data = paper({});
    const merged = mergePaper(data, paper({ spacing: ['', ' '] }), data, true, at);
    expect(merged.paper.extra).toEqual({ spacing: ['', ' '] });
  });

  test('a field the README does not show is kept', () => {
    const data = paper({ doi: '10.1000/halt' });
    const merged = mergePaper(data, paper({}), data, true, at);
    expect(merged.paper.extra).toEqual({ doi: '10.1000/halt' });
    expect(merged.edits).toEqual([]);
  });
});
