// Every request the emulator saw, so tests can assert on calls ("at most N ref updates").
export interface RequestRecord {
  method: string;
  /** Decoded path without the query, e.g. `/repos/o/r/git/ref/heads/main`. */
  path: string;
  query: Record<string, string>;
  /** The parsed JSON request body, or undefined. */
  body: unknown;
  /** The status sent; 0 when the connection was dropped. */
  status: number;
  /** Which injected fault answered, if one did. */
  fault?: boolean;
  /** The `X-GitHub-Api-Version` header the request named, if any. */
  apiVersion?: string;
}

export function matches(r: RequestRecord, method: string, path: string | RegExp): boolean {
  if (method !== '*' && r.method !== method.toUpperCase()) return false;
  return typeof path === 'string' ? r.path === path : path.test(r.path);
}
