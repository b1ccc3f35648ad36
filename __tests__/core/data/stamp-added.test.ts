// Recording `added:` on the entries a change added: one new line per entry, in its indentation,
// proven by reading the file back; entries that have the field, or were there before, are left alone.
import { describe, expect, it } from 'vitest';
import { addedEntries, dayIn } from '../../../src/core/data/added.js';
import { loadData } from '../../../src/core/data/load.js';
import { stampAdded } from '../../../src/core/data/stamp-added.js';

const BEFORE = `# the list
Survey:
  category: "0. Survey"
  list:
    - title: "Old"
      year: "2020"
`;

const AFTER = `# the list
Survey:
  category: "0. Survey"
  list:
    - title: "Old"
      year: "2020"
    - title: "New one"   # a comment
      links:
        PDF: "https://arxiv.org/pdf/2102.04906"
Design:
  category: "1. Architecture"
  list:
  - title: "New one"
    year: "2024"
  - title: "Dated"
    added: "2024-01-01"
  - {title: "Last"}
`;

function load(text: string) {
  const read = loadData(text, 'data.yaml');
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
}

describe('added entries', () => {
  it('are the new titles without an added field, in every section they are in', () => {
    expect(addedEntries(load(BEFORE), load(AFTER))).toEqual([
      { section: 'Survey', index: 1 },
      { section: 'Design', index: 0 },
      { section: 'Design', index: 2 },
    ]);
  });

  it('get one line each, in their own indentation; nothing else changes', () => {
    const after = load(AFTER);
    const refs = addedEntries(load(BEFORE), after).slice(0, 2);
    const out = stampAdded(AFTER, after, refs, '2024-10-14', 'data.yaml');
    expect(out).toEqual({
      ok: true,
      value: AFTER.replace(
        '        PDF: "https://arxiv.org/pdf/2102.04906"\n',
        '        PDF: "https://arxiv.org/pdf/2102.04906"\n      added: "2024-10-14"\n',
      ).replace('    year: "2024"\n', '    year: "2024"\n    added: "2024-10-14"\n'),
    });
  });

  it('are refused, writing nothing, when an entry is written in flow style', () => {
    const after = load(AFTER);
    const out = stampAdded(
      AFTER,
      after,
      [{ section: 'Design', index: 2 }],
      '2024-10-14',
      'data.yaml',
    );
    expect(out.ok).toBe(false);
  });

  it('are stamped at the end of a file without a final newline, and with CRLF line ends', () => {
    const text = 'S:\r\n  category: "C"\r\n  list:\r\n    - title: "T"\r\n      year: "2024"';
    const out = stampAdded(text, load(text), [{ section: 'S', index: 0 }], '2025-02-03', 'd.yaml');
    expect(out).toEqual({ ok: true, value: `${text}\r\n      added: "2025-02-03"\r\n` });
  });

  it('are dated by the day in the list time zone', () => {
    const time = new Date('2024-10-14T18:30:00Z');
    expect(dayIn(time, 'UTC')).toBe('2024-10-14');
    expect(dayIn(time, 'Asia/Shanghai')).toBe('2024-10-15');
  });
});
