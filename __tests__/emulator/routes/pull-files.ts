// The files a pull request changes (GET .../pulls/{n}/files): the head's tree compared with the
// merge base's, as GitHub computes it (changes on the base branch since the fork point are not the
// pull request's), with line counts and a unified patch per file. Paginated, 30 by default.
import type { components } from '@octokit/openapi-types';
import { structuredPatch } from 'diff';
import { notFound, num, route, type Route } from '../http.js';
import type { FileEntry } from '../object-store.js';
import { paginate } from '../pagination.js';
import { asPull, baseSha, headSha } from '../pull-ops.js';
import { repoApi, repoHtml } from '../views.js';

export type DiffEntryJson = components['schemas']['diff-entry'];

export const pullFileRoutes: Route[] = [
  route(
    'GET',
    '/repos/{owner}/{repo}/pulls/{number}/files',
    'pulls/pulls#list-pull-requests-files',
    (ctx) => {
      const r = ctx.repo;
      const pull = asPull(r.issues.get(num(ctx.params, 'number')));
      if (!pull) throw notFound();
      const head = headSha(r, pull);
      const from = r.git.mergeBase(baseSha(r, pull), head);
      const filesAt = (sha: string | undefined) =>
        sha ? r.git.files(r.git.commit(sha)!.tree) : new Map<string, FileEntry>();
      const before = filesAt(from);
      const after = filesAt(head);
      const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
      const text = (f: FileEntry | undefined) =>
        f ? Buffer.from(r.git.blob(f.sha)!.content).toString('utf8') : '';
      const entries: DiffEntryJson[] = [];
      for (const path of paths) {
        const a = before.get(path);
        const b = after.get(path);
        if (a?.sha === b?.sha) continue;
        const patch = structuredPatch(path, path, text(a), text(b), '', '', { context: 3 });
        const lines = patch.hunks.flatMap((h) => h.lines);
        const additions = lines.filter((l) => l.startsWith('+')).length;
        const deletions = lines.filter((l) => l.startsWith('-')).length;
        const ref = b ? head : (from ?? head);
        entries.push({
          sha: (b ?? a)?.sha ?? null,
          filename: path,
          status: !a ? 'added' : !b ? 'removed' : 'modified',
          additions,
          deletions,
          changes: additions + deletions,
          blob_url: `${repoHtml(ctx, r)}/blob/${ref}/${path}`,
          raw_url: `${repoHtml(ctx, r)}/raw/${ref}/${path}`,
          contents_url: `${repoApi(ctx, r)}/contents/${path}?ref=${ref}`,
          patch: patch.hunks
            .map((h) =>
              [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join(
                '\n',
              ),
            )
            .join('\n'),
        });
      }
      return paginate(ctx, `/repos/${r.owner}/${r.name}/pulls/${pull.number}/files`, entries);
    },
  ),
];
