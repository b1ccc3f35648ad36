// papers.bib read back by a real BibTeX parser (the one behind Better BibTeX for Zotero), field by
// field: hostile characters, non-ASCII, TeX ligatures, entry types, keys and identifiers.
import { parse } from '@retorquere/bibtex-parser';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/core/data/load.js';
import { renderBibtex } from '../../src/core/outputs/bibtex/render.js';
import type { Paper, PaperList } from '../../src/core/types.js';
import { valueOf } from '../result.js';

function paper(title: string, more: Partial<Paper> = {}): Paper {
  return { title, links: [], extra: {}, ...more };
}

function one(papers: Paper[]): PaperList {
  return { sections: [{ name: 'S', category: 'C', papers }] };
}

function read(bib: string) {
  const library = parse(bib, { sentenceCase: false });
  expect(library.errors).toEqual([]);
  return library.entries;
}

/** A creator as the parser splits it, joined back the way it was written. */
function fullName(c: { firstName?: string; lastName?: string; name?: string }): string {
  return c.name ?? [c.firstName, c.lastName].filter(Boolean).join(' ');
}

const HOSTILE = [
  'Deep & Wide: 50% of $5 #1 a_b ~tilde^caret \\back {braced} }{',
  '<img src=x onerror=alert(1)> & "quotes" @home',
  "Dashes -- and --- stay, ``quotes'' stay, ?` and !` stay, ,,low",
  'Übermensch: Ünïcödé, 中文标题, emoji 🚀, Ελληνικά',
  '@misc{injected, title = {x}}',
  'Trailing backslash \\',
];

describe('papers.bib', () => {
  it('is read back by a BibTeX parser with exactly the fields written, hostile text included', () => {
    const list = one(
      HOSTILE.map((title, i) =>
        paper(title, {
          venue:
            ['ICLR', 'TPAMI', 'arXiv', 'EMDL@MobiSys', 'Trans. {Weird} & Co', ''][i] || undefined,
          year: String(2020 + i),
          abbr: i === 0 ? 'D&W_1' : undefined,
          links: [{ label: 'PAGE', url: `https://example.org/p_${i}?a=1&b=%20x#frag` }],
          extra: {
            authors: ['Jürgen Müller', "Ann {Curly} O'Neil", 'Bob & Ben', 'Ødegård, Åse'],
            doi: `10.1234/ab_c.${i}%x`,
          },
        }),
      ),
    );
    const bib = renderBibtex(list, 'Hostile @{list}%');
    const entries = read(bib);
    expect(entries).toHaveLength(HOSTILE.length);
    entries.forEach((entry, i) => {
      const f = entry.fields as Record<string, unknown>;
      expect(f['title'], `entry ${i}`).toBe(HOSTILE[i]);
      expect(f['year']).toBe(String(2020 + i));
      expect((f['author'] as object[]).map(fullName)).toEqual([
        'Jürgen Müller',
        "Ann {Curly} O'Neil",
        'Bob & Ben',
        'Åse Ødegård',
      ]);
      expect(f['url']).toBe(`https://example.org/p_${i}?a=1&b=%20x#frag`);
      expect(f['doi']).toBe(`10.1234/ab_c.${i}%x`);
    });
    expect(entries.map((e) => e.type)).toEqual([
      'inproceedings',
      'article',
      'misc',
      'inproceedings',
      'article',
      'misc',
    ]);
    expect(entries[0]?.fields['booktitle']).toBe('ICLR');
    expect(entries[0]?.fields['shorttitle']).toBe('D&W_1');
    expect(entries[1]?.fields['journal']).toBe('TPAMI');
    expect(entries[4]?.fields['journal']).toBe('Trans. {Weird} & Co');
    expect(entries[2]?.fields['journal']).toBeUndefined();
  });

  it('reads the example list: one entry per distinct paper, arXiv ids and DOIs from the links', () => {
    const list = valueOf(loadData(readFileSync('examples/ednn/data.yaml', 'utf8'), 'data.yaml'));
    const titles = new Set(list.sections.flatMap((s) => s.papers.map((p) => p.title)));
    const entries = read(renderBibtex(list, 'Early Exiting'));
    expect(entries.map((e) => e.fields['title'])).toEqual([...titles]);
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
    const msdnet = entries.find((e) => e.key === 'msdnet2018');
    expect(msdnet?.fields).toMatchObject({
      booktitle: 'ICLR',
      year: '2018',
      eprint: '1703.09844',
      archiveprefix: 'arXiv',
      url: 'https://arxiv.org/pdf/1703.09844',
    });
    const csur = entries.find((e) => String(e.fields['title']).startsWith('Split computing'));
    expect(csur?.type).toBe('article');
    expect(csur?.fields['doi']).toBe('10.1145/3527155');
  });

  it('keeps every key when papers are added, and when other papers are removed', () => {
    const base = [
      paper('Learning to Exit', { year: '2020', extra: { authors: ['Ann Smith'] } }),
      paper('Learning Exits Faster', { year: '2020', extra: { authors: ['Bo Smith'] } }),
      paper('Other Paper', { year: '2021', extra: { authors: 'Carla Diaz and Dan Li' } }),
    ];
    const keysOf = (papers: Paper[]) =>
      new Map(read(renderBibtex(one(papers), 'T')).map((e) => [e.fields['title'], e.key]));
    const before = keysOf(base);
    expect([...before.values()]).toEqual([
      'smith2020learning',
      expect.stringMatching(/^smith2020learning-[a-z0-9]{4}$/),
      'diaz2021other',
    ]);
    const added = keysOf([
      paper('Learning Again', {
        year: '2020',
        extra: { authors: ['Cy Smith'], added: '2026-01-01' },
      }),
      ...base,
      paper('New', { year: '2022', extra: { added: '2026-01-02' } }),
    ]);
    for (const [title, key] of before) expect(added.get(title)).toBe(key);
    const removed = keysOf([base[0]!, base[2]!]);
    expect(removed.get('Learning to Exit')).toBe(before.get('Learning to Exit'));
    // Removing the first holder of a shared key gives that key to the next one (and nobody else).
    const first = keysOf([base[1]!, base[2]!]);
    expect(first.get('Learning Exits Faster')).toBe('smith2020learning');
    expect(first.get('Other Paper')).toBe(before.get('Other Paper'));
  });

  it('braces an author whose name holds the word "and", so it stays one name', () => {
    const [entry] = read(
      renderBibtex(
        one([paper('T', { extra: { authors: ['Research and Development Team', 'Al Roe'] } })]),
        'T',
      ),
    );
    expect((entry?.fields['author'] as object[]).map(fullName)).toEqual([
      'Research and Development Team',
      'Al Roe',
    ]);
  });
});
