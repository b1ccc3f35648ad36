// The services' answers a suggestion keeps in its pull request's record: planned into the record with
// the issue text they were asked for, read back for that same text only (an edited issue, or a record
// that does not hold them whole, gives nothing, so the rebuild asks again), and a PR whose record
// names another text is not left as it is.
import { describe, expect, test } from 'vitest';
import { readAnswers } from '../../src/core/form/answers.js';
import type { LookedUp } from '../../src/core/metadata/suggestion.js';
import { mergePaper } from '../../src/core/metadata/merge.js';
import { buildVocabulary } from '../../src/core/metadata/venue.js';
import { issueTextKey, keepLookup, keptLookup } from '../../src/flows/suggestion/kept-lookup.js';
import { decodeRecord } from '../../src/flows/suggestion/marker.js';
import { planSuggestion, pullBody } from '../../src/flows/suggestion/plan.js';
import type { IssuePayload } from '../../src/flows/suggestion/payload.js';
import { formBody } from '../e2e/suggestion/setup.js';
import { exampleList, HEAD, issueEvent, PATHS, pullRequest } from './reads.js';

const LOOKED: LookedUp = {
  raw: 'https://arxiv.org/abs/1709.01686',
  link: { kind: 'arxiv', id: '1709.01686' },
  result: {
    fetched: [
      {
        source: 'dblp',
        title: 'BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks',
        venue: 'ICPR',
        year: '2016',
        ids: {},
        url: 'https://dblp.org/rec/conf/icpr/TeerapittayanonM16',
      },
    ],
    gaps: [{ service: 'arxiv', kind: 'not-found', message: 'no entry' }],
    linkIds: { arxiv: '1709.01686' },
  },
};
const BODY = `### Link\n\n${LOOKED.raw}\n\n${formBody({ title: '', abbr: '', venue: '', year: '', sections: ['EEN Design'], page: '' })}`;

describe('kept look-ups', () => {
  test('kept with the text they were asked for, and read back for that text only', () => {
    const kept = keepLookup(BODY, LOOKED);
    expect(kept).toEqual({ text: issueTextKey(BODY), looked: LOOKED });
    const record = {
      issue: 1,
      paper: { title: 't', links: [], extra: {} },
      sections: [],
      fingerprint: 'f',
      ...(kept ? { lookup: kept } : {}),
    };
    expect(keptLookup(record, BODY)).toEqual(LOOKED);
    expect(keptLookup(record, `${BODY}\nedited`)).toBeUndefined();
    expect(keptLookup({ ...record, lookup: undefined }, BODY)).toBeUndefined();
    expect(keptLookup(undefined, BODY)).toBeUndefined();
    // A record that does not hold the answers whole is not trusted.
    const broken = {
      ...record,
      lookup: { text: issueTextKey(BODY), looked: { raw: 'x', link: { kind: 'arxiv' } } },
    };
    expect(keptLookup(broken as never, BODY)).toBeUndefined();
  });

  test('a link that was never asked about (no known kind) keeps nothing', () => {
    expect(
      keepLookup(BODY, { raw: 'not a link', link: { kind: 'unknown' } } as LookedUp),
    ).toBeUndefined();
    expect(keepLookup(BODY, undefined)).toBeUndefined();
  });
});

describe('a paper with a thousand authors', () => {
  test('is kept with the authors the entry can use, so the record stays small and the entry the same', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `Author Number${i} Withalongfamilyname`);
    const paper = LOOKED.result?.fetched[0];
    if (!paper) throw new Error('no paper');
    const big: LookedUp = {
      ...LOOKED,
      result: {
        ...(LOOKED.result as NonNullable<LookedUp['result']>),
        fetched: [1, 2, 3].map(() => ({
          ...paper,
          authors: many,
          codeCandidates: ['https://github.com/a/b'],
        })),
      },
    };
    const kept = keepLookup(BODY, big);
    const fetched = kept?.looked.result?.fetched ?? [];
    expect(fetched.map((p) => p.authors?.length)).toEqual([51, 51, 51]);
    expect(fetched.every((p) => p.codeCandidates === undefined)).toBe(true);
    expect(JSON.stringify(kept).length).toBeLessThan(15_000);
    const merge = (looked: LookedUp) =>
      mergePaper({
        typed: {},
        linkIds: {},
        fetched: looked.result?.fetched ?? [],
        vocabulary: buildVocabulary({ sections: [] }),
        usesAbbreviations: false,
      }).authors;
    expect(merge(kept!.looked)).toEqual(merge(big));
    expect(merge(big)?.value).toHaveLength(51);
  });
});

describe('the plan', () => {
  async function planFor(event: IssuePayload, pulls = [] as ReturnType<typeof pullRequest>[]) {
    const list = exampleList();
    const answers = await readAnswers(
      event.issue.body ?? '',
      list.list,
      list.settings,
      () => Promise.resolve(undefined),
      () => undefined,
    );
    return planSuggestion(
      { event, head: HEAD, list, pulls, answers, lookup: LOOKED },
      { paths: PATHS, firstTry: true, firstAttempt: true },
    );
  }

  test('the record keeps the answers with the issue text; the same text again keeps the PR as it is', async () => {
    const first = await planFor(issueEvent('opened', BODY));
    if (first.kind !== 'publish') throw new Error(`expected publish, got ${first.kind}`);
    expect(first.record.lookup).toEqual({ text: issueTextKey(BODY), looked: LOOKED });
    const headSha = 'e'.repeat(40);
    const body = pullBody(first, headSha);
    expect(decodeRecord(body)?.lookup?.looked).toEqual(LOOKED);
    const own = pullRequest({ title: first.title, body, headSha });
    expect((await planFor(issueEvent('edited', BODY, { comments: 1 }), [own])).kind).toBe('keep');
    // The same entry from a text the record does not name: the body is rewritten to name it.
    const spaced = `${BODY}\n`;
    const again = await planFor(issueEvent('edited', spaced, { comments: 1 }), [own]);
    expect(again.kind).toBe('update-text');
    if (again.kind !== 'update-text') return;
    expect(decodeRecord(again.body)?.lookup?.text).toBe(issueTextKey(spaced));
  });
});
