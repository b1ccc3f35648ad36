// Where an action run looks for the metadata services unless a test says otherwise: a loopback port
// nothing listens on. A run that looks papers up without a test's replay server (the scheduled venue
// look-up is on by default) then meets an ordinary "service down" at once, and no test can ever reach
// a real host. The port is taken from the system and released, once per test process.
import { createServer, type AddressInfo } from 'node:net';
import { VARIABLES } from '../metadata-servers/replay.js';

/** Every metadata service's variable (GitHub's is the emulator's own address). */
export const METADATA_VARIABLES = Object.entries(VARIABLES)
  .filter(([service]) => service !== 'github')
  .map(([, variable]) => variable);

let port: Promise<number> | undefined;

/** A loopback port that refuses connections. */
export function closedPort(): Promise<number> {
  port ??= new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: taken } = server.address() as AddressInfo;
      server.close(() => resolve(taken));
    });
  });
  return port;
}

/** The variables pointing every metadata service at the closed port. */
export async function offlineServices(): Promise<Record<string, string>> {
  const base = `http://127.0.0.1:${await closedPort()}`;
  return Object.fromEntries(METADATA_VARIABLES.map((v) => [v, `${base}/${v.slice(10, -4)}`]));
}
