import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SECONDARY_RATE_LIMIT_MESSAGE, startEmulator, type Emulator } from '../emulator/index.js';
import { client, failure, type Client } from './client.js';

let emulator: Emulator;
let gh: Client;
const repo = { owner: 'octo', repo: 'list' };
const CONTENTS = '/repos/octo/list/contents/data.yaml';

beforeEach(async () => {
  emulator = await startEmulator();
  emulator.createRepo({ owner: 'octo', name: 'list', files: { 'data.yaml': 'a: 1\n' } });
  gh = client(emulator);
});
afterEach(() => emulator.close());

const getData = () =>
  gh.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path: 'data.yaml' });

describe('fault injection', () => {
  it('a 502 on the first GET contents is retried by the client and then succeeds', async () => {
    emulator.failNext({ method: 'GET', path: CONTENTS, status: 502 });
    const { status } = await getData();
    expect(status).toBe(200);
    expect(emulator.findRequests('GET', CONTENTS).map((r) => r.status)).toEqual([502, 200]);
    expect(emulator.pendingFaults()).toEqual([]);
  });

  it('fails the nth matching call for `times` calls, then lets calls through', async () => {
    emulator.failNext({ path: /\/contents\//, status: 500, nth: 2, times: 2 });
    await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path: 'data.yaml',
      request: { retries: 0 },
    });
    const second = await failure(
      gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
        ...repo,
        path: 'data.yaml',
        request: { retries: 0 },
      }),
    );
    expect(second).toEqual({
      status: 500,
      data: {
        message: 'Server Error',
        documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
      },
    });
    await getData();
    expect(emulator.findRequests('GET', CONTENTS).map((r) => r.status)).toEqual([
      200, 500, 500, 200,
    ]);
  });

  it('answers a secondary rate limit as GitHub does: 403, its message and retry-after', async () => {
    emulator.failNext({ method: 'POST', path: '/repos/octo/list/issues', status: 403 });
    const res = await fetch(`${emulator.url}/repos/octo/list/issues`, {
      method: 'POST',
      headers: { authorization: `token ${emulator.token}` },
      body: JSON.stringify({ title: 'x' }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(((await res.json()) as { message: string }).message).toBe(SECONDARY_RATE_LIMIT_MESSAGE);
    expect(emulator.getIssues('octo/list')).toEqual([]);
  });

  it('can send 429 with custom headers and body', async () => {
    emulator.failNext({
      path: CONTENTS,
      status: 429,
      headers: { 'retry-after': '7' },
      body: { message: 'slow down' },
    });
    const res = await fetch(`${emulator.url}${CONTENTS}`, {
      headers: { authorization: `token ${emulator.token}` },
    });
    expect([
      res.status,
      res.headers.get('retry-after'),
      res.headers.get('x-ratelimit-remaining'),
    ]).toEqual([429, '7', '0']);
    expect(await res.json()).toEqual({ message: 'slow down' });
  });

  it('drops the connection; the retrying client recovers', async () => {
    emulator.failNext({ path: CONTENTS, drop: true });
    const { status } = await getData();
    expect(status).toBe(200);
    expect(emulator.findRequests('GET', CONTENTS).map((r) => [r.status, r.fault ?? false])).toEqual(
      [
        [0, true],
        [200, false],
      ],
    );
  });

  it('applies a write and then fails its answer when afterHandling is set', async () => {
    const sha = emulator.branchSha('octo/list', 'main') as string;
    emulator.failNext({
      method: 'POST',
      path: '/repos/octo/list/git/refs',
      status: 502,
      afterHandling: true,
    });
    const lost = await failure(
      gh.request('POST /repos/{owner}/{repo}/git/refs', {
        ...repo,
        ref: 'refs/heads/topic',
        sha,
        request: { retries: 0 },
      }),
    );
    expect(lost.status).toBe(502);
    expect(emulator.branchSha('octo/list', 'topic')).toBe(sha);
  });

  it('delays an answer without failing it', async () => {
    emulator.failNext({ path: CONTENTS, delayMs: 150 });
    const start = Date.now();
    await getData();
    expect(Date.now() - start).toBeGreaterThanOrEqual(140);
  });

  it('logs method, decoded path, query, body and status, and counts by pattern', async () => {
    await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path: 'data.yaml',
      ref: 'main',
    });
    await gh.request('POST /repos/{owner}/{repo}/issues', { ...repo, title: 'T' });
    expect(emulator.requests.map((r) => [r.method, r.path, r.query, r.body, r.status])).toEqual([
      ['GET', CONTENTS, { ref: 'main' }, undefined, 200],
      ['POST', '/repos/octo/list/issues', {}, { title: 'T' }, 201],
    ]);
    expect(emulator.countRequests('*', /^\/repos\/octo\/list\//)).toBe(2);
    expect(emulator.countRequests('post', /issues/)).toBe(1);
    emulator.clearRequests();
    expect(emulator.requests).toEqual([]);
  });
});
