// GitHub's page-number pagination: `per_page` (default 30, at most 100) and `page`, with a Link
// header carrying first/prev/next/last only when there is more than one page.
import type { ApiResponse, RouteContext } from './http.js';

/** A listing in GitHub's order: `sort` (created or updated, ties by number), `direction` (desc). */
export function listingOrder<T extends { number: number; createdAt: string; updatedAt: string }>(
  ctx: RouteContext,
  items: T[],
): T[] {
  const sort = ctx.query.get('sort') ?? 'created';
  const key = (i: T) =>
    (sort === 'updated' ? i.updatedAt : i.createdAt) + String(i.number).padStart(9, '0');
  items.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  if ((ctx.query.get('direction') ?? 'desc') === 'desc') items.reverse();
  return items;
}

export function paginate<T>(ctx: RouteContext, path: string, items: readonly T[]): ApiResponse {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page')) || 30));
  const page = Math.max(1, Number(ctx.query.get('page')) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const body = items.slice((page - 1) * perPage, page * perPage);
  const headers: Record<string, string> = {};
  if (last > 1) {
    const link = (p: number, rel: string) => {
      const q = new URLSearchParams(ctx.query);
      q.set('per_page', String(perPage));
      q.set('page', String(p));
      return `<${ctx.apiUrl}${path}?${q.toString()}>; rel="${rel}"`;
    };
    const rels: string[] = [];
    if (page > 1) rels.push(link(page - 1, 'prev'));
    if (page < last) rels.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) rels.push(link(1, 'first'));
    if (rels.length > 0) headers.link = rels.join(', ');
  }
  return { status: 200, body, headers };
}
