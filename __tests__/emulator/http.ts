// Request/response plumbing shared by every route: GitHub-style errors, the route table and
// path matching (octokit percent-encodes slashes inside `{ref}` and `{path}`, GitHub accepts both).
import type { EmulatorState, RepoRecord, UserRecord } from './state.js';

export const DOCS = 'https://docs.github.com/rest';

export interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ValidationDetail {
  resource?: string;
  field?: string;
  code: string;
  message?: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: ValidationDetail[],
    readonly documentationUrl?: string,
    /** Extra response headers (a redirect's `location`). */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (): HttpError => new HttpError(404, 'Not Found');

/** GitHub's 422 for a bad request body: a generic message, the specifics in `errors`. */
export function validationFailed(...errors: ValidationDetail[]): HttpError {
  return new HttpError(422, 'Validation Failed', errors);
}

export interface RouteContext {
  state: EmulatorState;
  apiUrl: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  user: UserRecord;
  /** The repository named by `{owner}/{repo}`; routes without those params must not read it. */
  repo: RepoRecord;
}

export type Handler = (ctx: RouteContext) => ApiResponse;

export interface Route {
  method: string;
  pattern: string;
  docs: string;
  handler: Handler;
}

export function route(method: string, pattern: string, docs: string, handler: Handler): Route {
  return { method, pattern, docs: `${DOCS}/${docs}`, handler };
}

/** Matches `{name}` to one segment and a final `{+name}` to the rest of the path. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = pathname.split('/');
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    if (w.startsWith('{+')) {
      // The rest may be empty only when the path ends in a slash (`matching-refs/`).
      if (i >= got.length) return undefined;
      params[w.slice(2, -1)] = safeDecode(got.slice(i).join('/'));
      return params;
    }
    const g = got[i];
    if (w === '' && g === '' && i === 0) continue;
    if (g === undefined || g === '') return undefined;
    if (w.startsWith('{')) params[w.slice(1, -1)] = safeDecode(g);
    else if (safeDecode(g) !== w) return undefined;
  }
  return want.length === got.length ? params : undefined;
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function str(body: Record<string, unknown>, key: string, resource: string): string {
  const v = body[key];
  if (typeof v !== 'string' || v === '') {
    throw validationFailed({
      resource,
      field: key,
      code: v === undefined ? 'missing_field' : 'invalid',
    });
  }
  return v;
}

export function optStr(body: Record<string, unknown>, key: string): string | undefined {
  const v = body[key];
  return typeof v === 'string' ? v : undefined;
}

export function num(params: Record<string, string>, key: string): number {
  const n = Number(params[key]);
  if (!Number.isInteger(n) || n <= 0) throw notFound();
  return n;
}
