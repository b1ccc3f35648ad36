import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { objectId } from '../emulator/git-objects.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { client, type Client } from './client.js';
import { identityEnv, realGit, type RealGit } from './real-git.js';

// Names chosen to exercise git's ordering: "a.b" < "a/" (directory) < "a0", and "a-b" first.
const FILES: Record<string, string> = {
  'a-b': 'dash\n',
  'a.b': 'dot\n',
  'a/inner.txt': 'inside a\n',
  'a/deeper/leaf.md': '# leaf\n',
  a0: 'zero\n',
  'README.md': 'Hello, wörld — ünïcode\n',
  empty: '',
};

let emulator: Emulator;
let gh: Client;
let git: RealGit;
const repo = { owner: 'octo', repo: 'objects' };

beforeAll(async () => {
  emulator = await startEmulator();
  emulator.createRepo({ owner: 'octo', name: 'objects', files: { 'x.txt': 'x\n' } });
  gh = client(emulator);
  git = realGit();
});
afterAll(async () => {
  await emulator.close();
  git.dispose();
});

describe('object ids match git', () => {
  it('blob ids equal git hash-object, for utf-8 and base64 uploads', async () => {
    for (const content of Object.values(FILES)) {
      const expected = git.git(['hash-object', '--stdin'], content);
      const utf8 = await gh.request('POST /repos/{owner}/{repo}/git/blobs', {
        ...repo,
        content,
        encoding: 'utf-8',
      });
      const b64 = await gh.request('POST /repos/{owner}/{repo}/git/blobs', {
        ...repo,
        content: Buffer.from(content).toString('base64'),
        encoding: 'base64',
      });
      expect(utf8.status).toBe(201);
      expect(utf8.data.sha).toBe(expected);
      expect(b64.data.sha).toBe(expected);
    }
  });

  it('a tree built from paths equals git write-tree of the same files', async () => {
    git.write(FILES);
    git.git(['add', '-A']);
    const expected = git.git(['write-tree']);
    const tree = await gh.request('POST /repos/{owner}/{repo}/git/trees', {
      ...repo,
      tree: Object.entries(FILES).map(([path, content]) => ({
        path,
        mode: '100644' as const,
        type: 'blob' as const,
        content,
      })),
    });
    expect(tree.data.sha).toBe(expected);
    expect(tree.data.tree.map((e) => e.path)).toEqual([
      'README.md',
      'a-b',
      'a.b',
      'a',
      'a0',
      'empty',
    ]);
  });

  it('a tree of explicit entries equals git mktree', async () => {
    const blob = git.git(['hash-object', '-w', '--stdin'], 'x\n');
    const sub = git.git(['mktree'], `100644 blob ${blob}\tf\n`);
    const expected = git.git(
      ['mktree'],
      `100644 blob ${blob}\tx.txt\n100755 blob ${blob}\trun.sh\n040000 tree ${sub}\tdir\n`,
    );
    const subTree = await gh.request('POST /repos/{owner}/{repo}/git/trees', {
      ...repo,
      tree: [{ path: 'f', mode: '100644', type: 'blob', sha: blob }],
    });
    const tree = await gh.request('POST /repos/{owner}/{repo}/git/trees', {
      ...repo,
      tree: [
        { path: 'x.txt', mode: '100644', type: 'blob', sha: blob },
        { path: 'run.sh', mode: '100755', type: 'blob', sha: blob },
        { path: 'dir', mode: '040000', type: 'tree', sha: subTree.data.sha },
      ],
    });
    expect(subTree.data.sha).toBe(sub);
    expect(tree.data.sha).toBe(expected);
  });

  it('commit ids equal git commit-tree with the same identity, time and message', async () => {
    const tree = git.git(['mktree'], '');
    const time = '2024-10-14T08:30:15Z';
    const env = identityEnv('Paper Bot', 'bot@example.org', time);
    const root = git.git(['commit-tree', tree], 'Initial commit\n', env);
    const child = git.git(
      ['commit-tree', tree, '-p', root],
      'Add a paper\n\nCo-authored-by: A <a@example.org>',
      env,
    );
    const who = { name: 'Paper Bot', email: 'bot@example.org', date: time };
    const c1 = await gh.request('POST /repos/{owner}/{repo}/git/commits', {
      ...repo,
      message: 'Initial commit\n',
      tree,
      parents: [],
      author: who,
      committer: who,
    });
    const c2 = await gh.request('POST /repos/{owner}/{repo}/git/commits', {
      ...repo,
      message: 'Add a paper\n\nCo-authored-by: A <a@example.org>',
      tree,
      parents: [c1.data.sha],
      author: who,
    });
    expect(c1.data.sha).toBe(root);
    expect(c2.data.sha).toBe(child);
    expect(c2.data.parents.map((p) => p.sha)).toEqual([root]);
    expect(c2.data.committer).toEqual(who);
  });

  it('hashes the empty tree as git does', () => {
    expect(objectId({ type: 'tree', entries: [] })).toBe(
      '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
    );
  });
});
