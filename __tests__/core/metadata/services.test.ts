// The service records: each trust order is a strict order of every service (no two services share
// a rank), OpenReview's API v1 stands right after v2, and the merge follows the records: a value
// from OpenReview (API v1) loses to arXiv's and OpenReview's and wins over Crossref's.
import { describe, expect, test } from 'vitest';
import { mergePaper } from '../../../src/core/metadata/merge.js';
import {
  SERVICE_LIST,
  SERVICES,
  isServiceName,
  serviceLabel,
  trustOrder,
} from '../../../src/core/metadata/services.js';
import type { FetchedPaper, TrustOrder } from '../../../src/core/metadata/types.js';
import { buildVocabulary } from '../../../src/core/metadata/venue.js';
import { VARIABLES } from '../../metadata-servers/replay.js';

const ORDERS: TrustOrder[] = ['record', 'venue'];

describe('service records', () => {
  test.each(ORDERS)('the %s order ranks every service once', (order) => {
    const ranks = SERVICE_LIST.map((s) => SERVICES[s].ranks[order]);
    expect(new Set(ranks).size).toBe(SERVICE_LIST.length);
    expect(ranks.every((r) => Number.isInteger(r) && r >= 1)).toBe(true);
    expect([...trustOrder(order)].sort()).toEqual([...SERVICE_LIST].sort());
  });

  test('OpenReview (API v1) stands right after API v2 in both orders', () => {
    for (const order of ORDERS) {
      const o = trustOrder(order);
      expect(o.indexOf('openreview1')).toBe(o.indexOf('openreview') + 1);
    }
    expect(trustOrder('record').slice(0, 4)).toEqual(['arxiv', 'openreview', 'openreview1', 'acl']);
  });

  test('labels, and names read back from stored records', () => {
    expect(serviceLabel('openreview1')).toBe('OpenReview (API v1)');
    expect(isServiceName('dblp')).toBe(true);
    expect(isServiceName('typed')).toBe(false);
    expect(isServiceName('toString')).toBe(false);
  });

  test('every base URL is https and every variable is distinct', () => {
    const records = SERVICE_LIST.map((s) => SERVICES[s]);
    expect(records.every((r) => r.baseUrl.startsWith('https://'))).toBe(true);
    expect(new Set(records.map((r) => r.baseUrlVariable)).size).toBe(records.length);
    // The replay server's list is written from the README, apart from the records.
    for (const s of SERVICE_LIST) expect(SERVICES[s].baseUrlVariable).toBe(VARIABLES[s]);
  });
});

const vocabulary = buildVocabulary({ sections: [] });
const paper = (source: FetchedPaper['source'], title: string, venue?: string): FetchedPaper => ({
  source,
  title,
  year: '2020',
  ...(venue !== undefined ? { venue, preprint: false } : { preprint: true }),
  ids: {},
});

describe('the merge follows the records', () => {
  const v1 = paper('openreview1', 'From API v1', 'ICLR');
  test('API v1 loses the title to arXiv and to API v2, wins it over Crossref', () => {
    const merge = (fetched: FetchedPaper[]) =>
      mergePaper({ typed: {}, linkIds: {}, fetched, vocabulary, usesAbbreviations: false });
    expect(merge([v1, paper('arxiv', 'From arXiv')]).values.title?.source).toBe('arxiv');
    expect(merge([v1, paper('openreview', 'From API v2')]).values.title?.source).toBe('openreview');
    expect(merge([paper('crossref', 'From Crossref'), v1]).values.title?.source).toBe(
      'openreview1',
    );
  });

  test('API v1 loses the venue to DBLP, wins it over Crossref', () => {
    const merge = (fetched: FetchedPaper[]) =>
      mergePaper({ typed: {}, linkIds: {}, fetched, vocabulary, usesAbbreviations: false });
    expect(merge([v1, paper('dblp', 'T', 'NeurIPS')]).values.venue?.source).toBe('dblp');
    expect(merge([paper('crossref', 'T', 'NeurIPS'), v1]).values.venue?.source).toBe('openreview1');
  });
});
