// The node:http front: parse, log, authenticate, inject faults, dispatch to a route, answer
// with GitHub's headers and error bodies.
import { readOnlyTokens } from './read-only.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { FaultPlan, faultResponse, type FaultSpec } from './faults.js';
import {
  DOCS,
  HttpError,
  matchPath,
  safeDecode,
  type ApiResponse,
  type RouteContext,
} from './http.js';
import { RATE_LIMIT_EXCEEDED, RateLimits } from './rate-limit.js';
import type { RequestRecord } from './request-log.js';
import { routes } from './routes/index.js';
import type { EmulatorState, RepoRecord } from './state.js';

export interface Frontend {
  server: Server;
  requests: RequestRecord[];
  faults: FaultPlan;
  limits: RateLimits;
  /** Unexpected exceptions inside handlers (answered as 500); a test can assert there are none. */
  internalErrors: unknown[];
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function errorBody(status: number, message: string, docs: string, errors?: unknown[]) {
  return {
    message,
    documentation_url: docs,
    status: String(status),
    ...(errors ? { errors } : {}),
  };
}

export function createFrontend(
  state: EmulatorState,
  apiUrl: () => string,
  rateLimit: number,
): Frontend {
  const requests: RequestRecord[] = [];
  const faults = new FaultPlan();
  const internalErrors: unknown[] = [];
  const limits = new RateLimits(rateLimit);

  function dispatch(
    method: string,
    rawPath: string,
    query: URLSearchParams,
    body: unknown,
    token: string | undefined,
  ): ApiResponse {
    if (token === undefined)
      return { status: 401, body: errorBody(401, 'Requires authentication', DOCS) };
    const login = state.tokens.get(token);
    const user = login ? state.users.get(login) : undefined;
    if (!user) return { status: 401, body: errorBody(401, 'Bad credentials', DOCS) };
    if (method !== 'GET' && readOnlyTokens(state).has(token)) {
      return { status: 403, body: errorBody(403, 'Resource not accessible by integration', DOCS) };
    }
    for (const r of routes) {
      if (r.method !== method) continue;
      const params = matchPath(r.pattern, rawPath);
      if (!params) continue;
      try {
        let repo: RepoRecord | undefined;
        if (params.owner !== undefined && params.repo !== undefined) {
          repo = state.repo(params.owner, params.repo);
          if (!repo) throw new HttpError(404, 'Not Found');
        }
        const ctx: RouteContext = {
          state,
          apiUrl: apiUrl(),
          params,
          query,
          body: (body ?? {}) as Record<string, unknown>,
          user,
          get repo(): RepoRecord {
            if (!repo) throw new Error(`route ${r.pattern} has no repository`);
            return repo;
          },
        };
        return r.handler(ctx);
      } catch (e) {
        if (e instanceof HttpError) {
          return {
            status: e.status,
            body: errorBody(e.status, e.message, e.documentationUrl ?? r.docs, e.errors),
            ...(e.headers ? { headers: e.headers } : {}),
          };
        }
        internalErrors.push(e);
        return { status: 500, body: errorBody(500, 'Server Error', r.docs) };
      }
    }
    return { status: 404, body: errorBody(404, 'Not Found', DOCS) };
  }

  function send(res: ServerResponse, token: string | undefined, r: ApiResponse): void {
    const headers: Record<string, string> = {
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-github-media-type': 'github.v3; format=json',
      ...limits.headers(token),
      ...r.headers,
    };
    if (r.status === 204 || r.body === undefined) {
      res.writeHead(r.status, headers).end();
      return;
    }
    headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(r.status, headers).end(JSON.stringify(r.body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://emulator');
    const raw = await readBody(req);
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const token = auth?.[1];
    const record: RequestRecord = {
      method,
      path: safeDecode(url.pathname),
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      status: 0,
    };
    const apiVersion = req.headers['x-github-api-version'];
    if (typeof apiVersion === 'string') record.apiVersion = apiVersion;
    requests.push(record);
    let body: unknown;
    if (raw.trim() !== '') {
      try {
        body = record.body = JSON.parse(raw);
      } catch {
        record.status = 400;
        send(res, token, { status: 400, body: errorBody(400, 'Problems parsing JSON', DOCS) });
        return;
      }
    }
    if (limits.exhausted(token)) {
      record.status = 403;
      send(res, token, { status: 403, body: { ...RATE_LIMIT_EXCEEDED, status: '403' } });
      return;
    }
    const fault = faults.take(method, record.path);
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.hold) await fault.hold.wait();
    const fail = (spec: FaultSpec) => {
      record.fault = true;
      if (spec.drop) {
        record.status = 0;
        req.socket.destroy();
        return;
      }
      const docs =
        routes.find((r) => r.method === method && matchPath(r.pattern, url.pathname))?.docs ?? DOCS;
      const f = faultResponse(spec, docs);
      record.status = f.status;
      send(res, token, f);
    };
    const failsBefore = fault && !fault.afterHandling && (fault.drop || fault.status !== undefined);
    if (fault && failsBefore) return fail(fault);
    const response = dispatch(method, url.pathname, url.searchParams, body, token);
    if (fault && fault.afterHandling && (fault.drop || fault.status !== undefined))
      return fail(fault);
    record.status = response.status;
    send(res, token, response);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      internalErrors.push(e);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  return { server, requests, faults, limits, internalErrors };
}
