// The digest issue's text: escaped arXiv texts, the size bound whatever the answer, the record read
// back, and the first sentence of an abstract.
import { describe, expect, it } from 'vitest';
import {
  BODY_MAX,
  candidateLine,
  checklistOf,
  renderDigestBody,
} from '../../../src/core/digest/body.js';
import {
  decodeDigestState,
  EMPTY_DIGEST,
  encodeDigestState,
  RECORD_MAX,
} from '../../../src/core/digest/record.js';
import { firstSentence } from '../../../src/core/digest/sentence.js';
import type { Candidate, DigestState } from '../../../src/core/digest/types.js';
import { arxivPaper } from './small-list.js';

const candidate = (n: number, more: Partial<Candidate['paper']> = {}): Candidate => ({
  paper: arxivPaper(`2611.${String(n).padStart(5, '0')}`, `Paper number ${n}`, more),
  score: 0.5,
  section: 'Exit Policies',
  number: n,
});

describe('candidateLine', () => {
  it('names number, title, link, authors, date, section and first sentence on one line', () => {
    const line = candidateLine(candidate(3, { authors: ['A One', 'B Two', 'C Three', 'D Four'] }));
    expect(line).toBe(
      '- [ ] **3.** Paper number 3 · [arXiv:2611.00003](https://arxiv.org/abs/2611.00003) · A One, B Two, C Three et al. · 2026-11-20 · likeliest section: **Exit Policies** — A short abstract. With a second sentence.',
    );
  });

  it('lets no arXiv text add a link, HTML, a mention or a reference', () => {
    const line = candidateLine(
      candidate(4, {
        title: '[click](https://evil.example) <img src=x> @octocat fixes #123',
        authors: ['<b>Eve</b>', '@team'],
        abstract: 'See [here](javascript:alert(1)) and <script>x</script>.\nSecond line.',
      }),
    );
    expect(line.split('\n')).toHaveLength(1);
    expect(line).not.toMatch(
      /<img|<b>|<script|(?<!\\)\]\((?!https:\/\/arxiv\.org\/abs\/2611\.00004\))/,
    );
    expect(line).not.toMatch(/(^|[^\u2060])@octocat|(^|[^\u2060])#123|(^|[^\u2060])@team/);
    expect(line).toContain('\\[click\\]');
  });
});

describe('renderDigestBody', () => {
  const state: DigestState = { ...EMPTY_DIGEST, next: 5 };
  const base = { state, listName: 'Papers', query: 'abs:"early exit"', status: 'Found.' };

  it('stays under the bound with a thousand long candidates, and counts those left out', () => {
    const long = 'x'.repeat(290);
    const many = Array.from({ length: 1000 }, (_, i) =>
      candidate(i + 1, {
        title: `${long} ${i}`,
        abstract: `${'word '.repeat(100)}.`,
        authors: ['A '.repeat(40)],
      }),
    );
    const body = renderDigestBody({
      ...base,
      block: { kind: 'candidates', candidates: many, max: 100 },
    });
    expect(body.length).toBeLessThanOrEqual(BODY_MAX);
    const shown = checklistOf(body).filter((l) => l.startsWith('- [ ]')).length;
    expect(shown).toBeGreaterThan(10);
    expect(body).toContain(`…and ${1000 - shown} more candidates`);
  });

  it('stays under the bound whatever the list is named, and with the longest query', () => {
    const body = renderDigestBody({
      ...base,
      listName: 'Early exits '.repeat(10_000),
      query: 'q'.repeat(1000),
      block: { kind: 'candidates', candidates: [candidate(1)], max: 20 },
    });
    expect(body.length).toBeLessThanOrEqual(BODY_MAX);
    expect(checklistOf(body)).toHaveLength(1);
  });

  it('shows at most `max` candidates', () => {
    const some = Array.from({ length: 30 }, (_, i) => candidate(i + 1));
    const body = renderDigestBody({
      ...base,
      block: { kind: 'candidates', candidates: some, max: 20 },
    });
    expect(checklistOf(body).filter((l) => l.startsWith('- [ ]'))).toHaveLength(20);
    expect(body).toContain('…and 10 more candidates');
  });

  it('opens with the record, which reads back', () => {
    const full: DigestState = {
      next: 9,
      offered: [
        { id: '2611.00001', number: 1, section: 'Exit Policies' },
        { id: 'cs/0601001', number: 2 },
      ],
      accepted: ['2611.00007'],
      declined: ['2611.00008'],
      lastCount: 12,
    };
    const body = renderDigestBody({ ...base, state: full, block: { kind: 'kept', lines: [] } });
    expect(body.startsWith('<!-- paperlist:digest {')).toBe(true);
    expect(decodeDigestState(body)).toEqual(full);
  });
});

describe('the record', () => {
  it('cannot end its comment early, whatever a section is named', () => {
    const s: DigestState = {
      ...EMPTY_DIGEST,
      offered: [{ id: '2611.00001', number: 1, section: 'a --> <b>' }],
    };
    const line = encodeDigestState(s);
    expect(line.indexOf('-->')).toBe(line.length - 3);
    expect(decodeDigestState(line)).toEqual(s);
  });

  it('stays bounded: the oldest declined ids are forgotten first', () => {
    const declined = Array.from({ length: 5000 }, (_, i) => `2611.${String(i).padStart(5, '0')}`);
    const offered = Array.from({ length: 500 }, (_, i) => ({
      id: `2612.${String(i).padStart(5, '0')}`,
      number: i + 1,
      section: `S${'x'.repeat(200)}${i % 50}`,
    }));
    const line = encodeDigestState({ ...EMPTY_DIGEST, declined, offered });
    expect(line.length).toBeLessThanOrEqual(RECORD_MAX);
    const back = decodeDigestState(line);
    expect(back?.declined.at(-1)).toBe('2611.04999');
    expect(back?.declined.includes('2611.00000')).toBe(false);
  });

  it('is undefined for a body without one or with a broken one', () => {
    expect(decodeDigestState('just text')).toBeUndefined();
    expect(decodeDigestState('<!-- paperlist:digest {"v":2} -->')).toBeUndefined();
    expect(decodeDigestState('<!-- paperlist:digest {oops -->')).toBeUndefined();
  });
});

describe('firstSentence', () => {
  it('stops at the first sentence end, not at an abbreviation or a number', () => {
    expect(
      firstSentence('We use e.g. CNNs as in the work of Smith et al. on results. Then more.'),
    ).toBe('We use e.g. CNNs as in the work of Smith et al. on results.');
    expect(firstSentence('Context. Structured abstracts open with a word. Then more.')).toBe(
      'Context. Structured abstracts open with a word.',
    );
    expect(firstSentence('An accuracy of 93.5 percent is kept on every benchmark. Next.')).toBe(
      'An accuracy of 93.5 percent is kept on every benchmark.',
    );
    expect(firstSentence('No end at all')).toBe('No end at all');
  });

  it('cuts a very long sentence with an ellipsis', () => {
    const s = firstSentence('word '.repeat(200));
    expect([...s].length).toBeLessThanOrEqual(280);
    expect(s.endsWith('…')).toBe(true);
  });
});
