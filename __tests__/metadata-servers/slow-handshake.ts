// A loopback TCP relay in front of a replay server that holds the first bytes of every new
// connection for a while, as a first request over the network is held by its handshake (TCP, TLS)
// while later requests on the same kept-alive connection are not. The server then sees a first
// request later than it was sent: what a pacer that spaces send times gets wrong.
import { createConnection, createServer, type AddressInfo, type Socket } from 'node:net';

export interface SlowHandshake {
  /** The relay's base URL (`http://127.0.0.1:<port>`). */
  url: string;
  close(): Promise<void>;
}

/** Relays to `target` (`http://127.0.0.1:<port>`), each new connection's start held `delayMs`. */
export async function slowHandshake(target: string, delayMs: number): Promise<SlowHandshake> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const relay = createServer((client) => {
    const upstream = createConnection({ host: hostname, port: Number(port) });
    sockets.add(client).add(upstream);
    client.pause();
    setTimeout(() => {
      client.pipe(upstream);
      upstream.pipe(client);
    }, delayMs);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const { port: own } = relay.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${own}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        relay.close(() => resolve());
      }),
  };
}
