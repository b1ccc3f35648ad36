import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { collectLinks } from '../../../src/core/links/collect.js';
import { links, paper, section } from '../render/papers.js';
import { valueOf } from '../../result.js';

describe('collectLinks', () => {
  test('one entry per URL in file order, with every use', () => {
    const list = {
      sections: [
        section('Design', '1. Architecture', [
          paper({
            title: 'A',
            links: links({ PAGE: 'https://a.org/1', PDF: 'https://a.org/1.pdf' }),
          }),
          paper({ title: 'B', links: links({ CODE: 'https://git.org/b' }) }),
        ]),
        section('Empty', '1. Architecture', []),
        section('Training', '2. Training', [
          paper({ title: 'No links' }),
          paper({ title: 'A', links: links({ PAGE: 'https://a.org/1' }) }),
          paper({ title: 'C', links: links({ PDF: 'https://a.org/1', CODE: 'ftp://c' }) }),
        ]),
      ],
    };
    expect(collectLinks(list)).toEqual([
      {
        url: 'https://a.org/1',
        uses: [
          { section: 'Design', title: 'A', label: 'PAGE' },
          { section: 'Training', title: 'A', label: 'PAGE' },
          { section: 'Training', title: 'C', label: 'PDF' },
        ],
      },
      { url: 'https://a.org/1.pdf', uses: [{ section: 'Design', title: 'A', label: 'PDF' }] },
      { url: 'https://git.org/b', uses: [{ section: 'Design', title: 'B', label: 'CODE' }] },
      { url: 'ftp://c', uses: [{ section: 'Training', title: 'C', label: 'CODE' }] },
    ]);
  });

  test('URLs differing only in case or a trailing slash stay distinct', () => {
    const list = {
      sections: [
        section('S', 'C', [
          paper({ title: 'T', links: links({ A: 'https://x.org/p', B: 'https://x.org/P' }) }),
          paper({ title: 'U', links: links({ A: 'https://x.org/p/' }) }),
        ]),
      ],
    };
    expect(collectLinks(list).map((r) => r.url)).toEqual([
      'https://x.org/p',
      'https://x.org/P',
      'https://x.org/p/',
    ]);
  });

  test('the real list: every distinct address of its data file, shared papers counted once', () => {
    const text = readFileSync(
      new URL('../../fixtures/data/upstream-2024-10-14/data.yaml', import.meta.url),
      'utf8',
    );
    const refs = collectLinks(valueOf(loadData(text, 'data.yaml')));
    // Independently: the quoted addresses on lines that are not comments (the file has
    // commented-out papers), in order, first occurrence kept.
    const live = text.split('\n').filter((line) => !/^\s*#/.test(line));
    const written = [
      ...new Set(live.flatMap((l) => [...l.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]))),
    ];
    expect(refs.map((r) => r.url)).toEqual(written);
    expect(refs).toHaveLength(65);
    const meedge = refs.find((r) => r.url === 'https://dl.acm.org/doi/abs/10.1145/3589334.3645340');
    expect(meedge?.uses.map((u) => u.section)).toEqual([
      'EEN Design',
      'KD for Training',
      'Inference Efficiency',
    ]);
  });
});
