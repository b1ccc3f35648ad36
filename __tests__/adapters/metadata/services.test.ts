// The metadata clients against the local replay server: URLs and headers each service documents,
// pacing (arXiv once per 3 s) on a virtual clock, one lookup per identifier per run, retries bounded,
// and a service that is down, slow or rate-limited reported as unavailable.
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { MetadataClient } from '../../../src/adapters/metadata/client.js';
import { metadataConfig } from '../../../src/adapters/metadata/config.js';
import {
  askAcl,
  askArxiv,
  askCrossref,
  askDatacite,
  askDblp,
  askGithubRepo,
  askOpenReview,
  askOpenReviewV1,
  askS2,
  askS2Title,
} from '../../../src/adapters/metadata/services.js';
import { startMetadataServer, type MetadataServer } from '../../metadata-servers/replay.js';
import { fakeClock, type FakeClock } from '../fake-clock.js';

/** A loopback port nothing listens on (taken from the system, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

let server: MetadataServer;
let clock: FakeClock;
const client = (opts: { contact?: string; s2Key?: string; timeoutMs?: string } = {}) =>
  new MetadataClient(
    metadataConfig({
      env: {
        ...server.env({ github: true }),
        PAPERLIST_METADATA_TIMEOUT_MS: opts.timeoutMs ?? '2000',
      },
      clock,
      ...(opts.contact ? { contact: opts.contact } : {}),
      ...(opts.s2Key ? { s2Key: opts.s2Key } : {}),
    }),
  );

beforeAll(async () => {
  server = await startMetadataServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  for (const k of Object.keys(server.faults)) delete server.faults[k as keyof typeof server.faults];
  clock = fakeClock();
});

describe('arXiv', () => {
  test('a paper, then not found, then a malformed id; requests 3 s apart on the clock', async () => {
    const c = client();
    const found = await askArxiv(c, 'astro-ph/0601001');
    expect(found).toMatchObject({ ok: true, value: { ids: { arxiv: 'astro-ph/0601001' } } });
    expect(await askArxiv(c, '0000.0000')).toMatchObject({ ok: false, kind: 'not-found' });
    expect(await askArxiv(c, 'abc')).toMatchObject({ ok: false, kind: 'unavailable' });
    expect(server.requests.map((r) => r.url)).toEqual([
      '/query?id_list=astro-ph%2F0601001&max_results=1',
      '/query?id_list=0000.0000&max_results=1',
      '/query?id_list=abc&max_results=1',
    ]);
    expect(clock.sleeps).toEqual([3000, 3000]);
  });

  test('one lookup per identifier per run', async () => {
    const c = client();
    await askArxiv(c, '2104.12255');
    await askArxiv(c, '2104.12255');
    expect(server.requests).toHaveLength(1);
  });
});

describe('faults', () => {
  test('a service that stays down: bounded retries with backoff, then unavailable', async () => {
    server.faults.crossref = 'down';
    const r = await askCrossref(client(), '10.1038/s42256-024-00832-8');
    expect(r).toEqual({ ok: false, service: 'crossref', kind: 'unavailable', message: 'HTTP 503' });
    expect(server.requests).toHaveLength(3);
    // Backoff 1 s then 2 s (pacing of 200 ms is inside those waits).
    expect(clock.sleeps.filter((s) => s >= 1000)).toEqual([1000, 2000]);
  });

  test('rate-limited with a long Retry-After: not waited for, reported at once', async () => {
    server.faults.s2 = 'rate-limited';
    const r = await askS2(client(), 'arXiv:2312.07559');
    expect(r).toMatchObject({
      ok: false,
      kind: 'unavailable',
      message: 'rate-limited (HTTP 429); asked to wait 60 s',
    });
    expect(server.requests).toHaveLength(1);
  });

  test('a slow service times out (real timeout, short), a dropped connection is retried', async () => {
    server.faults.dblp = 'slow';
    const slow = await askDblp(client({ timeoutMs: '200' }), 'Some title');
    expect(slow).toMatchObject({
      ok: false,
      kind: 'unavailable',
      message: 'no answer within 0.2 s',
    });
    server.faults.acl = 'reset';
    const reset = await askAcl(client(), 'N04-1001');
    expect(reset).toMatchObject({ ok: false, kind: 'unavailable', message: 'could not connect' });
    expect(server.requests.filter((r) => r.service === 'acl')).toHaveLength(3);
  });
});

describe('a service that gave no answer', () => {
  test('a refused connection is not retried, and is reported as unavailable', async () => {
    const port = await closedPort();
    const c = new MetadataClient(
      metadataConfig({ env: { PAPERLIST_ARXIV_URL: `http://127.0.0.1:${port}` }, clock }),
    );
    const r = await askArxiv(c, '2104.12255');
    expect(r).toEqual({
      ok: false,
      service: 'arxiv',
      kind: 'unavailable',
      message: 'connection refused',
    });
    expect(clock.sleeps).toEqual([]);
    expect(c.sent).toHaveLength(1);
  });

  test('is not asked again in the same run; other services and a new run are', async () => {
    server.faults.crossref = 'down';
    const c = client();
    await askCrossref(c, '10.1038/s42256-024-00832-8');
    expect(server.requests).toHaveLength(3);
    const again = await askCrossref(c, '10.1109/icdcsw.2003.1203662');
    expect(again).toEqual({
      ok: false,
      service: 'crossref',
      kind: 'unavailable',
      message: 'not asked: no answer earlier in this run (HTTP 503)',
    });
    expect(server.requests).toHaveLength(3);
    expect(await askDatacite(c, '10.48550/arxiv.1902.02534')).toMatchObject({ ok: true });
    delete server.faults.crossref;
    expect(await askCrossref(client(), '10.1109/icdcsw.2003.1203662')).toMatchObject({ ok: true });
  });

  test('a 404 is an answer: the service is still asked about other papers', async () => {
    const c = client();
    expect(await askCrossref(c, '10.1371/notarealdoi')).toMatchObject({ kind: 'not-found' });
    expect(await askCrossref(c, '10.1109/icdcsw.2003.1203662')).toMatchObject({ ok: true });
    expect(server.requests).toHaveLength(2);
  });
});

describe('the other services', () => {
  test('Crossref with the contact as mailto; not found as not-found', async () => {
    const c = client({ contact: 'lists@example.org' });
    expect(await askCrossref(c, '10.1109/icdcsw.2003.1203662')).toMatchObject({
      ok: true,
      value: { year: '2003' },
    });
    expect(server.requests[0]?.url).toBe(
      '/works/10.1109%2Ficdcsw.2003.1203662?mailto=lists%40example.org',
    );
    expect(await askCrossref(c, '10.1371/notarealdoi')).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    // Without a contact there is no mailto.
    await askCrossref(client(), '10.1073/pnas.1205508109');
    expect(server.requests.at(-1)?.url).toBe('/works/10.1073%2Fpnas.1205508109');
  });

  test('DataCite, OpenReview, ACL Anthology, DBLP', async () => {
    const c = client();
    expect(await askDatacite(c, '10.48550/arxiv.1902.02534')).toMatchObject({
      ok: true,
      value: { ids: { arxiv: '1902.02534' } },
    });
    expect(await askDatacite(c, '10.48550/arxiv.0000.00000')).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    expect(await askOpenReview(c, 'BSKXsrwVYo')).toMatchObject({
      ok: true,
      value: { venue: 'ICLR' },
    });
    expect(await askOpenReview(c, 'nothere')).toMatchObject({ ok: false, kind: 'not-found' });
    expect(await askOpenReviewV1(c, 'Hk1v1Cnstr')).toMatchObject({
      ok: true,
      service: 'openreview1',
      value: { venue: 'ICLR', year: '2020' },
    });
    expect(await askOpenReviewV1(c, 'nothere')).toMatchObject({ ok: false, kind: 'not-found' });
    expect(server.requests.filter((r) => r.service === 'openreview1').map((r) => r.url)).toEqual([
      '/notes?id=Hk1v1Cnstr',
      '/notes?id=nothere',
    ]);
    expect(await askAcl(c, '2021.naacl-main.208')).toMatchObject({
      ok: true,
      value: { venue: 'NAACL' },
    });
    const title =
      'Crowdsourcing open citations with CROCI -- An analysis of the current status of open citations, and a proposal';
    expect(await askDblp(c, title)).toMatchObject({ ok: true, value: { venue: 'ISSI' } });
    expect(server.requests.find((r) => r.service === 'dblp')?.url).toContain('format=json');
  });

  test('Semantic Scholar: by id with the fields, the key as x-api-key, title match not found', async () => {
    const c = client({ s2Key: 'k-123' });
    expect(await askS2(c, 'arXiv:2312.07559')).toMatchObject({
      ok: true,
      value: { ids: { arxiv: '2312.07559' } },
    });
    const req = server.requests[0];
    expect(req?.url).toMatch(/^\/paper\/arXiv%3A2312\.07559\?fields=title,authors,year,venue,/);
    expect(req?.headers['x-api-key']).toBe('k-123');
    expect(await askS2Title(c, 'No such title')).toMatchObject({ ok: false, kind: 'not-found' });
    await askS2(client(), 'DOI:10.1/x');
    expect(server.requests.at(-1)?.headers['x-api-key']).toBeUndefined();
  });

  test('GitHub /repos: exists or not', async () => {
    const c = client();
    expect(await askGithubRepo(c, 'PyGithub', 'PyGithub')).toEqual({
      ok: true,
      service: 'github',
      value: 'https://github.com/PyGithub/PyGithub',
    });
    expect(await askGithubRepo(c, 'jacquev6', 'Xxx')).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    expect(server.requests[0]?.headers['x-github-api-version']).toBe('2022-11-28');
  });
});
