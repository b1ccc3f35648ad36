// Which papers of an answer are offered: the list's papers (by arXiv id in any version, DOI or title),
// open suggestions, declined and accepted ones are not; numbers stay from run to run.
import { describe, expect, it } from 'vitest';
import { selectCandidates } from '../../../src/core/digest/candidates.js';
import { EMPTY_DIGEST } from '../../../src/core/digest/record.js';
import { suggestedInIssues } from '../../../src/core/digest/suggested.js';
import { arxivPaper, SMALL_LIST } from './small-list.js';

const NEW_A = arxivPaper('2611.00001', 'Confidence thresholds for multi-exit networks');
const NEW_B = arxivPaper('2611.00002', 'Protein folding with diffusion');

describe('selectCandidates', () => {
  it('leaves out what the list has, by arXiv id, DOI or normalised title', () => {
    const answer = [
      arxivPaper('1709.01686', 'A title that differs from the listed one'),
      arxivPaper('2611.00003', 'Another title', { doi: '10.1000/exit.2' }),
      arxivPaper('2611.00004', 'MULTI-EXIT Convolutional Networks on Mobile Devices!'),
      NEW_A,
    ];
    const got = selectCandidates(answer, SMALL_LIST, [], EMPTY_DIGEST);
    expect(got.candidates.map((c) => c.paper.id)).toEqual(['2611.00001']);
    expect(got.skipped).toEqual({ inList: 3, suggested: 0, declined: 0, accepted: 0 });
  });

  it('leaves out open suggestions, declined and accepted papers, and repeats', () => {
    const suggested = arxivPaper('2611.00005', 'Suggested already');
    const open = [
      {
        issue: 7,
        paper: { title: 'Suggested already', links: [], extra: {} },
        sections: ['Architectures'],
      },
    ];
    const state = { ...EMPTY_DIGEST, declined: ['2611.00002'], accepted: ['2611.00006'] };
    const answer = [NEW_A, NEW_A, NEW_B, suggested, arxivPaper('2611.00006', 'Accepted one')];
    const got = selectCandidates(answer, SMALL_LIST, open, state);
    expect(got.candidates.map((c) => c.paper.id)).toEqual(['2611.00001']);
    expect(got.skipped).toEqual({ inList: 0, suggested: 1, declined: 1, accepted: 1 });
  });

  it('leaves out papers that open suggestion issues name, pull request or not', () => {
    const byDoi = arxivPaper('2611.00007', 'Named by its DOI', { doi: '10.1000/Exit.7' });
    const answer = [NEW_A, NEW_B, byDoi];
    const named = suggestedInIssues([
      { body: '### Paper page\n\nhttps://arxiv.org/pdf/2611.00002v3.pdf' },
      { body: 'The DOI is https://doi.org/10.1000/exit.7, see there.' },
    ]);
    const got = selectCandidates(answer, SMALL_LIST, [], EMPTY_DIGEST, named);
    expect(got.candidates.map((c) => c.paper.id)).toEqual(['2611.00001']);
    expect(got.skipped.suggested).toBe(2);
  });

  it('ranks the closest first and keeps each candidate’s number', () => {
    const first = selectCandidates([NEW_B, NEW_A], SMALL_LIST, [], EMPTY_DIGEST);
    expect(first.candidates.map((c) => [c.paper.id, c.number])).toEqual([
      ['2611.00001', 1],
      ['2611.00002', 2],
    ]);
    expect(first.candidates[0]?.section).toBe('Exit Policies');
    expect(first.next).toBe(3);
    const state = {
      ...EMPTY_DIGEST,
      next: first.next,
      offered: first.candidates.map((c) => ({ id: c.paper.id, number: c.number })),
    };
    const newer = arxivPaper('2611.00009', 'Early exit policies with confidence thresholds');
    const second = selectCandidates([newer, NEW_B, NEW_A], SMALL_LIST, [], state);
    const numbers = Object.fromEntries(second.candidates.map((c) => [c.paper.id, c.number]));
    expect(numbers).toEqual({ '2611.00001': 1, '2611.00002': 2, '2611.00009': 3 });
    expect(second.candidates.at(-1)?.paper.id).toBe('2611.00002');
    expect(second.next).toBe(4);
  });
});
