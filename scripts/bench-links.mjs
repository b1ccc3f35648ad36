// Link-check benchmark: bundles the checker with esbuild, serves 1,000 synthetic links from 20
// local servers (20 host:port pairs) and runs `checkLinks` with its defaults, except for the
// timeout (3 s instead of 10 s, so the slow links cost less; override with BENCH_LINKS_TIMEOUT_MS).
// Mix: 5% dead (404), 5% slow (5 s, beyond the timeout), 3% rate-limited (429, Retry-After: 1),
// the rest live; every answer takes 20-200 ms. Prints the wall time, the results per status and the
// highest number of requests in flight, overall and for one host: as the checker saw them (its
// fetch calls) and as the servers saw them (a timed-out request's socket closes a moment after the
// checker has moved on, so the servers may briefly count one more).
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { pathToFileURL } from 'node:url';
import { seeded } from './bench/seeded.mjs';

const root = resolve(import.meta.dirname, '..');
const LINKS = 1000;
const HOSTS = 20;
const SLOW_MS = 5000;
const timeoutMs = Number(process.env.BENCH_LINKS_TIMEOUT_MS ?? 3000);
const concurrency = process.env.BENCH_LINKS_CONCURRENCY
  ? Number(process.env.BENCH_LINKS_CONCURRENCY)
  : undefined;

async function loadChecker() {
  const out = await build({
    entryPoints: [join(root, 'src/adapters/http/check-links.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
  });
  const dir = mkdtempSync(join(tmpdir(), 'paperlist-bench-links-'));
  const file = join(dir, 'check-links.mjs');
  writeFileSync(file, out.outputFiles[0].contents);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const load = { inFlight: 0, max: 0, requests: 0, host: new Map(), hostMax: new Map() };

function serve(req, res) {
  const host = req.headers.host;
  load.requests++;
  load.inFlight++;
  load.max = Math.max(load.max, load.inFlight);
  const n = (load.host.get(host) ?? 0) + 1;
  load.host.set(host, n);
  load.hostMax.set(host, Math.max(load.hostMax.get(host) ?? 0, n));
  let open = true;
  const leave = () => {
    if (!open) return;
    open = false;
    load.inFlight--;
    load.host.set(host, load.host.get(host) - 1);
  };
  res.on('close', leave);

  // Path: /<kind>/<latency ms>/<n>
  const [, kind, latency] = req.url.split('/');
  const code = { live: 200, dead: 404, limited: 429, slow: 200 }[kind] ?? 404;
  const headers = kind === 'limited' ? { 'retry-after': '1' } : {};
  const timer = setTimeout(
    () => {
      res.writeHead(code, headers);
      res.end();
    },
    kind === 'slow' ? SLOW_MS : Number(latency),
  );
  res.on('close', () => clearTimeout(timer));
}

const servers = [];
for (let i = 0; i < HOSTS; i++) {
  const server = createServer(serve);
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  servers.push(server);
}

// Seeded, so every run serves the same mix.
const rand = seeded(20260102);
const links = [];
const planned = { live: 0, dead: 0, slow: 0, limited: 0 };
for (let i = 0; i < LINKS; i++) {
  const r = rand();
  const kind = r < 0.05 ? 'dead' : r < 0.1 ? 'slow' : r < 0.13 ? 'limited' : 'live';
  planned[kind]++;
  const port = servers[Math.floor(rand() * HOSTS)].address().port;
  const latency = 20 + Math.floor(rand() * 181);
  links.push({
    url: `http://127.0.0.1:${port}/${kind}/${latency}/${i}`,
    uses: [{ section: 'Bench', title: `Paper ${i}`, label: 'PAGE' }],
  });
}

/** Global fetch, counting the requests in flight from the checker's side. */
const client = { inFlight: 0, max: 0, host: new Map(), hostMax: new Map() };
async function countingFetch(input, init) {
  const host = new URL(String(input)).host;
  client.inFlight++;
  client.max = Math.max(client.max, client.inFlight);
  const n = (client.host.get(host) ?? 0) + 1;
  client.host.set(host, n);
  client.hostMax.set(host, Math.max(client.hostMax.get(host) ?? 0, n));
  try {
    return await globalThis.fetch(input, init);
  } finally {
    client.inFlight--;
    client.host.set(host, client.host.get(host) - 1);
  }
}

const { checkLinks } = await loadChecker();
const options = { timeoutMs, ...(concurrency === undefined ? {} : { concurrency }) };
const started = performance.now();
const results = await checkLinks(links, { ...options, fetch: countingFetch });
const seconds = (performance.now() - started) / 1000;

for (const server of servers) {
  server.closeAllConnections();
  server.close();
}

const counts = { ok: 0, dead: 0, unchecked: 0 };
for (const r of results) counts[r.status]++;
console.log(
  `checkLinks on ${LINKS} links over ${HOSTS} hosts, node ${process.version}, ` +
    `options ${JSON.stringify(options)} (other options at their defaults)`,
);
console.log(
  `planned: ${planned.live} live, ${planned.dead} dead, ${planned.slow} slow, ${planned.limited} rate-limited`,
);
console.log(`total time: ${seconds.toFixed(1)} s (target: under 30 s)`);
console.log(
  `results: ${counts.ok} ok, ${counts.dead} dead, ${counts.unchecked} could not be checked`,
);
console.log(`requests served: ${load.requests}`);
const hostMax = (map) => Math.max(...map.values());
console.log(
  `max in flight, checker side: ${client.max} overall, ${hostMax(client.hostMax)} for one host`,
);
console.log(
  `max in flight, server side: ${load.max} overall, ${hostMax(load.hostMax)} for one host`,
);
