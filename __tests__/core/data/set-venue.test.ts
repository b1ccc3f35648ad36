// Changing venues (and years) in the data file in place: only those values change (or one `venue:`
// or `year:` line is added to an entry without one), proven by reading the file back; flow-style entries are refused.
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { setVenues } from '../../../src/core/data/set-venue.js';

const DATA = `# the list
Survey:
  category: "0. Survey"
  list:
    - title: "Preprint"   # keep this comment
      venue: "arXiv"
      year: "2021"
    - title: "No venue"
      links:
        PDF: "https://arxiv.org/pdf/2102.04906"
Design:
  category: "1. Architecture"
  list:
  - title: "Empty venue"
    venue:
  - {title: "Flow", venue: "arXiv"}
`;

function load(text: string) {
  const read = loadData(text, 'data.yaml');
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
}

const lines = (text: string) => text.split('\n');

describe('setVenues', () => {
  const list = load(DATA);

  it('replaces a venue value and nothing else', () => {
    const out = setVenues(
      DATA,
      list,
      [{ ref: { section: 'Survey', index: 0 }, venue: 'ICLR' }],
      'data.yaml',
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const diff = lines(out.value).filter((l, i) => l !== lines(DATA)[i]);
    expect(diff).toEqual(['      venue: "ICLR"']);
    expect(out.value).toContain('# keep this comment');
  });

  it('adds a venue line to an entry without one, and fills an empty one', () => {
    const out = setVenues(
      DATA,
      list,
      [
        { ref: { section: 'Survey', index: 1 }, venue: 'NeurIPS' },
        { ref: { section: 'Design', index: 0 }, venue: 'A "quoted" venue' },
      ],
      'data.yaml',
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const read = load(out.value);
    expect(read.sections[0]?.papers[1]?.venue).toBe('NeurIPS');
    expect(read.sections[1]?.papers[0]?.venue).toBe('A "quoted" venue');
    expect(out.value).toContain(
      '        PDF: "https://arxiv.org/pdf/2102.04906"\n      venue: "NeurIPS"\n',
    );
    expect(out.value).toContain('    venue: "A \\"quoted\\" venue"\n');
    expect(read.sections[0]?.papers[0]?.venue).toBe('arXiv');
  });

  it('changes the year with the venue; an entry without a year gets the line after its venue', () => {
    const out = setVenues(
      DATA,
      list,
      [
        { ref: { section: 'Survey', index: 0 }, venue: 'ICLR', year: '2022' },
        { ref: { section: 'Survey', index: 1 }, venue: 'NeurIPS', year: '2021' },
      ],
      'data.yaml',
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    // Exactly these lines change or appear; every other byte stays.
    expect(out.value).toBe(
      DATA.replace(
        '      venue: "arXiv"\n      year: "2021"',
        '      venue: "ICLR"\n      year: "2022"',
      ).replace(
        '        PDF: "https://arxiv.org/pdf/2102.04906"\n',
        '        PDF: "https://arxiv.org/pdf/2102.04906"\n      venue: "NeurIPS"\n      year: "2021"\n',
      ),
    );
    const read = load(out.value);
    expect([read.sections[0]?.papers[0]?.year, read.sections[0]?.papers[1]?.year]).toEqual([
      '2022',
      '2021',
    ]);
    expect(out.value).toContain('# keep this comment');
  });

  it('refuses an entry written in flow style, writing nothing', () => {
    const out = setVenues(
      DATA,
      list,
      [{ ref: { section: 'Design', index: 1 }, venue: 'ICML' }],
      'data.yaml',
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems[0]?.message).toContain('Design[1]');
  });

  it('returns the same text for no changes', () => {
    expect(setVenues(DATA, list, [], 'data.yaml')).toEqual({ ok: true, value: DATA });
  });
});
