// One repository's git database: content-addressed objects plus refs, with the few graph
// queries GitHub's endpoints need (resolve a ref, ancestry, merge base, flat file listings).
import {
  compareTreeEntries,
  objectId,
  type BlobObject,
  type CommitObject,
  type GitObject,
  type TreeEntry,
  type TreeMode,
  type TreeObject,
} from './git-objects.js';

/** A file as git stores it: its mode and blob id. */
export interface FileEntry {
  mode: TreeMode;
  sha: string;
}

export class ObjectStore {
  readonly objects = new Map<string, GitObject>();
  /** Full ref name (`refs/heads/main`) -> commit sha. */
  readonly refs = new Map<string, string>();

  constructor() {
    // Like any git repository (and GitHub), the empty tree always exists.
    this.put({ type: 'tree', entries: [] });
  }

  put(o: GitObject): string {
    if (o.type === 'tree') o = { type: 'tree', entries: [...o.entries].sort(compareTreeEntries) };
    const sha = objectId(o);
    if (!this.objects.has(sha)) this.objects.set(sha, o);
    return sha;
  }

  putBlob(content: string | Buffer): string {
    return this.put({ type: 'blob', content: Buffer.from(content) });
  }

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha.toLowerCase());
  }

  blob(sha: string): BlobObject | undefined {
    const o = this.get(sha);
    return o?.type === 'blob' ? o : undefined;
  }

  tree(sha: string): TreeObject | undefined {
    const o = this.get(sha);
    return o?.type === 'tree' ? o : undefined;
  }

  commit(sha: string): CommitObject | undefined {
    const o = this.get(sha);
    return o?.type === 'commit' ? o : undefined;
  }

  /** A commit from a sha, a branch name, `heads/x` or `refs/heads/x` (what `?ref=` accepts). */
  resolveCommit(ref: string): string | undefined {
    for (const name of [ref, `refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
      const sha = this.refs.get(name);
      if (sha) return sha;
    }
    if (/^[0-9a-f]{40}$/i.test(ref) && this.commit(ref)) return ref.toLowerCase();
    return undefined;
  }

  /** Every file under a tree, keyed by full path (`dir/file`), in git's order. */
  files(treeSha: string, prefix = ''): Map<string, FileEntry> {
    const out = new Map<string, FileEntry>();
    const tree = this.tree(treeSha);
    if (!tree) return out;
    for (const e of tree.entries) {
      const path = prefix + e.name;
      if (e.type === 'tree') {
        for (const [p, f] of this.files(e.sha, `${path}/`)) out.set(p, f);
      } else {
        out.set(path, { mode: e.mode, sha: e.sha });
      }
    }
    return out;
  }

  /** Writes nested trees for a flat path -> file map and returns the root tree id. */
  writeFiles(files: ReadonlyMap<string, FileEntry>): string {
    interface Dir {
      files: Map<string, FileEntry>;
      dirs: Map<string, Dir>;
    }
    const root: Dir = { files: new Map(), dirs: new Map() };
    for (const [path, file] of files) {
      const parts = path.split('/');
      const name = parts.pop() as string;
      let dir = root;
      for (const part of parts) {
        let next = dir.dirs.get(part);
        if (!next) dir.dirs.set(part, (next = { files: new Map(), dirs: new Map() }));
        dir = next;
      }
      dir.files.set(name, file);
    }
    const write = (dir: Dir): string => {
      const entries: TreeEntry[] = [];
      for (const [name, f] of dir.files) {
        entries.push({
          name,
          mode: f.mode,
          type: f.mode === '160000' ? 'commit' : 'blob',
          sha: f.sha,
        });
      }
      for (const [name, sub] of dir.dirs)
        entries.push({ name, mode: '040000', type: 'tree', sha: write(sub) });
      return this.put({ type: 'tree', entries });
    };
    return write(root);
  }

  /** All ancestors of a commit, itself included. */
  ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const todo = [sha];
    while (todo.length > 0) {
      const s = todo.pop() as string;
      if (seen.has(s)) continue;
      seen.add(s);
      todo.push(...(this.commit(s)?.parents ?? []));
    }
    return seen;
  }

  isAncestor(ancestor: string, of: string): boolean {
    return this.ancestors(of).has(ancestor);
  }

  /** A best common ancestor: the first commit reachable from `b` (breadth first) that `a` reaches. */
  mergeBase(a: string, b: string): string | undefined {
    const fromA = this.ancestors(a);
    const queue = [b];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const s = queue.shift() as string;
      if (seen.has(s)) continue;
      seen.add(s);
      if (fromA.has(s)) return s;
      queue.push(...(this.commit(s)?.parents ?? []));
    }
    return undefined;
  }

  /** Commits reachable from `head` but not from `base`, oldest first, following first parents. */
  commitsBetween(base: string | undefined, head: string): string[] {
    const stop = base ? this.ancestors(base) : new Set<string>();
    const out: string[] = [];
    let cur: string | undefined = head;
    while (cur && !stop.has(cur)) {
      out.push(cur);
      cur = this.commit(cur)?.parents[0];
    }
    return out.reverse();
  }
}
