// A local web server with one endpoint per kind of link the checker meets, recording every request
// (method, path, Host header, arrival) and the requests in flight, overall and per host. Several
// servers can share one recorder, so several `host:port` pairs count against one global bound.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RequestRecord {
  method: string;
  path: string;
  host: string;
  at: number;
}

export class Recorder {
  readonly requests: RequestRecord[] = [];
  inFlight = 0;
  maxInFlight = 0;
  readonly hostInFlight = new Map<string, number>();
  readonly maxHostInFlight = new Map<string, number>();
  private readonly started = performance.now();

  enter(req: IncomingMessage): () => void {
    const host = req.headers.host ?? '';
    this.requests.push({
      method: req.method ?? '',
      path: req.url ?? '',
      host,
      at: performance.now() - this.started,
    });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const n = (this.hostInFlight.get(host) ?? 0) + 1;
    this.hostInFlight.set(host, n);
    this.maxHostInFlight.set(host, Math.max(this.maxHostInFlight.get(host) ?? 0, n));
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.inFlight--;
      this.hostInFlight.set(host, (this.hostInFlight.get(host) ?? 1) - 1);
    };
  }

  /** `METHOD path` of the requests for `path` (exact), in arrival order. */
  methodsFor(path: string): string[] {
    return this.requests.filter((r) => r.path === path).map((r) => r.method);
  }
}

export interface LinkServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  close(): Promise<void>;
}

const SLOW_MS = 2_000;

function handle(req: IncomingMessage, res: ServerResponse, seen: Map<string, number>): void {
  const url = new URL(req.url ?? '/', 'http://x');
  const path = url.pathname;
  const send = (code: number, headers: Record<string, string> = {}): void => {
    res.writeHead(code, { 'content-type': 'text/plain', ...headers });
    res.end(req.method === 'HEAD' ? undefined : `status ${code}\n`);
  };
  const count = (seen.get(path) ?? 0) + 1;
  seen.set(path, count);

  if (path === '/live') return send(200);
  if (path === '/gone/404') return send(404);
  if (path === '/gone/410') return send(410);
  if (path === '/slow') {
    const timer = setTimeout(() => send(200), SLOW_MS);
    res.on('close', () => clearTimeout(timer));
    return;
  }
  if (path.startsWith('/flaky/')) return send(count === 1 ? 500 : 200);
  if (path === '/down') return send(503);
  if (path === '/limited') return send(429, { 'retry-after': '1' });
  if (path === '/forbidden') return send(403);
  if (path === '/login') return send(401);
  if (path === '/no-head') return send(req.method === 'HEAD' ? 405 : 200);
  if (path === '/moved') return send(301, { location: '/live' });
  if (path === '/moved-dead') return send(302, { location: '/gone/404' });
  if (path === '/loop') return send(302, { location: '/loop' });
  if (path === '/to-ftp') return send(302, { location: 'ftp://files.example/paper.pdf' });
  if (path === '/drop') {
    req.socket.destroy();
    return;
  }
  if (path.startsWith('/delay/')) {
    const timer = setTimeout(() => send(200), Number(path.slice('/delay/'.length)));
    res.on('close', () => clearTimeout(timer));
    return;
  }
  send(404);
}

/** Starts a server on 127.0.0.1 and an ephemeral port. */
export async function startLinkServer(recorder: Recorder): Promise<LinkServer> {
  const seen = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const leave = recorder.enter(req);
    res.on('close', leave);
    req.socket.on('close', leave);
    handle(req, res, seen);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
