import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { mergeText } from '../emulator/three-way-merge.js';
import { client, type Client } from './client.js';
import { identityEnv, realGit } from './real-git.js';

describe('mergeText', () => {
  const base = 'a\nb\nc\nd\ne\n';

  it('combines edits to separate lines', () => {
    expect(mergeText(base, 'A\nb\nc\nd\ne\n', 'a\nb\nc\nd\nE\n')).toBe('A\nb\nc\nd\nE\n');
  });

  it('takes one side when the other is unchanged, and identical edits once', () => {
    expect(mergeText(base, base, 'x\n')).toBe('x\n');
    expect(mergeText(base, 'a\nB\nc\nd\ne\n', 'a\nB\nc\nd\ne\n')).toBe('a\nB\nc\nd\ne\n');
  });

  it('conflicts on different edits to the same or adjacent lines, as git does', () => {
    expect(mergeText(base, 'a\nX\nc\nd\ne\n', 'a\nY\nc\nd\ne\n')).toBeUndefined();
    expect(mergeText(base, 'a\nX\nc\nd\ne\n', 'a\nb\nY\nd\ne\n')).toBeUndefined();
    expect(mergeText(base, 'a\nb\nc\nd\ne\nX\n', 'a\nb\nc\nd\ne\nY\n')).toBeUndefined();
  });
});

let emulator: Emulator;
let gh: Client;

beforeEach(async () => {
  emulator = await startEmulator();
  gh = client(emulator);
});
afterEach(() => emulator.close());

const BASE = {
  'data.yaml':
    'Survey:\n  list:\n    - title: A\n\nArchitecture:\n  list:\n    - title: B\n\nTraining:\n  list:\n    - title: C\n',
  'README.md': '# List\n\n<!-- main-start -->\nold\n<!-- main-end -->\n\nprose\n',
  'keep.txt': 'same\n',
};
const OURS = {
  'data.yaml': BASE['data.yaml'].replace('- title: A\n', '- title: A\n    - title: A2\n'),
  'gone.txt': null,
  'new-on-main.txt': 'main\n',
};
const THEIRS = {
  'data.yaml': BASE['data.yaml'].replace('- title: C\n', '- title: C\n    - title: C2\n'),
  'README.md': BASE['README.md'].replace('prose', 'prose, edited'),
};

describe('mergePullRequest', () => {
  it('writes a two-parent merge commit whose tree is the one git merge-tree computes', async () => {
    emulator.createRepo({ owner: 'octo', name: 'list', files: { ...BASE, 'gone.txt': 'bye\n' } });
    const head = emulator.commitFiles('octo/list', 'paperlist/issue-1', THEIRS, 'Add C2', {
      time: '2024-10-15T00:00:00Z',
    });
    const base = emulator.commitFiles('octo/list', 'main', OURS, 'Add A2', {
      time: '2024-10-16T00:00:00Z',
    });
    const { data: pr } = await gh.request('POST /repos/{owner}/{repo}/pulls', {
      owner: 'octo',
      repo: 'list',
      title: 'Add C2',
      head: 'paperlist/issue-1',
      base: 'main',
    });
    const sha = emulator.mergePullRequest('octo/list', pr.number, {
      time: '2024-10-17T09:00:00Z',
      user: 'boss',
    });
    const merge = emulator.commit('octo/list', sha);
    expect(merge.parents.map((p) => p.sha)).toEqual([base, head]);
    expect(merge.committer).toEqual({
      name: 'GitHub',
      email: 'noreply@github.com',
      date: '2024-10-17T09:00:00Z',
    });
    expect(merge.author?.name).toBe('boss');
    expect(emulator.branchSha('octo/list', 'main')).toBe(sha);
    expect(emulator.readFile('octo/list', 'main', 'data.yaml')).toBe(
      BASE['data.yaml']
        .replace('- title: A\n', '- title: A\n    - title: A2\n')
        .replace('- title: C\n', '- title: C\n    - title: C2\n'),
    );
    expect(emulator.listFiles('octo/list', 'main')).toEqual([
      'README.md',
      'data.yaml',
      'keep.txt',
      'new-on-main.txt',
    ]);

    // The same three snapshots in a real repository give the same merged tree.
    const git = realGit();
    try {
      const env = identityEnv('T', 't@example.org', '2024-10-14T00:00:00Z');
      const commit = (files: Record<string, string | null>, parent?: string) => {
        for (const [p, c] of Object.entries(files)) {
          if (c === null) git.git(['rm', '-qf', p]);
          else git.write({ [p]: c });
        }
        git.git(['add', '-A']);
        const tree = git.git(['write-tree']);
        return git.git(['commit-tree', tree, ...(parent ? ['-p', parent] : [])], 'm', env);
      };
      const root = commit({ ...BASE, 'gone.txt': 'bye\n' });
      const theirs = commit(THEIRS, root);
      git.git(['read-tree', root]);
      git.git(['checkout-index', '-a', '-f']);
      const ours = commit(OURS, root);
      const merged = git.git(['merge-tree', '--write-tree', ours, theirs], undefined, env);
      expect(merge.tree.sha).toBe(merged);
    } finally {
      git.dispose();
    }
  });

  it('refuses a conflicting merge and leaves the branch where it was', async () => {
    emulator.createRepo({ owner: 'octo', name: 'list', files: BASE });
    emulator.commitFiles('octo/list', 'topic', { 'keep.txt': 'theirs\n' }, 'theirs');
    const base = emulator.commitFiles('octo/list', 'main', { 'keep.txt': 'ours\n' }, 'ours');
    const { data: pr } = await gh.request('POST /repos/{owner}/{repo}/pulls', {
      owner: 'octo',
      repo: 'list',
      title: 't',
      head: 'topic',
      base: 'main',
    });
    expect(() => emulator.mergePullRequest('octo/list', pr.number)).toThrow(
      `cannot merge #${pr.number}: Pull Request is not mergeable`,
    );
    expect(emulator.branchSha('octo/list', 'main')).toBe(base);
  });

  it('squashes into one single-parent commit when asked', async () => {
    emulator.createRepo({ owner: 'octo', name: 'list', files: BASE });
    const before = emulator.branchSha('octo/list', 'main') as string;
    emulator.commitFiles('octo/list', 'topic', { 'a.txt': 'a\n' }, 'one');
    emulator.commitFiles('octo/list', 'topic', { 'b.txt': 'b\n' }, 'two');
    const { data: pr } = await gh.request('POST /repos/{owner}/{repo}/pulls', {
      owner: 'octo',
      repo: 'list',
      title: 'Both',
      head: 'topic',
      base: 'main',
    });
    const sha = emulator.mergePullRequest('octo/list', pr.number, { method: 'squash' });
    const c = emulator.commit('octo/list', sha);
    expect(c.parents.map((p) => p.sha)).toEqual([before]);
    expect(c.message).toBe(`Both (#${pr.number})\n\n* one\n\n* two`);
    expect(emulator.listFiles('octo/list', 'main')).toContain('b.txt');
  });
});
