import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLinks } from '../../../src/adapters/http/check-links.js';
import type { LinkRef, LinkResult } from '../../../src/core/links/types.js';
import { Recorder, startLinkServer, type LinkServer } from './link-server.js';
import { manualClock } from './manual-clock.js';

/** Waits (a few seconds at most) until `condition` holds: a wait for the network, not a timing. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(condition()).toBe(true);
}

const use = { section: 'EEN Design', title: 'A Paper', label: 'PDF' };
const refs = (...urls: string[]): LinkRef[] => urls.map((url) => ({ url, uses: [use] }));
/** Short waits so the retries of a whole run take well under a second each. */
const fast = { timeoutMs: 300, retryDelayMs: 20, hostDelayMs: 0 };

describe('checkLinks classifies each kind of answer', () => {
  const recorder = new Recorder();
  let server: LinkServer;
  let results: LinkResult[];
  let o: string;

  beforeAll(async () => {
    server = await startLinkServer(recorder);
    o = server.origin;
    results = await checkLinks(
      refs(
        `${o}/live`,
        `${o}/gone/404`,
        `${o}/gone/410`,
        `${o}/slow`,
        `${o}/flaky/1`,
        `${o}/down`,
        `${o}/limited`,
        `${o}/forbidden`,
        `${o}/login`,
        `${o}/no-head`,
        `${o}/moved`,
        `${o}/moved-dead`,
        `${o}/loop`,
        `${o}/to-ftp`,
        `${o}/drop`,
        'ftp://files.example/paper.pdf',
      ),
      fast,
    );
  });
  afterAll(() => server.close());

  const result = (path: string): Omit<LinkResult, 'url' | 'uses'> => {
    const found = results.find((r) => r.url === o + path);
    if (found === undefined) throw new Error(`no result for ${path}`);
    // toEqual treats an undefined property as absent.
    const { status, code, error, redirectedTo } = found;
    return { status, code, error, redirectedTo };
  };

  test('results keep the input order and the uses', () => {
    expect(results.map((r) => r.url.replace(o, ''))).toEqual([
      '/live',
      '/gone/404',
      '/gone/410',
      '/slow',
      '/flaky/1',
      '/down',
      '/limited',
      '/forbidden',
      '/login',
      '/no-head',
      '/moved',
      '/moved-dead',
      '/loop',
      '/to-ftp',
      '/drop',
      'ftp://files.example/paper.pdf',
    ]);
    expect(results.every((r) => r.uses.length === 1 && r.uses[0] === use)).toBe(true);
  });

  test('a live page is ok, checked with one HEAD request', () => {
    expect(result('/live')).toEqual({ status: 'ok', code: 200 });
    expect(recorder.methodsFor('/live')).toEqual(['HEAD', 'HEAD']); // itself and as /moved's target
  });

  test('404 and 410 are dead at once, without retries', () => {
    expect(result('/gone/404')).toEqual({ status: 'dead', code: 404 });
    expect(result('/gone/410')).toEqual({ status: 'dead', code: 410 });
    expect(recorder.methodsFor('/gone/410')).toEqual(['HEAD']);
  });

  test('a page slower than the timeout is dead after one retry', () => {
    expect(result('/slow')).toEqual({
      status: 'dead',
      error: 'no answer within 300 ms, tried 2 times',
    });
    expect(recorder.methodsFor('/slow')).toEqual(['HEAD', 'HEAD']);
  });

  test('a 500 followed by a 200 is ok after one retry', () => {
    expect(result('/flaky/1')).toEqual({ status: 'ok', code: 200 });
    expect(recorder.methodsFor('/flaky/1')).toEqual(['HEAD', 'HEAD']);
  });

  test('a server error that persists is dead with its code', () => {
    expect(result('/down')).toEqual({ status: 'dead', code: 503, error: 'tried 3 times' });
    expect(recorder.methodsFor('/down')).toEqual(['HEAD', 'HEAD', 'HEAD']);
  });

  test('429, 403 (after GET) and 401 could not be checked', () => {
    expect(result('/limited')).toEqual({ status: 'unchecked', code: 429 });
    expect(recorder.methodsFor('/limited')).toEqual(['HEAD']);
    expect(result('/forbidden')).toEqual({ status: 'unchecked', code: 403 });
    expect(recorder.methodsFor('/forbidden')).toEqual(['HEAD', 'GET']);
    expect(result('/login')).toEqual({ status: 'unchecked', code: 401 });
  });

  test('a server refusing HEAD is asked again with GET', () => {
    expect(result('/no-head')).toEqual({ status: 'ok', code: 200 });
    expect(recorder.methodsFor('/no-head')).toEqual(['HEAD', 'GET']);
  });

  test('redirects are followed and the final address reported', () => {
    expect(result('/moved')).toEqual({ status: 'ok', code: 200, redirectedTo: `${o}/live` });
    expect(result('/moved-dead')).toEqual({
      status: 'dead',
      code: 404,
      redirectedTo: `${o}/gone/404`,
    });
  });

  test('a redirect loop and a redirect to a non-web address are dead', () => {
    expect(result('/loop')).toEqual({ status: 'dead', error: 'more than 10 redirects' });
    expect(recorder.methodsFor('/loop')).toHaveLength(11);
    expect(result('/to-ftp')).toEqual({
      status: 'dead',
      error: 'redirect to a non-web address "ftp://files.example/paper.pdf"',
    });
  });

  test('a dropped connection is dead after the retries', () => {
    expect(result('/drop')).toEqual({
      status: 'dead',
      error: 'connection failed: other side closed (UND_ERR_SOCKET), tried 3 times',
    });
    expect(recorder.methodsFor('/drop')).toEqual(['HEAD', 'HEAD', 'HEAD']);
  });

  test('a URL that is not http(s) is dead and never fetched', () => {
    expect(results.at(-1)).toEqual({
      url: 'ftp://files.example/paper.pdf',
      uses: [use],
      status: 'dead',
      error: 'not an http(s) URL',
    });
  });
});

describe('checkLinks is polite', () => {
  const recorder = new Recorder();
  let a: LinkServer;
  let b: LinkServer;

  beforeAll(async () => {
    [a, b] = await Promise.all([startLinkServer(recorder), startLinkServer(recorder)]);
  });
  afterAll(() => Promise.all([a.close(), b.close()]));

  test('requests in flight never exceed the global bound, which is reached', async () => {
    recorder.requests.length = 0;
    recorder.maxInFlight = 0;
    const urls = Array.from(
      { length: 24 },
      (_, i) => `${i % 2 ? a.origin : b.origin}/delay/${60 + (i % 5) * 10}?n=${i}`,
    );
    const results = await checkLinks(refs(...urls), {
      concurrency: 3,
      perHost: 10,
      hostDelayMs: 0,
    });
    expect(results.map((r) => r.status)).toEqual(urls.map(() => 'ok'));
    expect(recorder.requests).toHaveLength(24);
    expect(recorder.maxInFlight).toBe(3);
  });

  test('each host:port gets at most perHost requests at once, starts hostDelayMs apart', async () => {
    recorder.requests.length = 0;
    recorder.maxInFlight = 0;
    recorder.maxHostInFlight.clear();
    // Three hosts: the same server by IP and by name, and a second port.
    const origins = [a.origin, `http://localhost:${a.port}`, b.origin];
    const hosts = origins.map((origin) => new URL(origin).host);
    const urls = origins.flatMap((origin) =>
      Array.from({ length: 5 }, (_, i) => `${origin}/delay/300?n=${i}`),
    );
    const clock = manualClock();
    const starts: [string, number][] = [];
    const fetchOnClock = ((input: string | URL | Request, init?: RequestInit) => {
      starts.push([new URL(String(input)).host, clock.now()]);
      return fetch(input, init);
    }) as typeof fetch;
    const running = checkLinks(refs(...urls), {
      concurrency: 8,
      perHost: 2,
      hostDelayMs: 100,
      clock,
      fetch: fetchOnClock,
    });
    // The clock stands still: one request per host, the second waits for the host's gap.
    await until(() => recorder.requests.length === 3);
    expect(starts).toEqual(hosts.map((host) => [host, 0]));
    await clock.advance(100);
    expect(starts.slice(3)).toEqual(hosts.map((host) => [host, 100]));
    let done = false;
    void running.then(() => (done = true));
    while (!done) await clock.advance(10);
    const results = await running;
    expect(results.map((r) => r.status)).toEqual(urls.map(() => 'ok'));

    expect([...recorder.maxHostInFlight.keys()].sort()).toEqual([...hosts].sort());
    for (const host of hosts) {
      // At most perHost at once; whether two overlapped depends on the machine's speed, not the rule.
      expect(recorder.maxHostInFlight.get(host)).toBeLessThanOrEqual(2);
      const at = starts.filter(([h]) => h === host).map(([, t]) => t);
      expect(at).toHaveLength(5);
      for (let i = 1; i < at.length; i++) {
        expect((at[i] as number) - (at[i - 1] as number)).toBeGreaterThanOrEqual(100);
      }
    }
    // The hosts were served side by side, not one after another: all three started while the clock
    // stood at 0 (asserted above); the total in flight never passed 3 hosts x perHost.
    expect(recorder.maxInFlight).toBeLessThanOrEqual(6);
  });

  test('a 429 with Retry-After pauses that host, not the others', async () => {
    recorder.requests.length = 0;
    const clock = manualClock();
    const running = checkLinks(
      refs(`${a.origin}/limited`, `${a.origin}/live`, `${b.origin}/live`),
      { perHost: 1, hostDelayMs: 0, clock },
    );
    const arrived = () =>
      recorder.requests.map((r) => `${r.host === new URL(a.origin).host ? 'a' : 'b'}${r.path}`);
    // The other host is served at once; host a waits the Retry-After second on the clock.
    await until(() => clock.pending().includes(1_000));
    expect(arrived().sort()).toEqual(['a/limited', 'b/live']);
    await clock.advance(999);
    expect(arrived()).not.toContain('a/live');
    await clock.advance(1);
    const results = await running;
    expect(results.map((r) => r.status)).toEqual(['unchecked', 'ok', 'ok']);
    expect(arrived().at(-1)).toBe('a/live');
  });
});

describe('checkLinks never rejects for one URL', () => {
  test('a fetch that throws anything is a connection failure of that URL only', async () => {
    const calls: string[] = [];
    const fakeFetch = (async (input: string | URL | Request) => {
      const url = String(input);
      calls.push(url);
      if (url.includes('bad')) throw 'boom';
      return new Response(null, { status: 200 });
    }) as typeof fetch;
    const results = await checkLinks(refs('https://bad.example/x', 'https://good.example/y'), {
      fetch: fakeFetch,
      retries: 1,
      retryDelayMs: 1,
    });
    expect(results).toEqual([
      {
        url: 'https://bad.example/x',
        uses: [use],
        status: 'dead',
        error: 'connection failed: boom, tried 2 times',
      },
      { url: 'https://good.example/y', uses: [use], status: 'ok', code: 200 },
    ]);
    expect(calls).toEqual([
      'https://bad.example/x',
      'https://good.example/y',
      'https://bad.example/x',
    ]);
  });

  test('an address that does not parse is dead without a request', async () => {
    const results = await checkLinks(refs('http://exa mple.org:99999/'), {
      fetch: (() => {
        throw new Error('must not be called');
      }) as typeof fetch,
    });
    expect(results).toEqual([
      { url: 'http://exa mple.org:99999/', uses: [use], status: 'dead', error: 'not a valid URL' },
    ]);
  });
});
