import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  NOT_FAST_FORWARD_MESSAGE,
  PROTECTED_BRANCH_MESSAGE,
  startEmulator,
  type Emulator,
} from '../emulator/index.js';
import { client, failure, type Client } from './client.js';

let emulator: Emulator;
let gh: Client;
let main: string;
const repo = { owner: 'octo', repo: 'list' };

beforeEach(async () => {
  emulator = await startEmulator();
  emulator.createRepo({
    owner: 'octo',
    name: 'list',
    files: { 'data.yaml': 'a: 1\n' },
    time: '2024-01-01T00:00:00Z',
  });
  main = emulator.branchSha('octo/list', 'main') as string;
  gh = client(emulator);
});
afterEach(() => emulator.close());

describe('authentication and common headers', () => {
  it('answers 401 without a token and with an unknown one', async () => {
    expect(
      await failure(client(emulator, null).request('GET /repos/{owner}/{repo}', repo)),
    ).toEqual({
      status: 401,
      data: {
        message: 'Requires authentication',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      },
    });
    const bad = await failure(client(emulator, 'nope').request('GET /repos/{owner}/{repo}', repo));
    expect([bad.status, bad.data.message]).toEqual([401, 'Bad credentials']);
  });

  it('accepts "Bearer" as well as "token" and sends rate-limit headers that count down', async () => {
    const bearer = await fetch(`${emulator.url}/repos/octo/list`, {
      headers: { authorization: `Bearer ${emulator.token}` },
    });
    expect(bearer.status).toBe(200);
    const second = await gh.request('GET /repos/{owner}/{repo}', repo);
    expect(second.headers['x-ratelimit-limit']).toBe('5000');
    expect(second.headers['x-ratelimit-used']).toBe('2');
    expect(second.headers['x-ratelimit-remaining']).toBe('4998');
    expect(second.headers['x-ratelimit-resource']).toBe('core');
    expect(Number(second.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
  });

  it('answers 404 Not Found for a missing repository or route', async () => {
    const missing = await failure(
      gh.request('GET /repos/{owner}/{repo}', { owner: 'octo', repo: 'nope' }),
    );
    expect([missing.status, missing.data.message]).toEqual([404, 'Not Found']);
    const route = await failure(gh.request('GET /repos/{owner}/{repo}/nothing-here', repo));
    expect(route.status).toBe(404);
  });

  it('describes the repository with its default branch', async () => {
    const { data } = await gh.request('GET /repos/{owner}/{repo}', repo);
    expect(data.full_name).toBe('octo/list');
    expect(data.default_branch).toBe('main');
    expect(data.owner.login).toBe('octo');
    expect(data.html_url).toBe('https://github.com/octo/list');
    expect(data.url).toBe(`${emulator.url}/repos/octo/list`);
  });

  it('refuses GET /user to the workflow token, as GitHub does, and answers a personal token', async () => {
    const app = await failure(gh.request('GET /user'));
    expect([app.status, app.data.message]).toEqual([403, 'Resource not accessible by integration']);
    const token = emulator.addUser('maintainer');
    const { data } = await client(emulator, token).request('GET /user');
    expect(data.login).toBe('maintainer');
  });
});

describe('git refs', () => {
  it('reads a ref (with the slash in a branch name encoded or not) and 404s a missing one', async () => {
    emulator.createBranch('octo/list', 'paperlist/issue-7');
    const { data } = await gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      ...repo,
      ref: 'heads/paperlist/issue-7',
    });
    expect(data).toMatchObject({
      ref: 'refs/heads/paperlist/issue-7',
      object: { type: 'commit', sha: main },
    });
    const raw = await fetch(`${emulator.url}/repos/octo/list/git/ref/heads/paperlist/issue-7`, {
      headers: { authorization: `token ${emulator.token}` },
    });
    expect(((await raw.json()) as { object: { sha: string } }).object.sha).toBe(main);
    const missing = await failure(
      gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repo, ref: 'heads/paperlist' }),
    );
    expect([missing.status, missing.data.message]).toEqual([404, 'Not Found']);
  });

  it('lists matching refs by prefix', async () => {
    emulator.createBranch('octo/list', 'paperlist/issue-2');
    emulator.createBranch('octo/list', 'paperlist/issue-10');
    emulator.createBranch('octo/list', 'feature');
    const { data } = await gh.request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
      ...repo,
      ref: 'heads/paperlist/',
    });
    expect(data.map((r) => r.ref)).toEqual([
      'refs/heads/paperlist/issue-10',
      'refs/heads/paperlist/issue-2',
    ]);
    const none = await gh.request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
      ...repo,
      ref: 'heads/zzz',
    });
    expect(none.data).toEqual([]);
  });

  it('creates a ref, and refuses an existing name or a missing object', async () => {
    const created = await gh.request('POST /repos/{owner}/{repo}/git/refs', {
      ...repo,
      ref: 'refs/heads/topic',
      sha: main,
    });
    expect(created.status).toBe(201);
    expect(emulator.branchSha('octo/list', 'topic')).toBe(main);
    const again = await failure(
      gh.request('POST /repos/{owner}/{repo}/git/refs', {
        ...repo,
        ref: 'refs/heads/topic',
        sha: main,
      }),
    );
    expect([again.status, again.data.message]).toEqual([422, 'Reference already exists']);
    const ghost = await failure(
      gh.request('POST /repos/{owner}/{repo}/git/refs', {
        ...repo,
        ref: 'refs/heads/ghost',
        sha: 'f'.repeat(40),
      }),
    );
    expect([ghost.status, ghost.data.message]).toEqual([422, 'Object does not exist']);
  });

  it('fast-forwards a ref, refuses a non-fast-forward unless forced', async () => {
    emulator.createBranch('octo/list', 'topic');
    const ahead = emulator.commitFiles('octo/list', 'topic', { 'b.txt': 'b\n' }, 'b');
    const other = emulator.commitFiles('octo/list', 'other', { 'c.txt': 'c\n' }, 'c');
    const ff = await gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      ...repo,
      ref: 'heads/main',
      sha: ahead,
    });
    expect(ff.data.object.sha).toBe(ahead);
    const nonFf = await failure(
      gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        ...repo,
        ref: 'heads/main',
        sha: other,
      }),
    );
    expect(nonFf).toEqual({
      status: 422,
      data: {
        message: NOT_FAST_FORWARD_MESSAGE,
        documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference',
        status: '422',
      },
    });
    expect(NOT_FAST_FORWARD_MESSAGE).toBe('Update is not a fast forward');
    await gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      ...repo,
      ref: 'heads/main',
      sha: other,
      force: true,
    });
    expect(emulator.branchSha('octo/list', 'main')).toBe(other);
    const missing = await failure(
      gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        ...repo,
        ref: 'heads/gone',
        sha: other,
      }),
    );
    expect([missing.status, missing.data.message]).toEqual([422, 'Reference does not exist']);
  });

  it('refuses to move or delete a protected branch with the token, but seeding may', async () => {
    emulator.setProtected('octo/list', 'main', true);
    const next = emulator.commitFiles('octo/list', 'topic', { 'b.txt': 'b\n' }, 'b');
    const moved = await failure(
      gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        ...repo,
        ref: 'heads/main',
        sha: next,
      }),
    );
    expect(moved).toEqual({
      status: 422,
      data: {
        message: PROTECTED_BRANCH_MESSAGE,
        documentation_url: 'https://docs.github.com/articles/about-protected-branches',
        status: '422',
      },
    });
    expect(emulator.branchSha('octo/list', 'main')).toBe(main);
    const deleted = await failure(
      gh.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { ...repo, ref: 'heads/main' }),
    );
    expect([deleted.status, deleted.data.message]).toEqual([
      422,
      'Cannot delete this protected branch.',
    ]);
    const branch = await gh.request('GET /repos/{owner}/{repo}/branches/{branch}', {
      ...repo,
      branch: 'main',
    });
    expect(branch.data.protected).toBe(true);
    emulator.setProtected('octo/list', 'main', false);
    await gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      ...repo,
      ref: 'heads/main',
      sha: next,
    });
    expect(emulator.branchSha('octo/list', 'main')).toBe(next);
  });

  it('deletes a ref (422 when it is gone) and closes the open pull request it headed', async () => {
    emulator.commitFiles('octo/list', 'paperlist/issue-1', { 'b.txt': 'b\n' }, 'b');
    const pr = await gh.request('POST /repos/{owner}/{repo}/pulls', {
      ...repo,
      title: 'T',
      head: 'paperlist/issue-1',
      base: 'main',
    });
    const del = await gh.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', {
      ...repo,
      ref: 'heads/paperlist/issue-1',
    });
    expect(del.status).toBe(204);
    expect(emulator.branches('octo/list')).toEqual(['main']);
    const after = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      ...repo,
      pull_number: pr.data.number,
    });
    expect([after.data.state, after.data.merged]).toEqual(['closed', false]);
    const again = await failure(
      gh.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', {
        ...repo,
        ref: 'heads/paperlist/issue-1',
      }),
    );
    expect([again.status, again.data.message]).toEqual([422, 'Reference does not exist']);
  });
});
