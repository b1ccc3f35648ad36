// A metadata service's answer is read up to the named bound and refused past it, against a local
// server that answers with a body of the size each test asks for.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { systemClock } from '../../../src/adapters/clock.js';
import { Pacer, request } from '../../../src/adapters/metadata/http.js';
import { BOUNDS } from '../../../src/core/limits/bounds.js';

let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const size = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('size'));
    res.writeHead(200, { 'content-type': 'application/json' }).end('x'.repeat(size));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ask = (size: number) =>
  request(`${origin}/?size=${size}`, {
    pacer: new Pacer(0, systemClock),
    clock: systemClock,
    timeoutMs: 10_000,
    retries: 0,
    backoffMs: 1,
    maxRetryAfterMs: 1,
    maxBytes: BOUNDS.metadataAnswerBytes.max,
    headers: {},
  });

test('an answer just under the bound is read, just over it is refused unread', async () => {
  const max = BOUNDS.metadataAnswerBytes.max;
  const under = await ask(max);
  expect(under.ok && under.answer.body.length).toBe(max);
  expect(await ask(max + 1)).toEqual({
    ok: false,
    message: 'the answer was larger than 4096 KB',
    answered: true,
  });
});
