// Repository contents (a file base64-encoded, or a directory listing) and the commit endpoint.
import { HttpError, notFound, route, type Route, type RouteContext } from '../http.js';
import type { ContentEntryJson, ContentFileJson } from '../schemas.js';
import { base64Wrapped, commitJson, repoApi, repoHtml } from '../views.js';

/** Above this size the contents API leaves out a file's content (GitHub: 1 MB). */
const LARGE_FILE_BYTES = 1024 * 1024;

function resolveRef(ctx: RouteContext): { ref: string; commit: string } {
  const ref = ctx.query.get('ref') || ctx.repo.defaultBranch;
  const commit = ctx.repo.git.resolveCommit(ref);
  if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
  return { ref, commit };
}

function contents(ctx: RouteContext): ContentFileJson | ContentEntryJson[] {
  const git = ctx.repo.git;
  const { ref, commit } = resolveRef(ctx);
  const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
  let sha = git.commit(commit)?.tree as string;
  let type: 'blob' | 'tree' | 'commit' = 'tree';
  for (const part of path === '' ? [] : path.split('/')) {
    const entry = git.tree(sha)?.entries.find((e) => e.name === part);
    if (!entry || type !== 'tree') throw notFound();
    sha = entry.sha;
    type = entry.type;
  }
  const api = repoApi(ctx, ctx.repo);
  const html = repoHtml(ctx, ctx.repo);
  const links = (p: string, s: string, kind: 'blob' | 'tree') => {
    const self = `${api}/contents/${p}?ref=${encodeURIComponent(ref)}`;
    const gitUrl = `${api}/git/${kind}s/${s}`;
    const htmlUrl = `${html}/${kind}/${ref}/${p}`;
    return {
      url: self,
      git_url: gitUrl,
      html_url: htmlUrl,
      _links: { self, git: gitUrl, html: htmlUrl },
    };
  };
  if (type === 'blob') {
    const blob = git.blob(sha);
    if (!blob) throw notFound();
    // As GitHub does, a file over 1 MB comes without its content: clients read it as a blob.
    const large = blob.content.length > LARGE_FILE_BYTES;
    return {
      type: 'file',
      encoding: large ? 'none' : 'base64',
      size: blob.content.length,
      name: path.split('/').pop() as string,
      path,
      content: large ? '' : base64Wrapped(blob.content),
      sha,
      ...links(path, sha, 'blob'),
      download_url: `${html}/raw/${ref}/${path}`,
    };
  }
  if (type !== 'tree') throw notFound();
  return (git.tree(sha)?.entries ?? []).map((e) => {
    const p = path === '' ? e.name : `${path}/${e.name}`;
    const kind = e.type === 'tree' ? 'tree' : 'blob';
    return {
      type: e.type === 'tree' ? 'dir' : e.type === 'commit' ? 'submodule' : 'file',
      size: e.type === 'blob' ? (git.blob(e.sha)?.content.length ?? 0) : 0,
      name: e.name,
      path: p,
      sha: e.sha,
      ...links(p, e.sha, kind),
      download_url: e.type === 'blob' ? `${html}/raw/${ref}/${p}` : null,
    };
  });
}

export const contentRoutes: Route[] = [
  route(
    'GET',
    '/repos/{owner}/{repo}/contents',
    'repos/contents#get-repository-content',
    (ctx) => ({
      status: 200,
      body: contents(ctx),
    }),
  ),
  route(
    'GET',
    '/repos/{owner}/{repo}/contents/{+path}',
    'repos/contents#get-repository-content',
    (ctx) => ({
      status: 200,
      body: contents(ctx),
    }),
  ),
  route('GET', '/repos/{owner}/{repo}/commits/{+ref}', 'commits/commits#get-a-commit', (ctx) => {
    const ref = ctx.params.ref as string;
    const sha = ctx.repo.git.resolveCommit(ref);
    const commit = sha ? ctx.repo.git.commit(sha) : undefined;
    if (!sha || !commit) throw new HttpError(422, `No commit found for SHA: ${ref}`);
    return { status: 200, body: commitJson(ctx, ctx.repo, sha, commit) };
  }),
];
