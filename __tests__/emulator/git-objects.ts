// Git's object model (blob, tree, commit) with ids computed byte for byte as git computes them,
// so a sha the emulator returns is the sha the same content would get in a real repository.
import { createHash } from 'node:crypto';

export type TreeMode = '100644' | '100755' | '120000' | '040000' | '160000';

export interface TreeEntry {
  name: string;
  mode: TreeMode;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface Signature {
  name: string;
  email: string;
  /** ISO 8601 instant; written into the object as unix seconds with a +0000 offset. */
  date: string;
}

export interface BlobObject {
  type: 'blob';
  content: Buffer;
}

export interface TreeObject {
  type: 'tree';
  entries: TreeEntry[];
}

export interface CommitObject {
  type: 'commit';
  tree: string;
  parents: string[];
  author: Signature;
  committer: Signature;
  message: string;
}

export type GitObject = BlobObject | TreeObject | CommitObject;

function hashObject(type: string, body: Buffer): string {
  const header = Buffer.from(`${type} ${body.length}\0`);
  return createHash('sha1').update(header).update(body).digest('hex');
}

/** Git orders tree entries bytewise, comparing a directory's name as if it ended in "/". */
export function compareTreeEntries(a: TreeEntry, b: TreeEntry): number {
  const key = (e: TreeEntry) => Buffer.from(e.type === 'tree' ? `${e.name}/` : e.name);
  return Buffer.compare(key(a), key(b));
}

export function serializeTree(entries: readonly TreeEntry[]): Buffer {
  const sorted = [...entries].sort(compareTreeEntries);
  const parts: Buffer[] = [];
  for (const e of sorted) {
    // Inside the object git writes a directory's mode without the leading zero.
    const mode = e.mode === '040000' ? '40000' : e.mode;
    parts.push(Buffer.from(`${mode} ${e.name}\0`), Buffer.from(e.sha, 'hex'));
  }
  return Buffer.concat(parts);
}

function signatureLine(role: 'author' | 'committer', s: Signature): string {
  const seconds = Math.floor(Date.parse(s.date) / 1000);
  return `${role} ${s.name} <${s.email}> ${seconds} +0000`;
}

export function serializeCommit(c: Omit<CommitObject, 'type'>): Buffer {
  const lines = [`tree ${c.tree}`, ...c.parents.map((p) => `parent ${p}`)];
  lines.push(signatureLine('author', c.author), signatureLine('committer', c.committer));
  return Buffer.from(`${lines.join('\n')}\n\n${c.message}`);
}

export function serializeObject(o: GitObject): Buffer {
  if (o.type === 'blob') return o.content;
  if (o.type === 'tree') return serializeTree(o.entries);
  return serializeCommit(o);
}

export function objectId(o: GitObject): string {
  return hashObject(o.type, serializeObject(o));
}
