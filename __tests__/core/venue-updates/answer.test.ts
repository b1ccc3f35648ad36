// What one look-up means for a preprint's venue: a published venue in the list's vocabulary, none
// (the services answered and know only the preprint), or failed (no service could be asked).
import { describe, expect, test } from 'vitest';
import type { LookupResult } from '../../../src/core/metadata/types.js';
import { buildVocabulary } from '../../../src/core/metadata/venue.js';
import { identifierLink, venueAnswer } from '../../../src/core/venue-updates/answer.js';

const vocab = buildVocabulary({
  sections: [
    { name: 'S', category: 'c', papers: [{ title: 'x', venue: 'NIPS', links: [], extra: {} }] },
  ],
});
const result = (over: Partial<LookupResult>): LookupResult => ({
  fetched: [],
  gaps: [],
  linkIds: { arxiv: '1703.09844' },
  ...over,
});

describe('venueAnswer', () => {
  test('a published venue, in the list’s own spelling, with its source', () => {
    const answer = venueAnswer(
      result({
        fetched: [
          { source: 'arxiv', title: 'T', venue: 'arXiv', preprint: true, ids: {} },
          {
            source: 'dblp',
            title: 'T',
            venue: 'NeurIPS',
            ids: {},
            url: 'https://dblp.org/rec/conf/nips/X',
          },
        ],
      }),
      'T',
      vocab,
    );
    expect(answer).toEqual({
      kind: 'found',
      venue: { venue: 'NIPS', source: 'dblp', url: 'https://dblp.org/rec/conf/nips/X' },
    });
  });

  test('the venue’s year, not the preprint’s (a 2017 preprint published at ICLR 2018)', () => {
    const answer = venueAnswer(
      result({
        fetched: [
          { source: 'arxiv', title: 'T', venue: 'arXiv', year: '2017', preprint: true, ids: {} },
          { source: 'dblp', title: 'T', venue: 'CoRR', year: '2017', preprint: true, ids: {} },
          {
            source: 'dblp',
            title: 'T',
            venue: 'ICLR',
            year: '2018',
            ids: {},
            url: 'https://dblp.org/rec/conf/iclr/X',
          },
        ],
      }),
      'T',
      vocab,
    );
    expect(answer).toEqual({
      kind: 'found',
      venue: {
        venue: 'ICLR',
        year: '2018',
        source: 'dblp',
        url: 'https://dblp.org/rec/conf/iclr/X',
      },
    });
  });

  test('only the preprint known: none; nobody could be asked: failed; nobody knows it: none', () => {
    const preprint = result({
      fetched: [{ source: 'dblp', title: 'T', venue: 'CoRR', preprint: true, ids: {} }],
    });
    expect(venueAnswer(preprint, 'T', vocab)).toEqual({ kind: 'none' });
    const down = result({ gaps: [{ service: 'arxiv', kind: 'unavailable', message: 'HTTP 503' }] });
    expect(venueAnswer(down, 'T', vocab)).toEqual({ kind: 'failed' });
    const unknown = result({
      gaps: [{ service: 'arxiv', kind: 'not-found', message: 'no entry' }],
    });
    expect(venueAnswer(unknown, 'T', vocab)).toEqual({ kind: 'none' });
  });

  test('identifiers become the links the services are asked by', () => {
    expect(identifierLink({ kind: 'arxiv', id: '1703.09844' })).toEqual({
      kind: 'arxiv',
      id: '1703.09844',
    });
    expect(identifierLink({ kind: 'doi', id: '10.1145/3527155' })).toEqual({
      kind: 'doi',
      doi: '10.1145/3527155',
    });
  });
});
