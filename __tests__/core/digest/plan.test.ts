// One run's plan: candidates and state from an answer; a failed or empty-after-full answer kept as a
// problem with the last candidates and the state as they were; the same answer, the same body.
import { describe, expect, it } from 'vitest';
import { checklistOf, withoutCheckTime } from '../../../src/core/digest/body.js';
import { planDigest, type DigestInput } from '../../../src/core/digest/plan.js';
import { arxivPaper, SMALL_LIST } from './small-list.js';

const PAPERS = [
  arxivPaper('2611.00001', 'Confidence thresholds for multi-exit networks'),
  arxivPaper('2611.00002', 'Protein folding with diffusion'),
];
const base: Omit<DigestInput, 'outcome'> = {
  list: SMALL_LIST,
  open: [],
  listName: 'Small',
  query: 'abs:exit',
  max: 20,
  now: new Date('2026-12-01T00:00:00Z'),
};

describe('planDigest', () => {
  const first = planDigest({ ...base, outcome: { ok: true, papers: PAPERS, total: 2 } });

  it('offers the answer’s new papers and remembers them', () => {
    expect(first.problem).toBeUndefined();
    expect(first.state.offered.map((c) => c.id)).toEqual(['2611.00001', '2611.00002']);
    expect(first.state.lastCount).toBe(2);
    expect(checklistOf(first.body).filter((l) => l.startsWith('- [ ]'))).toHaveLength(2);
    expect(first.summary).toBe(
      'Digest: 2 papers from arXiv, 2 candidates (2 new); 0 already in the list, 0 suggested, 0 declined, 0 accepted.',
    );
  });

  const previous = { body: first.body, state: first.state };

  it('gives the same body for the same answer, whatever the time', () => {
    const again = planDigest({
      ...base,
      previous,
      now: new Date('2026-12-02T00:00:00Z'),
      outcome: { ok: true, papers: PAPERS, total: 2 },
    });
    expect(again.body).not.toBe(first.body);
    expect(withoutCheckTime(again.body)).toBe(withoutCheckTime(first.body));
  });

  it('keeps the candidates and the state when arXiv fails or answers empty after a full answer', () => {
    for (const outcome of [
      { ok: false as const, message: 'HTTP 503' },
      { ok: true as const, papers: [], total: 0 },
    ]) {
      const plan = planDigest({ ...base, previous, outcome });
      expect(plan.problem).toBeDefined();
      expect(plan.state).toEqual(first.state);
      expect(checklistOf(plan.body)).toEqual(checklistOf(first.body));
      expect(plan.body).toContain('This is not taken for "nothing new"');
      expect(plan.summary).toBe(`Digest: ${plan.problem}.`);
    }
  });

  it('takes an empty first answer for no candidates, and a counted but empty one for a problem', () => {
    const empty = planDigest({ ...base, outcome: { ok: true, papers: [], total: 0 } });
    expect(empty.problem).toBeUndefined();
    expect(empty.body).toContain('No candidates');
    const counted = planDigest({ ...base, outcome: { ok: true, papers: [], total: 40 } });
    expect(counted.problem).toBe("arXiv's answer held no paper, though it counted 40");
  });
});
