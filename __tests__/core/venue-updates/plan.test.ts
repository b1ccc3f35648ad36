// The scheduled venue look-up, without an emulator or a network: which entries are candidates and in
// what order they are asked, how the state moves, what the pull request should do, and that a change a
// maintainer declined (by closing the pull request) is never proposed again.
import { describe, expect, test } from 'vitest';
import type { Paper, PaperList } from '../../../src/core/types.js';
import {
  pickCandidates,
  preprintEntries,
  RECHECK_AFTER_DAYS,
} from '../../../src/core/venue-updates/candidates.js';
import {
  planVenueUpdates,
  proposedYear,
  type LookupAnswer,
  type VenuePull,
} from '../../../src/core/venue-updates/plan.js';
import {
  EMPTY_STATE,
  parseVenueState,
  serializeVenueState,
  type VenueState,
} from '../../../src/core/venue-updates/state.js';
import { readProposalRecord, renderVenuePullBody } from '../../../src/core/venue-updates/body.js';

const paper = (title: string, more: Partial<Paper> = {}): Paper => ({
  title,
  links: [],
  extra: {},
  ...more,
});
const arxivLink = (id: string) => [{ label: 'PDF', url: `https://arxiv.org/pdf/${id}` }];

const LIST: PaperList = {
  sections: [
    {
      name: 'A',
      category: 'c',
      papers: [
        paper('Preprint by link', { venue: 'arXiv', links: arxivLink('1703.09844') }),
        paper('Set by a person', { venue: 'ICML', links: arxivLink('1709.01686') }),
        paper('No identifier', { venue: 'arXiv' }),
        paper('CoRR by field', { venue: 'CoRR', extra: { arxiv: '2102.04906' } }),
        paper('Empty by DOI field', { extra: { doi: '10.1145/3527155' } }),
        paper('arXiv DOI', { venue: '', extra: { doi: '10.48550/arXiv.1902.02534' } }),
      ],
    },
  ],
};
const NOW = new Date('2026-12-01T10:00:00Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

const found = (venue: string): LookupAnswer => ({
  kind: 'found',
  venue: { venue, source: 'dblp', url: 'https://dblp.org/rec/x' },
});

describe('candidates', () => {
  test('only preprint venues (arXiv, CoRR, empty) with an identifier; a person’s venue never', () => {
    const entries = preprintEntries(LIST);
    expect(entries.map((e) => [e.title, e.key])).toEqual([
      ['Preprint by link', 'arxiv:1703.09844'],
      ['CoRR by field', 'arxiv:2102.04906'],
      ['Empty by DOI field', 'doi:10.1145/3527155'],
      ['arXiv DOI', 'arxiv:1902.02534'],
    ]);
  });

  test('never checked first, then oldest checked; recently checked ones wait; bounded', () => {
    const entries = preprintEntries(LIST);
    const state: VenueState = {
      ...EMPTY_STATE,
      checked: {
        'arxiv:1703.09844': ago(RECHECK_AFTER_DAYS + 30),
        'arxiv:2102.04906': ago(RECHECK_AFTER_DAYS + 1),
        'doi:10.1145/3527155': ago(1),
      },
    };
    expect(pickCandidates(entries, state, NOW, 10).map((c) => c.key)).toEqual([
      'arxiv:1902.02534',
      'arxiv:1703.09844',
      'arxiv:2102.04906',
    ]);
    expect(pickCandidates(entries, state, NOW, 2).map((c) => c.key)).toEqual([
      'arxiv:1902.02534',
      'arxiv:1703.09844',
    ]);
  });

  test('a 5,000-paper list is covered over successive runs, never all at once', () => {
    const big: PaperList = {
      sections: [
        {
          name: 'S',
          category: 'c',
          papers: Array.from({ length: 5000 }, (_, i) =>
            paper(`P${i}`, {
              venue: 'arXiv',
              extra: { arxiv: `2101.${String(i).padStart(5, '0')}` },
            }),
          ),
        },
      ],
    };
    const entries = preprintEntries(big);
    let state = EMPTY_STATE;
    const asked = new Set<string>();
    for (let run = 0; run < 50; run++) {
      const now = new Date(NOW.getTime() + run * DAY);
      const picked = pickCandidates(entries, state, now, 100);
      expect(picked).toHaveLength(100);
      for (const c of picked) asked.add(c.key);
      const answers = new Map(picked.map((c) => [c.key, { kind: 'none' } as LookupAnswer]));
      state = planVenueUpdates({ entries, state, answers, now }).state;
    }
    expect(asked.size).toBe(5000);
  });
});

describe('the plan', () => {
  const entries = preprintEntries(LIST);
  const openPull = (proposals: Record<string, string>): VenuePull => ({
    number: 7,
    url: 'https://github.com/o/r/pull/7',
    state: 'open',
    merged: false,
    proposals: Object.fromEntries(Object.entries(proposals).map(([k, venue]) => [k, { venue }])),
  });

  test('a found venue is remembered and proposed; a new pull request is opened', () => {
    const answers = new Map([
      ['arxiv:1703.09844', found('ICLR')],
      ['arxiv:2102.04906', { kind: 'none' } as LookupAnswer],
      ['doi:10.1145/3527155', { kind: 'failed' } as LookupAnswer],
    ]);
    const plan = planVenueUpdates({ entries, state: EMPTY_STATE, answers, now: NOW });
    expect(plan.proposals.map((p) => [p.candidate.title, p.to.venue])).toEqual([
      ['Preprint by link', 'ICLR'],
    ]);
    expect(plan.pull).toEqual({ kind: 'create' });
    expect(plan.stateChanged).toBe(true);
    // A failed look-up is not marked as checked: the next run asks again.
    expect(Object.keys(plan.state.checked).sort()).toEqual([
      'arxiv:1703.09844',
      'arxiv:2102.04906',
    ]);
  });

  test('the same proposals as the open pull request: kept; other ones: updated', () => {
    const state: VenueState = {
      ...EMPTY_STATE,
      checked: { 'arxiv:1703.09844': ago(1) },
      found: { 'arxiv:1703.09844': { venue: 'ICLR', source: 'dblp' } },
    };
    const same = planVenueUpdates({
      entries,
      state,
      answers: new Map(),
      pull: openPull({ 'arxiv:1703.09844': 'ICLR' }),
      now: NOW,
    });
    expect(same.pull.kind).toBe('keep');
    expect(same.stateChanged).toBe(false);
    const more = planVenueUpdates({
      entries,
      state,
      answers: new Map([['arxiv:2102.04906', found('NeurIPS')]]),
      pull: openPull({ 'arxiv:1703.09844': 'ICLR' }),
      now: NOW,
    });
    expect(more.pull.kind).toBe('update');
    expect(more.proposals.map((p) => p.to.venue)).toEqual(['ICLR', 'NeurIPS']);
  });

  test('a closed, unmerged pull request declines its changes for good; another venue is new', () => {
    const state: VenueState = {
      ...EMPTY_STATE,
      checked: { 'arxiv:1703.09844': ago(1) },
      found: { 'arxiv:1703.09844': { venue: 'ICLR', source: 'dblp' } },
    };
    const closed: VenuePull = { ...openPull({ 'arxiv:1703.09844': 'ICLR' }), state: 'closed' };
    const after = planVenueUpdates({ entries, state, answers: new Map(), pull: closed, now: NOW });
    expect(after.proposals).toEqual([]);
    expect(after.pull).toEqual({ kind: 'none' });
    expect(after.state.declined).toEqual({ 'arxiv:1703.09844': 'ICLR' });
    // Weeks later the services still say ICLR: still not proposed, even with no pull request left.
    const later = new Date(NOW.getTime() + 30 * DAY);
    const again = planVenueUpdates({
      entries,
      state: after.state,
      answers: new Map([['arxiv:1703.09844', found('ICLR')]]),
      now: later,
    });
    expect(again.proposals).toEqual([]);
    // A different venue found later is a different change, and is proposed.
    const other = planVenueUpdates({
      entries,
      state: after.state,
      answers: new Map([['arxiv:1703.09844', found('TPAMI')]]),
      now: later,
    });
    expect(other.proposals.map((p) => p.to.venue)).toEqual(['TPAMI']);
    expect(other.pull).toEqual({ kind: 'create' });
  });

  test('a merged pull request declines nothing; an entry no longer a preprint is forgotten', () => {
    const state: VenueState = {
      ...EMPTY_STATE,
      checked: { 'arxiv:1709.01686': ago(1) },
      found: { 'arxiv:1709.01686': { venue: 'ICML', source: 'dblp' } },
    };
    const merged: VenuePull = {
      ...openPull({ 'arxiv:1709.01686': 'ICML' }),
      state: 'closed',
      merged: true,
    };
    const plan = planVenueUpdates({ entries, state, answers: new Map(), pull: merged, now: NOW });
    expect(plan.state).toEqual(EMPTY_STATE);
    expect(plan.pull).toEqual({ kind: 'none' });
  });

  test('nothing left to propose while the pull request is open: it is closed', () => {
    const plan = planVenueUpdates({
      entries,
      state: EMPTY_STATE,
      answers: new Map(),
      pull: openPull({ 'arxiv:1709.01686': 'ICML' }),
      now: NOW,
    });
    expect(plan.pull.kind).toBe('close');
  });
});

describe('the state file and the pull request body', () => {
  test('the state reads back as written; anything else is no state', () => {
    const state: VenueState = {
      checked: { 'b:1': ago(2), 'a:1': ago(1) },
      found: { 'a:1': { venue: 'ICLR', source: 'dblp', url: 'https://dblp.org/rec/x' } },
      declined: { 'c:1': 'NeurIPS' },
    };
    const text = serializeVenueState(state);
    expect(parseVenueState(text)).toEqual(state);
    expect(text.indexOf('"a:1"')).toBeLessThan(text.indexOf('"b:1"'));
    expect(parseVenueState('{"version":2}')).toBeUndefined();
    expect(parseVenueState('not json')).toBeUndefined();
  });

  test('the body lists each change with its source link, escaped, and records the proposals', () => {
    const [candidate] = preprintEntries({
      sections: [
        {
          name: 'A',
          category: 'c',
          papers: [
            paper('A | @team #12 title', { venue: 'arXiv', extra: { arxiv: '1703.09844' } }),
          ],
        },
      ],
    });
    if (!candidate) throw new Error('no candidate');
    const body = renderVenuePullBody(
      [
        {
          candidate,
          to: { venue: 'ICLR --> x', source: 'dblp', url: 'https://dblp.org/rec/conf/iclr/X' },
        },
      ],
      'data.yaml',
    );
    const row = body.split('\n').find((l) => l.includes('title'));
    expect(row).toContain('A \\| @\u2060team #\u206012 title');
    expect(row).toContain('[DBLP](https://dblp.org/rec/conf/iclr/X)');
    expect(body.split('-->')).toHaveLength(2);
    expect(readProposalRecord(body)).toEqual({ 'arxiv:1703.09844': { venue: 'ICLR --> x' } });
    expect(readProposalRecord('a body written by a person')).toEqual({});
    // The record's first form (identifier -> venue) is still read.
    const older = '<!-- paperlist:venue-updates {"arxiv:1703.09844":"ICLR"} -->\ntext';
    expect(readProposalRecord(older)).toEqual({ 'arxiv:1703.09844': { venue: 'ICLR' } });
  });
});

describe('the venue’s year', () => {
  const list: PaperList = {
    sections: [
      {
        name: 'A',
        category: 'c',
        papers: [
          paper('MSDNet', { venue: 'arXiv', year: '2017', extra: { arxiv: '1703.09844' } }),
          paper('Same year', { venue: 'CoRR', year: '2019', extra: { arxiv: '1902.02534' } }),
          paper('No year yet', { venue: '', extra: { arxiv: '2102.04906' } }),
          paper('Set by a person', { venue: 'ICPR', year: '2016', extra: { arxiv: '1709.01686' } }),
        ],
      },
    ],
  };
  const entries = preprintEntries(list);
  const withYear = (venue: string, year: string): LookupAnswer => ({
    kind: 'found',
    venue: { venue, year, source: 'dblp', url: 'https://dblp.org/rec/x' },
  });
  const answers = new Map([
    ['arxiv:1703.09844', withYear('ICLR', '2018')],
    ['arxiv:1902.02534', withYear('ISSI', '2019')],
    ['arxiv:2102.04906', withYear('NeurIPS', '2021')],
    // A published venue's entry is never asked; were it answered, it would still not change.
    ['arxiv:1709.01686', withYear('ICPR', '2017')],
  ]);
  const plan = planVenueUpdates({ entries, state: EMPTY_STATE, answers, now: NOW });

  test('a preprint gets the venue’s year; the same year or a person’s venue is left alone', () => {
    expect(plan.proposals.map((p) => [p.candidate.title, p.to.venue, proposedYear(p)])).toEqual([
      ['MSDNet', 'ICLR', '2018'],
      ['Same year', 'ISSI', undefined],
      ['No year yet', 'NeurIPS', '2021'],
    ]);
    expect(plan.state.found['arxiv:1703.09844']?.year).toBe('2018');
  });

  test('the pull request’s list says so, and its record holds the year', () => {
    const body = renderVenuePullBody(plan.proposals, 'data.yaml');
    const rows = body.split('\n').filter((l) => l.startsWith('| ') && !/^\| (Paper|---)/.test(l));
    expect(rows.map((r) => r.split(' | ').slice(0, 4))).toEqual([
      ['| MSDNet', 'arXiv', 'ICLR', '2017 → 2018'],
      ['| Same year', 'CoRR', 'ISSI', '2019'],
      ['| No year yet', '(empty)', 'NeurIPS', '(empty) → 2021'],
    ]);
    expect(body).toContain('| Paper | Venue now | Proposed venue | Year | Source |');
    expect(readProposalRecord(body)).toEqual({
      'arxiv:1703.09844': { venue: 'ICLR', year: '2018' },
      'arxiv:1902.02534': { venue: 'ISSI' },
      'arxiv:2102.04906': { venue: 'NeurIPS', year: '2021' },
    });
  });

  test('an open pull request that proposes the venue without its year is updated', () => {
    const old: VenuePull = {
      number: 7,
      url: 'https://github.com/o/r/pull/7',
      state: 'open',
      merged: false,
      proposals: {
        'arxiv:1703.09844': { venue: 'ICLR' },
        'arxiv:1902.02534': { venue: 'ISSI' },
        'arxiv:2102.04906': { venue: 'NeurIPS', year: '2021' },
      },
    };
    const again = planVenueUpdates({
      entries,
      state: plan.state,
      answers: new Map(),
      pull: old,
      now: NOW,
    });
    expect(again.pull.kind).toBe('update');
    const current: VenuePull = {
      ...old,
      proposals: readProposalRecord(renderVenuePullBody(plan.proposals, 'd')),
    };
    const same = planVenueUpdates({
      entries,
      state: plan.state,
      answers: new Map(),
      pull: current,
      now: NOW,
    });
    expect(same.pull.kind).toBe('keep');
  });

  test('a closed pull request declines the venue (whatever the year)', () => {
    const closed: VenuePull = {
      number: 7,
      url: 'u',
      state: 'closed',
      merged: false,
      proposals: { 'arxiv:1703.09844': { venue: 'ICLR', year: '2018' } },
    };
    const after = planVenueUpdates({
      entries,
      state: plan.state,
      answers: new Map(),
      pull: closed,
      now: NOW,
    });
    expect(after.state.declined).toEqual({ 'arxiv:1703.09844': 'ICLR' });
    expect(after.proposals.map((p) => p.candidate.title)).toEqual(['Same year', 'No year yet']);
  });

  test('the state keeps the year', () => {
    expect(parseVenueState(serializeVenueState(plan.state))).toEqual(plan.state);
  });
});
