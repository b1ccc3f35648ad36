// Learning a section's template from its entries: parts that show one field become optional or
// take the list's stand-in, differing plain text becomes a field, and a merge is kept only when
// every entry still renders as written.
import { describe, expect, test } from 'vitest';
import { combine, learnTemplate } from '../../../src/core/import/layouts/optional.js';
import type { Paper } from '../../../src/core/types.js';

const paper = (fields: Partial<Paper> & { extra?: Record<string, unknown> }): Paper => ({
  title: 'T',
  links: [],
  extra: {},
  ...fields,
});

describe('combine', () => {
  test('a part only some entries have becomes optional', () => {
    const merged = combine('- {{title}}, {{venue}}', '- {{title}}', new Set(['title']));
    expect(merged?.template).toBe('- {{title}}{{#venue}}, {{venue}}{{/venue}}');
  });

  test('a stand-in written for a missing value is kept for entries without it', () => {
    const merged = combine('| {{title}} | {{code}} |', '| {{title}} | N/A |', new Set());
    expect(merged?.template).toBe(
      '| {{title}} | {{#code}}{{code}}{{/code}}{{^code}}N/A{{/code}} |',
    );
  });

  test('plain text that differs becomes a field, named by what it looks like', () => {
    const merged = combine(
      '- {{title}}. *Ada Lovelace, Alan Turing.*',
      '- {{title}}. *Grace Hopper.*',
      new Set(),
    );
    expect(merged?.template).toBe('- {{title}}. *{{authors}}.*');
    expect(merged?.slots).toEqual([
      { name: 'authors', a: 'Ada Lovelace, Alan Turing', b: 'Grace Hopper' },
    ]);
  });

  test('a line of text before an entry, or standing apart, is no value of it', () => {
    const item = '- [{{title}}]({{link:paper}}), {{venue}}';
    // The note typed on its own line above the entry (the text between entries goes with the next).
    expect(combine(item, `\nSee also our other list.\n${item}`, new Set())).toBeUndefined();
    expect(combine(item, `${item}\n\nSee also our other list.`, new Set())).toBeUndefined();
    // A value on the entry's own nested line stays a value.
    expect(combine(item, `${item}\n  Ada Lovelace`, new Set())?.template).toBe(
      `${item}{{#note}}\n  {{note}}{{/note}}`,
    );
  });

  test('entries that differ in markup share no template', () => {
    expect(
      combine('- **{{title}}**', '- [{{title}}]({{link:paper}}) *x*', new Set()),
    ).toBeUndefined();
  });
});

describe('learnTemplate', () => {
  test('covers every entry, gives them their values, and writes a missing field without brackets', () => {
    const templates = [
      '- [2024/04] {{title}} *Ada Lovelace.*',
      '- [2023/01] {{title}} *Grace Hopper, Alan Turing.*',
      '- [2022/02] {{title}}',
    ];
    const papers = [paper({ title: 'A' }), paper({ title: 'B' }), paper({ title: 'C' })];
    const learned = learnTemplate(templates[0]!, templates, papers, 'markdown');
    expect(learned.fits).toEqual([true, true, true]);
    expect(papers.map((p) => p.extra.authors)).toEqual([
      'Ada Lovelace',
      ['Grace Hopper', 'Alan Turing'],
      undefined,
    ]);
    expect(learned.item).toContain('{{#authors}}');
  });

  test('an entry written unlike the others keeps its own template', () => {
    const templates = ['- {{title}}', '- {{title}}', '> **{{title}}** <br>'];
    const papers = templates.map(() => paper({}));
    const learned = learnTemplate('- {{title}}', templates, papers, 'markdown');
    expect(learned.fits).toEqual([true, true, false]);
    expect(learned.item).toBe('- {{title}}');
  });
});
