// Commit statuses, the files of a pull request, pull requests from forks, read-only tokens and
// pull_request payloads: what the pull request check needs GitHub to do.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import {
  commitStatuses,
  openPersonPull,
  personPullEvent,
  pushToPersonPull,
} from '../emulator/people.js';
import { addReadOnlyToken } from '../emulator/read-only.js';
import { client, failure, type Client } from './client.js';

let emulator: Emulator;
let gh: Client;
const repo = { owner: 'octo', repo: 'list' };

beforeEach(async () => {
  emulator = await startEmulator();
  emulator.createRepo({
    owner: 'octo',
    name: 'list',
    files: { 'data.yaml': 'one\ntwo\nthree\n', 'README.md': '# list\n' },
  });
  gh = client(emulator);
});
afterEach(() => emulator.close());

describe('commit statuses', () => {
  it('creates statuses, lists them newest first, and combines the latest per context', async () => {
    const sha = emulator.branchSha('octo/list', 'main')!;
    const post = (state: 'pending' | 'success' | 'failure' | 'error', context: string) =>
      gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
        ...repo,
        sha,
        state,
        context,
        description: state,
      });
    const first = await post('pending', 'paperlist');
    expect(first.status).toBe(201);
    expect(first.data).toMatchObject({
      state: 'pending',
      context: 'paperlist',
      creator: { login: 'github-actions[bot]' },
    });
    await post('success', 'paperlist');
    await post('success', 'ci');
    const list = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}/statuses', {
      ...repo,
      ref: sha,
    });
    expect(list.data.map((s) => `${s.context}:${s.state}`)).toEqual([
      'ci:success',
      'paperlist:success',
      'paperlist:pending',
    ]);
    const combined = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}/status', {
      ...repo,
      ref: 'main',
    });
    expect(combined.data).toMatchObject({ state: 'success', sha, total_count: 2 });
    await post('failure', 'ci');
    const after = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}/status', {
      ...repo,
      ref: sha,
    });
    expect(after.data.state).toBe('failure');
    expect(commitStatuses(emulator, 'octo/list', sha).latest.map((s) => s.state)).toEqual([
      'failure',
      'success',
    ]);
  });

  it('refuses an unknown state and an unknown commit with 422', async () => {
    const sha = emulator.branchSha('octo/list', 'main')!;
    expect(
      (
        await failure(
          gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
            ...repo,
            sha,
            state: 'done' as 'success',
          }),
        )
      ).status,
    ).toBe(422);
    const other = 'f'.repeat(40);
    expect(
      (
        await failure(
          gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
            ...repo,
            sha: other,
            state: 'success',
          }),
        )
      ).status,
    ).toBe(422);
  });

  it('refuses every write made with a read-only token, and lets it read', async () => {
    const ro = client(emulator, addReadOnlyToken(emulator.state));
    const sha = emulator.branchSha('octo/list', 'main')!;
    const refused = await failure(
      ro.request('POST /repos/{owner}/{repo}/statuses/{sha}', { ...repo, sha, state: 'success' }),
    );
    expect(refused).toMatchObject({
      status: 403,
      data: { message: 'Resource not accessible by integration' },
    });
    expect((await ro.request('GET /repos/{owner}/{repo}', repo)).status).toBe(200);
  });
});

describe('people’s pull requests', () => {
  it('lists the files a pull request changes since its merge base, with line counts', async () => {
    const { number } = openPersonPull(emulator, 'octo/list', {
      branch: 'add-four',
      files: { 'data.yaml': 'one\ntwo\nthree\nfour\n', 'notes.md': 'hi\n' },
    });
    // A later change on the base branch is not the pull request's.
    emulator.commitFiles('octo/list', 'main', { 'README.md': '# list!\n' }, 'prose');
    const files = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      ...repo,
      pull_number: number,
    });
    expect(files.data.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([
      ['data.yaml', 'modified', 1, 0],
      ['notes.md', 'added', 1, 0],
    ]);
  });

  it('a fork’s pull request names the fork as its head, and its head commit is readable here', async () => {
    const { number, headSha } = openPersonPull(emulator, 'octo/list', {
      branch: 'main',
      fork: 'stranger',
      user: 'stranger',
      files: { 'data.yaml': 'one\n' },
    });
    const pull = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      ...repo,
      pull_number: number,
    });
    expect(pull.data.head).toMatchObject({
      label: 'stranger:main',
      sha: headSha,
      repo: { full_name: 'stranger/list', fork: true },
    });
    expect(pull.data.base.repo.full_name).toBe('octo/list');
    const file = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path: 'data.yaml',
      ref: headSha,
    });
    expect(Buffer.from((file.data as { content: string }).content, 'base64').toString()).toBe(
      'one\n',
    );
    // The fork's branch is not a branch here.
    expect(emulator.branchSha('octo/list', 'main')).not.toBe(headSha);
    const next = pushToPersonPull(emulator, 'octo/list', number, { 'data.yaml': 'one\nfive\n' });
    const files = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      ...repo,
      pull_number: number,
    });
    expect(files.data[0]).toMatchObject({ filename: 'data.yaml', sha: expect.any(String) });
    expect(personPullEvent(emulator, 'octo/list', number, 'synchronize')).toMatchObject({
      action: 'synchronize',
      number,
      pull_request: { number, head: { sha: next, repo: { full_name: 'stranger/list' } } },
      repository: { full_name: 'octo/list' },
    });
  });
});
