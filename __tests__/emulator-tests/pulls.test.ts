import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { client, failure, type Client } from './client.js';

let emulator: Emulator;
let gh: Client;
const repo = { owner: 'octo', repo: 'list' };

beforeEach(async () => {
  emulator = await startEmulator();
  emulator.createRepo({ owner: 'octo', name: 'list', files: { 'data.yaml': 'one\ntwo\nthree\n' } });
  gh = client(emulator);
});
afterEach(() => emulator.close());

const open = (head: string, title = `PR for ${head}`, body = '') =>
  gh.request('POST /repos/{owner}/{repo}/pulls', { ...repo, title, head, base: 'main', body });

describe('pull requests', () => {
  it('creates a pull request numbered after the issues, with head and base shas', async () => {
    const issue = emulator.createIssue('octo/list', { title: 'Suggest: X' });
    const head = emulator.commitFiles(
      'octo/list',
      'paperlist/issue-1',
      { 'data.yaml': 'one\ntwo\nthree\nfour\n' },
      'add',
    );
    const { status, data } = await open('octo:paperlist/issue-1', 'Add X', 'Closes #1');
    expect(status).toBe(201);
    expect(issue.number).toBe(1);
    expect(data.number).toBe(2);
    expect(data).toMatchObject({
      state: 'open',
      merged: false,
      mergeable: true,
      mergeable_state: 'clean',
      title: 'Add X',
      body: 'Closes #1',
      html_url: 'https://github.com/octo/list/pull/2',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      head: { ref: 'paperlist/issue-1', sha: head, label: 'octo:paperlist/issue-1' },
      base: { ref: 'main', sha: emulator.branchSha('octo/list', 'main') },
      commits: 1,
    });
    const asIssue = await gh.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: 2,
    });
    expect(asIssue.data.pull_request?.url).toBe(`${emulator.url}/repos/octo/list/pulls/2`);
    const notPull = await failure(
      gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: 1 }),
    );
    expect(notPull.status).toBe(404);
  });

  it("refuses a second open pull request for the same head with GitHub's message", async () => {
    emulator.commitFiles('octo/list', 'paperlist/issue-1', { 'x.txt': 'x\n' }, 'x');
    await open('paperlist/issue-1');
    const dup = await failure(open('paperlist/issue-1'));
    expect(dup).toEqual({
      status: 422,
      data: {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: 'A pull request already exists for octo:paperlist/issue-1.',
          },
        ],
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
        status: '422',
      },
    });
  });

  it('refuses a missing head or base, and a head with nothing to merge', async () => {
    const noHead = await failure(open('nope'));
    expect(noHead.data.errors).toEqual([
      { resource: 'PullRequest', field: 'head', code: 'invalid' },
    ]);
    emulator.createBranch('octo/list', 'same');
    const same = await failure(open('same'));
    expect(same.data.errors).toEqual([
      { resource: 'PullRequest', code: 'custom', message: 'No commits between main and same' },
    ]);
    emulator.commitFiles('octo/list', 'x', { 'x.txt': 'x\n' }, 'x');
    const noBase = await failure(
      gh.request('POST /repos/{owner}/{repo}/pulls', {
        ...repo,
        title: 't',
        head: 'x',
        base: 'dev',
      }),
    );
    expect(noBase.data.errors).toEqual([
      { resource: 'PullRequest', field: 'base', code: 'invalid' },
    ]);
  });

  it('filters the list by state, by owner:branch head and by base; a bare head is ignored as on GitHub', async () => {
    for (const b of ['a', 'b', 'c'])
      emulator.commitFiles('octo/list', `paperlist/${b}`, { [`${b}.txt`]: b }, b);
    const [a, , c] = [
      await open('paperlist/a'),
      await open('paperlist/b'),
      await open('paperlist/c'),
    ];
    await gh.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      ...repo,
      pull_number: c.data.number,
      state: 'closed',
    });
    const list = async (q: Record<string, string>) =>
      (await gh.request('GET /repos/{owner}/{repo}/pulls', { ...repo, ...q })).data.map(
        (p) => p.number,
      );
    expect(await list({})).toEqual([2, 1]);
    expect(await list({ state: 'closed' })).toEqual([3]);
    expect(await list({ state: 'all', direction: 'asc' })).toEqual([1, 2, 3]);
    expect(await list({ state: 'all', head: 'octo:paperlist/a' })).toEqual([a.data.number]);
    expect(await list({ state: 'all', head: 'paperlist/a' })).toEqual([3, 2, 1]);
    expect(await list({ base: 'main' })).toEqual([2, 1]);
    expect(await list({ base: 'dev' })).toEqual([]);
  });

  it('edits title and body, closes, and reopens only while the head branch exists', async () => {
    emulator.commitFiles('octo/list', 'paperlist/issue-4', { 'x.txt': 'x\n' }, 'x');
    const { data: pr } = await open('paperlist/issue-4');
    const n = { ...repo, pull_number: pr.number };
    const edited = await gh.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      ...n,
      title: 'New',
      body: 'B',
    });
    expect([edited.data.title, edited.data.body]).toEqual(['New', 'B']);
    await gh.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...n, state: 'closed' });
    const reopened = await gh.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      ...n,
      state: 'open',
    });
    expect(reopened.data.state).toBe('open');
    await gh.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...n, state: 'closed' });
    await gh.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', {
      ...repo,
      ref: 'heads/paperlist/issue-4',
    });
    const refused = await failure(
      gh.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...n, state: 'open' }),
    );
    expect(refused.data.errors).toEqual([
      {
        resource: 'PullRequest',
        field: 'state',
        code: 'custom',
        message: 'state cannot be changed. The paperlist/issue-4 branch has been deleted.',
      },
    ]);
  });

  it('merges through the API: a two-parent commit, the issue it closes is closed', async () => {
    const issue = emulator.createIssue('octo/list', { title: 'Suggest' });
    emulator.commitFiles(
      'octo/list',
      'paperlist/issue-1',
      { 'data.yaml': 'one\ntwo\nthree\nfour\n' },
      'add four',
    );
    const base = emulator.commitFiles('octo/list', 'main', { 'README.md': 'readme\n' }, 'readme');
    const { data: pr } = await open('paperlist/issue-1', 'Add four', `Closes #${issue.number}`);
    emulator.setClock(() => new Date('2024-12-01T10:00:00Z'));
    const { data } = await gh.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', {
      ...repo,
      pull_number: pr.number,
    });
    expect(data).toEqual({
      sha: emulator.branchSha('octo/list', 'main'),
      merged: true,
      message: 'Pull Request successfully merged',
    });
    const merge = emulator.commit('octo/list', data.sha);
    expect(merge.parents.map((p) => p.sha)).toEqual([base, pr.head.sha]);
    expect(merge.message).toBe('Merge pull request #2 from octo/paperlist/issue-1\n\nAdd four');
    expect(emulator.readFile('octo/list', 'main', 'data.yaml')).toBe('one\ntwo\nthree\nfour\n');
    const after = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      ...repo,
      pull_number: pr.number,
    });
    expect(after.data).toMatchObject({
      state: 'closed',
      merged: true,
      merged_at: '2024-12-01T10:00:00Z',
      merge_commit_sha: data.sha,
    });
    expect(emulator.getIssue('octo/list', issue.number)).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
    });
  });

  it('answers 405 for a merge that conflicts and 409 when the head moved past the given sha', async () => {
    emulator.commitFiles('octo/list', 'left', { 'data.yaml': 'one\nTWO\nthree\n' }, 'left');
    emulator.commitFiles('octo/list', 'main', { 'data.yaml': 'one\n2\nthree\n' }, 'main edit');
    const { data: pr } = await open('left');
    expect(
      (
        await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
          ...repo,
          pull_number: pr.number,
        })
      ).data,
    ).toMatchObject({
      mergeable: false,
      mergeable_state: 'dirty',
    });
    const conflict = await failure(
      gh.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', {
        ...repo,
        pull_number: pr.number,
      }),
    );
    expect([conflict.status, conflict.data.message]).toEqual([
      405,
      'Pull Request is not mergeable',
    ]);
    emulator.commitFiles('octo/list', 'right', { 'other.txt': 'o\n' }, 'right');
    const { data: ok } = await open('right');
    const stale = await failure(
      gh.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', {
        ...repo,
        pull_number: ok.number,
        sha: 'f'.repeat(40),
      }),
    );
    expect([stale.status, stale.data.message]).toEqual([
      409,
      'Head branch was modified. Review and try the merge again.',
    ]);
  });
});
