import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { client, failure, type Client } from './client.js';

let emulator: Emulator;
let gh: Client;
const repo = { owner: 'octo', repo: 'list' };
const FILES = {
  'data.yaml': 'Survey:\n  category: "0. Survey"\n',
  'README.md': '# List\n',
  '.github/ISSUE_TEMPLATE/suggest-paper.yml': 'name: Suggest a paper\n',
};

beforeEach(async () => {
  emulator = await startEmulator();
  emulator.createRepo({ owner: 'octo', name: 'list', files: FILES, time: '2024-10-14T00:00:00Z' });
  gh = client(emulator);
});
afterEach(() => emulator.close());

async function headTree(): Promise<string> {
  const head = emulator.branchSha('octo/list', 'main') as string;
  const { data } = await gh.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
    ...repo,
    commit_sha: head,
  });
  return data.tree.sha;
}

describe('blobs', () => {
  it('returns a blob base64-encoded and wrapped at 60 characters, and 404s an unknown one', async () => {
    const text = 'x'.repeat(100);
    const { data: created } = await gh.request('POST /repos/{owner}/{repo}/git/blobs', {
      ...repo,
      content: text,
    });
    const { data } = await gh.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
      ...repo,
      file_sha: created.sha,
    });
    expect(data.encoding).toBe('base64');
    expect(data.size).toBe(100);
    expect(data.content.split('\n').map((l) => l.length)).toEqual([60, 60, 16, 0]);
    expect(Buffer.from(data.content, 'base64').toString()).toBe(text);
    const missing = await failure(
      gh.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
        ...repo,
        file_sha: 'a'.repeat(40),
      }),
    );
    expect(missing.status).toBe(404);
  });
});

describe('trees', () => {
  it('applies entries on a base tree: new content, an existing blob, and a deletion with sha null', async () => {
    const base = await headTree();
    const { data: blob } = await gh.request('POST /repos/{owner}/{repo}/git/blobs', {
      ...repo,
      content: 'kept\n',
    });
    const { data } = await gh.request('POST /repos/{owner}/{repo}/git/trees', {
      ...repo,
      base_tree: base,
      tree: [
        { path: 'data.yaml', mode: '100644', type: 'blob', content: 'changed: true\n' },
        { path: 'docs/notes.md', mode: '100644', type: 'blob', sha: blob.sha },
        { path: 'README.md', mode: '100644', type: 'blob', sha: null },
      ],
    });
    const { data: flat } = await gh.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      ...repo,
      tree_sha: data.sha,
      recursive: '1',
    });
    expect(flat.tree.map((e) => [e.path, e.type])).toEqual([
      ['.github', 'tree'],
      ['.github/ISSUE_TEMPLATE', 'tree'],
      ['.github/ISSUE_TEMPLATE/suggest-paper.yml', 'blob'],
      ['data.yaml', 'blob'],
      ['docs', 'tree'],
      ['docs/notes.md', 'blob'],
    ]);
    expect(flat.tree.find((e) => e.path === 'docs/notes.md')).toMatchObject({
      sha: blob.sha,
      size: 5,
      mode: '100644',
    });
    const { data: top } = await gh.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      ...repo,
      tree_sha: data.sha,
    });
    expect(top.tree.map((e) => e.path)).toEqual(['.github', 'data.yaml', 'docs']);
  });

  it('reads a tree by branch name, and rejects a bad base tree or entry', async () => {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      ...repo,
      tree_sha: 'main',
    });
    expect(data.sha).toBe(await headTree());
    const badBase = await failure(
      gh.request('POST /repos/{owner}/{repo}/git/trees', {
        ...repo,
        base_tree: 'b'.repeat(40),
        tree: [],
      }),
    );
    expect([badBase.status, badBase.data.message]).toEqual([422, 'Invalid tree info']);
    const badSha = await failure(
      gh.request('POST /repos/{owner}/{repo}/git/trees', {
        ...repo,
        tree: [{ path: 'x', mode: '100644', type: 'blob', sha: 'c'.repeat(40) }],
      }),
    );
    expect(badSha.status).toBe(422);
    const missing = await failure(
      gh.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...repo, tree_sha: 'nope' }),
    );
    expect(missing.status).toBe(404);
  });
});

describe('commits', () => {
  it('creates a commit authored by the token user at the emulator clock, and reads it back', async () => {
    emulator.setClock(() => new Date('2024-11-01T12:00:00.500Z'));
    const head = emulator.branchSha('octo/list', 'main') as string;
    const { data } = await gh.request('POST /repos/{owner}/{repo}/git/commits', {
      ...repo,
      message: 'Refresh README',
      tree: await headTree(),
      parents: [head],
    });
    expect(data.author).toEqual({
      name: 'github-actions[bot]',
      email: '41898282+github-actions[bot]@users.noreply.github.com',
      date: '2024-11-01T12:00:00Z',
    });
    const { data: read } = await gh.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
      ...repo,
      commit_sha: data.sha,
    });
    expect(read).toEqual(data);
  });

  it('rejects a missing tree or parent', async () => {
    const tree = await failure(
      gh.request('POST /repos/{owner}/{repo}/git/commits', {
        ...repo,
        message: 'm',
        tree: 'd'.repeat(40),
      }),
    );
    expect([tree.status, tree.data.message]).toEqual([422, 'Tree SHA does not exist']);
    const parent = await failure(
      gh.request('POST /repos/{owner}/{repo}/git/commits', {
        ...repo,
        message: 'm',
        tree: await headTree(),
        parents: ['e'.repeat(40)],
      }),
    );
    expect([parent.status, parent.data.message]).toEqual([
      422,
      'Parent SHA does not exist or is not a commit object',
    ]);
  });

  it('GET commits/{ref} gives the commit with its committer date, by branch or sha', async () => {
    const sha = emulator.commitFiles('octo/list', 'main', { 'a.txt': 'a\n' }, 'Add a', {
      time: '2024-10-20T01:02:03Z',
    });
    const byBranch = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}', {
      ...repo,
      ref: 'main',
    });
    expect(byBranch.data.sha).toBe(sha);
    expect(byBranch.data.commit.committer?.date).toBe('2024-10-20T01:02:03Z');
    expect(byBranch.data.commit.message).toBe('Add a');
    const bySha = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}', {
      ...repo,
      ref: sha,
    });
    expect(bySha.data.parents).toHaveLength(1);
    const missing = await failure(
      gh.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...repo, ref: 'nope' }),
    );
    expect([missing.status, missing.data.message]).toEqual([422, 'No commit found for SHA: nope']);
  });
});

describe('contents', () => {
  it('returns a file base64-encoded with its blob sha, at a ref', async () => {
    emulator.commitFiles('octo/list', 'topic', { 'data.yaml': 'topic: 1\n' }, 'topic');
    const path = '.github/ISSUE_TEMPLATE/suggest-paper.yml';
    const { data } = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path,
    });
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file');
    expect(data.path).toBe(path);
    expect(data.name).toBe('suggest-paper.yml');
    expect(Buffer.from(data.content, 'base64').toString()).toBe(FILES[path]);
    const onTopic = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path: 'data.yaml',
      ref: 'topic',
    });
    if (Array.isArray(onTopic.data) || onTopic.data.type !== 'file')
      throw new Error('expected a file');
    expect(Buffer.from(onTopic.data.content ?? '', 'base64').toString()).toBe('topic: 1\n');
    const blob = await gh.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
      ...repo,
      file_sha: onTopic.data.sha,
    });
    expect(blob.data.size).toBe(9);
  });

  it('lists a directory and 404s a missing file or ref', async () => {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path: '.github',
    });
    expect(Array.isArray(data) && data.map((e) => [e.name, e.type])).toEqual([
      ['ISSUE_TEMPLATE', 'dir'],
    ]);
    const missing = await failure(
      gh.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path: 'nope.md' }),
    );
    expect(missing).toEqual({
      status: 404,
      data: {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
        status: '404',
      },
    });
    const noRef = await failure(
      gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
        ...repo,
        path: 'data.yaml',
        ref: 'gone',
      }),
    );
    expect(noRef.status).toBe(404);
  });
});
