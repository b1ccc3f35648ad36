import { describe, expect, test } from 'vitest';
import { setPaperField } from '../../../src/core/data/update.js';
import { serializeData } from '../../../src/core/data/serialize.js';
import { loadData } from '../../../src/core/data/load.js';

const data = `Vision:
  category: "Vision"
  list:
    - title: "Shaping Any Object"
      venue: "ICLR"
      links:
        paper: "https://example.org/p1"
      image: "https://example.org/p1.png"
`;

describe('setPaperField', () => {
  test('a year added to an entry goes where the data file writes years, after the venue', () => {
    const out = setPaperField(data, 'Vision', 0, 'year', '2024', 'data.yaml');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value).toContain('      venue: "ICLR"\n      year: "2024"\n      links:\n');
    // The file stays in the data file's own order, so it can be written again whole unchanged.
    const loaded = loadData(out.value, 'data.yaml');
    expect(loaded.ok && serializeData(loaded.value)).toBe(out.value);
  });

  test('a field of the list’s own goes after the entry’s last value', () => {
    const out = setPaperField(data, 'Vision', 0, 'affiliation', 'Shape Lab', 'data.yaml');
    expect(
      out.ok &&
        out.value.endsWith(
          '      image: "https://example.org/p1.png"\n      affiliation: "Shape Lab"\n',
        ),
    ).toBe(true);
  });
});
