// Git references: read one, list by prefix, create, move (fast-forward unless forced), delete.
import { HttpError, route, str, type Route, type RouteContext } from '../http.js';
import { deleteRef, updateRef } from '../ref-ops.js';
import type { GitRefJson } from '../schemas.js';
import { nodeId, repoApi } from '../views.js';

function refJson(ctx: RouteContext, ref: string, sha: string): GitRefJson {
  const api = repoApi(ctx, ctx.repo);
  return {
    ref,
    node_id: nodeId('Ref', `${ctx.repo.id}:${ref}`),
    url: `${api}/git/${ref}`,
    object: { type: 'commit', sha, url: `${api}/git/commits/${sha}` },
  };
}

const full = (ctx: RouteContext) => `refs/${ctx.params.ref as string}`;

export const gitRefRoutes: Route[] = [
  route('GET', '/repos/{owner}/{repo}/git/ref/{+ref}', 'git/refs#get-a-reference', (ctx) => {
    const sha = ctx.repo.git.refs.get(full(ctx));
    if (!sha) throw new HttpError(404, 'Not Found');
    return { status: 200, body: refJson(ctx, full(ctx), sha) };
  }),
  route(
    'GET',
    '/repos/{owner}/{repo}/git/matching-refs/{+ref}',
    'git/refs#list-matching-references',
    (ctx) => {
      const prefix = full(ctx);
      const body = [...ctx.repo.git.refs]
        .filter(([name]) => name.startsWith(prefix))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, sha]) => refJson(ctx, name, sha));
      return { status: 200, body };
    },
  ),
  route('POST', '/repos/{owner}/{repo}/git/refs', 'git/refs#create-a-reference', (ctx) => {
    const ref = str(ctx.body, 'ref', 'Reference');
    const sha = str(ctx.body, 'sha', 'Reference');
    if (!/^refs\/[^/]+\/.+/.test(ref) || /\.\.|\/\/|\/$|\.lock$|[\s~^:?*[\\]/.test(ref)) {
      throw new HttpError(422, 'Reference name is invalid');
    }
    if (ctx.repo.git.refs.has(ref)) throw new HttpError(422, 'Reference already exists');
    if (!ctx.repo.git.commit(sha)) throw new HttpError(422, 'Object does not exist');
    ctx.repo.git.refs.set(ref, sha.toLowerCase());
    return {
      status: 201,
      body: refJson(ctx, ref, sha.toLowerCase()),
      headers: { location: `${repoApi(ctx, ctx.repo)}/git/${ref}` },
    };
  }),
  route('PATCH', '/repos/{owner}/{repo}/git/refs/{+ref}', 'git/refs#update-a-reference', (ctx) => {
    const sha = str(ctx.body, 'sha', 'Reference').toLowerCase();
    updateRef(ctx.repo, full(ctx), sha, { force: ctx.body.force === true });
    return { status: 200, body: refJson(ctx, full(ctx), sha) };
  }),
  route('DELETE', '/repos/{owner}/{repo}/git/refs/{+ref}', 'git/refs#delete-a-reference', (ctx) => {
    deleteRef(ctx.state, ctx.repo, full(ctx));
    return { status: 204 };
  }),
];
