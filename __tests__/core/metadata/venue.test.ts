// The list's venue vocabulary: its own spellings win, then settings aliases, then the table.
import { describe, expect, test } from 'vitest';
import {
  buildVocabulary,
  isPreprintVenue,
  listVenue,
  sameVenue,
  venueKey,
} from '../../../src/core/metadata/venue.js';
import type { PaperList } from '../../../src/core/types.js';

const listWith = (...venues: string[]): PaperList => ({
  sections: [
    {
      name: 'S',
      category: 'C',
      papers: venues.map((venue, i) => ({ title: `Paper ${i}`, venue, links: [], extra: {} })),
    },
  ],
});

describe('listVenue', () => {
  test("the list's spelling wins: a list that writes NIPS gets NIPS for NeurIPS", () => {
    const vocab = buildVocabulary(listWith('NIPS', 'ICLR'));
    expect(listVenue(vocab, ['NeurIPS'])).toBe('NIPS');
    expect(listVenue(vocab, ['Neural Information Processing Systems'])).toBe('NIPS');
    expect(listVenue(vocab, ['International Conference on Learning Representations'])).toBe('ICLR');
  });

  test('the most frequent spelling of the list, then the short name of a known venue', () => {
    expect(listVenue(buildVocabulary(listWith('cvpr', 'CVPR', 'CVPR')), ['CVPR'])).toBe('CVPR');
    const empty = buildVocabulary(listWith());
    expect(listVenue(empty, ['NIPS'])).toBe('NeurIPS');
    expect(
      listVenue(empty, ['IEEE/CVF Conference on Computer Vision and Pattern Recognition']),
    ).toBe('CVPR');
  });

  test('a proceedings title is found by the known name inside it', () => {
    const vocab = buildVocabulary(listWith());
    const naacl =
      'Proceedings of the 2021 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies';
    expect(listVenue(vocab, [naacl])).toBe('NAACL');
    expect(
      listVenue(vocab, ['Proceedings of the 38th International Conference on Machine Learning']),
    ).toBe('ICML');
  });

  test('settings aliases connect a name to the list word', () => {
    const vocab = buildVocabulary(listWith('Nature MI'), {
      'Nature MI': ['Nature Machine Intelligence'],
    });
    expect(listVenue(vocab, ['Nature Machine Intelligence'])).toBe('Nature MI');
    // An alias joins a known group: every name of that group now reaches the list word.
    const nips = buildVocabulary(listWith(), { NIPS: ['NeurIPS Conference'] });
    expect(listVenue(nips, ['Advances in Neural Information Processing Systems'])).toBe('NeurIPS');
  });

  test('an unknown venue is kept as written when it fits a cell; a later name may be shorter', () => {
    const vocab = buildVocabulary(listWith());
    expect(listVenue(vocab, ['Asian Test Symposium'])).toBe('Asian Test Symposium');
    expect(listVenue(vocab, ['x'.repeat(150), 'Short Name'])).toBe('Short Name');
    expect(listVenue(vocab, ['x'.repeat(150)])).toBeUndefined();
  });

  test("the list's preprint word", () => {
    expect(buildVocabulary(listWith('ICLR')).preprintWord).toBe('arXiv');
    expect(buildVocabulary(listWith('CoRR', 'ICLR')).preprintWord).toBe('CoRR');
    expect(isPreprintVenue('arXiv')).toBe(true);
    expect(isPreprintVenue('CoRR')).toBe(true);
    expect(isPreprintVenue(undefined)).toBe(true);
    expect(isPreprintVenue('ICLR')).toBe(false);
  });

  test('venueKey and sameVenue', () => {
    expect(venueKey('ACL (1)')).toBe(venueKey('ACL'));
    expect(venueKey("WWW '18")).toBe(venueKey('WWW'));
    const vocab = buildVocabulary(listWith());
    expect(sameVenue(vocab, 'NIPS', 'NeurIPS')).toBe(true);
    expect(sameVenue(vocab, 'ICML', 'ICLR')).toBe(false);
  });
});
