// Git Data API objects: blobs, trees (with base_tree, inline content and deletions), commits.
import type { Signature, TreeMode } from '../git-objects.js';
import { HttpError, notFound, optStr, route, str, type Route, type RouteContext } from '../http.js';
import type { FileEntry } from '../object-store.js';
import { isoSeconds } from '../state.js';
import type { BlobJson, GitTreeJson, ShortBlobJson } from '../schemas.js';
import { base64Wrapped, gitCommitJson, nodeId, repoApi } from '../views.js';

const MODES = new Set<TreeMode>(['100644', '100755', '120000', '040000', '160000']);

function treeJson(ctx: RouteContext, sha: string, recursive: boolean): GitTreeJson {
  const git = ctx.repo.git;
  const api = repoApi(ctx, ctx.repo);
  const tree: GitTreeJson['tree'] = [];
  const walk = (treeSha: string, prefix: string) => {
    for (const e of git.tree(treeSha)?.entries ?? []) {
      const path = prefix + e.name;
      if (e.type === 'blob') {
        const size = git.blob(e.sha)?.content.length ?? 0;
        tree.push({
          path,
          mode: e.mode,
          type: 'blob',
          sha: e.sha,
          size,
          url: `${api}/git/blobs/${e.sha}`,
        });
      } else if (e.type === 'tree') {
        tree.push({
          path,
          mode: e.mode,
          type: 'tree',
          sha: e.sha,
          url: `${api}/git/trees/${e.sha}`,
        });
        if (recursive) walk(e.sha, `${path}/`);
      } else {
        tree.push({ path, mode: e.mode, type: 'commit', sha: e.sha });
      }
    }
  };
  walk(sha, '');
  return { sha, url: `${api}/git/trees/${sha}`, tree, truncated: false };
}

function invalidTree(): HttpError {
  return new HttpError(422, 'Invalid tree info');
}

function signature(ctx: RouteContext, value: unknown, fallback: Signature): Signature {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'object') throw invalidTree();
  const v = value as Record<string, unknown>;
  const name = typeof v.name === 'string' ? v.name : undefined;
  const email = typeof v.email === 'string' ? v.email : undefined;
  if (!name || !email)
    throw new HttpError(422, 'Invalid request.\n\n"name" and "email" are required.');
  const date = typeof v.date === 'string' ? new Date(v.date) : ctx.state.clock();
  if (Number.isNaN(date.getTime()))
    throw new HttpError(422, 'Invalid request.\n\n"date" is not a valid date.');
  return { name, email, date: isoSeconds(date) };
}

export const gitDataRoutes: Route[] = [
  route('POST', '/repos/{owner}/{repo}/git/blobs', 'git/blobs#create-a-blob', (ctx) => {
    if (typeof ctx.body.content !== 'string')
      throw new HttpError(422, 'Invalid request.\n\n"content" wasn\'t supplied.');
    const encoding = optStr(ctx.body, 'encoding') ?? 'utf-8';
    if (encoding !== 'utf-8' && encoding !== 'base64') {
      throw new HttpError(422, `encoding must be either "utf-8" or "base64"`);
    }
    const sha = ctx.repo.git.putBlob(
      Buffer.from(ctx.body.content, encoding === 'base64' ? 'base64' : 'utf8'),
    );
    const body: ShortBlobJson = { sha, url: `${repoApi(ctx, ctx.repo)}/git/blobs/${sha}` };
    return { status: 201, body, headers: { location: body.url } };
  }),
  route('GET', '/repos/{owner}/{repo}/git/blobs/{sha}', 'git/blobs#get-a-blob', (ctx) => {
    const sha = (ctx.params.sha as string).toLowerCase();
    const blob = ctx.repo.git.blob(sha);
    if (!blob) throw notFound();
    const body: BlobJson = {
      sha,
      node_id: nodeId('Blob', sha),
      size: blob.content.length,
      url: `${repoApi(ctx, ctx.repo)}/git/blobs/${sha}`,
      content: base64Wrapped(blob.content),
      encoding: 'base64',
    };
    return { status: 200, body };
  }),
  route('POST', '/repos/{owner}/{repo}/git/trees', 'git/trees#create-a-tree', (ctx) => {
    const git = ctx.repo.git;
    const entries = ctx.body.tree;
    if (!Array.isArray(entries)) throw invalidTree();
    const baseTree = optStr(ctx.body, 'base_tree');
    if (baseTree !== undefined && !git.tree(baseTree)) throw invalidTree();
    const files = baseTree ? git.files(baseTree) : new Map<string, FileEntry>();
    const dropUnder = (path: string) => {
      for (const p of [...files.keys()])
        if (p === path || p.startsWith(`${path}/`)) files.delete(p);
    };
    for (const raw of entries as unknown[]) {
      if (typeof raw !== 'object' || raw === null) throw invalidTree();
      const e = raw as Record<string, unknown>;
      const path = e.path;
      const mode = e.mode as TreeMode;
      if (typeof path !== 'string' || path === '' || path.startsWith('/') || path.endsWith('/'))
        throw invalidTree();
      if (!MODES.has(mode)) throw invalidTree();
      if (e.sha === null) {
        dropUnder(path);
        continue;
      }
      if (typeof e.content === 'string') {
        dropUnder(path);
        files.set(path, { mode, sha: git.putBlob(e.content) });
        continue;
      }
      if (typeof e.sha !== 'string') throw invalidTree();
      const sha = e.sha.toLowerCase();
      dropUnder(path);
      if (mode === '040000' || e.type === 'tree') {
        if (!git.tree(sha)) throw invalidTree();
        for (const [p, f] of git.files(sha)) files.set(`${path}/${p}`, f);
      } else if (mode === '160000') {
        files.set(path, { mode, sha });
      } else {
        if (!git.blob(sha)) throw invalidTree();
        files.set(path, { mode, sha });
      }
    }
    const sha = git.writeFiles(files);
    const body = treeJson(ctx, sha, false);
    return { status: 201, body, headers: { location: body.url as string } };
  }),
  route('GET', '/repos/{owner}/{repo}/git/trees/{+sha}', 'git/trees#get-a-tree', (ctx) => {
    const git = ctx.repo.git;
    const ref = ctx.params.sha as string;
    let sha = git.tree(ref) ? ref.toLowerCase() : undefined;
    if (!sha) {
      const commit = git.resolveCommit(ref);
      sha = commit ? git.commit(commit)?.tree : undefined;
    }
    if (!sha) throw notFound();
    const recursive =
      ctx.query.has('recursive') && !['0', 'false'].includes(ctx.query.get('recursive') ?? '');
    return { status: 200, body: treeJson(ctx, sha, recursive) };
  }),
  route('POST', '/repos/{owner}/{repo}/git/commits', 'git/commits#create-a-commit', (ctx) => {
    const git = ctx.repo.git;
    const message = typeof ctx.body.message === 'string' ? ctx.body.message : undefined;
    if (message === undefined)
      throw new HttpError(422, 'Invalid request.\n\n"message" wasn\'t supplied.');
    const tree = str(ctx.body, 'tree', 'Commit').toLowerCase();
    if (!git.tree(tree)) throw new HttpError(422, 'Tree SHA does not exist');
    const parents = (ctx.body.parents ?? []) as unknown;
    if (!Array.isArray(parents) || parents.some((p) => typeof p !== 'string' || !git.commit(p))) {
      throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
    }
    const me = ctx.user;
    const author = signature(ctx, ctx.body.author, {
      name: me.name,
      email: me.email,
      date: ctx.state.now(),
    });
    const committer = signature(ctx, ctx.body.committer, author);
    const commit = {
      type: 'commit' as const,
      tree,
      parents: (parents as string[]).map((p) => p.toLowerCase()),
      author,
      committer,
      message,
    };
    const sha = git.put(commit);
    const body = gitCommitJson(ctx, ctx.repo, sha, commit);
    return { status: 201, body, headers: { location: body.url } };
  }),
  route(
    'GET',
    '/repos/{owner}/{repo}/git/commits/{sha}',
    'git/commits#get-a-commit-object',
    (ctx) => {
      const sha = (ctx.params.sha as string).toLowerCase();
      const commit = ctx.repo.git.commit(sha);
      if (!commit) throw notFound();
      return { status: 200, body: gitCommitJson(ctx, ctx.repo, sha, commit) };
    },
  ),
];
