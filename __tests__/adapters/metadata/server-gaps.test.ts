// Politeness as the service sees it, in real time: three arXiv look-ups against the replay server,
// whose log records when each request arrived. The first connection's handshake is slow (a relay
// holds it 250 ms), as a first request over the network is, while later requests reuse the
// connection: the gaps between arrivals must still be at least arXiv's 3 s. Takes about 6.5 s.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { systemClock } from '../../../src/adapters/clock.js';
import { MetadataClient } from '../../../src/adapters/metadata/client.js';
import { metadataConfig } from '../../../src/adapters/metadata/config.js';
import { askArxiv } from '../../../src/adapters/metadata/services.js';
import { SERVICES } from '../../../src/core/metadata/services.js';
import { startMetadataServer, type MetadataServer } from '../../metadata-servers/replay.js';
import { slowHandshake, type SlowHandshake } from '../../metadata-servers/slow-handshake.js';

let server: MetadataServer;
let relay: SlowHandshake;
beforeAll(async () => {
  server = await startMetadataServer();
  relay = await slowHandshake(server.url, 250);
});
afterAll(async () => {
  await relay.close();
  await server.close();
});

const SLOW = { timeout: 30_000 };

test(
  'arXiv sees three look-ups at least 3 s apart, a slow first connection included',
  SLOW,
  async () => {
    const env = { PAPERLIST_ARXIV_URL: `${relay.url}/arxiv` };
    const c = new MetadataClient(metadataConfig({ env, clock: systemClock }));
    const ids = ['astro-ph/0601001', '2104.12255', '0000.0000'];
    // Asked at once, as a batch of look-ups would be: the pacer puts them in a row.
    const results = await Promise.all(ids.map((id) => askArxiv(c, id)));
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    const arrivals = server.requests.filter((r) => r.service === 'arxiv').map((r) => r.at);
    expect(arrivals).toHaveLength(3);
    const gaps = arrivals.slice(1).map((at, i) => at - (arrivals[i] ?? 0));
    console.log(`arXiv request gaps at the server: ${gaps.map((g) => g.toFixed(1)).join(', ')} ms`);
    expect(SERVICES.arxiv.intervalMs).toBe(3000);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(3000);
  },
);
