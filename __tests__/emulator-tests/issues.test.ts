import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { client, failure, type Client } from './client.js';

let emulator: Emulator;
let gh: Client;
const repo = { owner: 'octo', repo: 'list' };

beforeEach(async () => {
  emulator = await startEmulator();
  emulator.createRepo({ owner: 'octo', name: 'list' });
  gh = client(emulator);
});
afterEach(() => emulator.close());

describe('issues', () => {
  it('creates, reads, edits, closes with a reason and reopens an issue', async () => {
    const { data: created } = await gh.request('POST /repos/{owner}/{repo}/issues', {
      ...repo,
      title: 'Report',
      body: 'links',
      labels: ['paperlist:report'],
    });
    expect(created).toMatchObject({
      number: 1,
      state: 'open',
      state_reason: null,
      html_url: 'https://github.com/octo/list/issues/1',
      labels: [{ name: 'paperlist:report', color: 'ededed' }],
      user: { login: 'github-actions[bot]' },
    });
    const n = { ...repo, issue_number: 1 };
    await gh.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...n,
      body: 'new body',
    });
    const closed = await gh.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...n,
      state: 'closed',
      state_reason: 'not_planned',
    });
    expect([closed.data.state, closed.data.state_reason, closed.data.body]).toEqual([
      'closed',
      'not_planned',
      'new body',
    ]);
    const reopened = await gh.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...n,
      state: 'open',
    });
    expect([reopened.data.state, reopened.data.state_reason, reopened.data.closed_at]).toEqual([
      'open',
      'reopened',
      null,
    ]);
    const missing = await failure(
      gh.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: 99 }),
    );
    expect([missing.status, missing.data.message]).toEqual([404, 'Not Found']);
  });

  it('lists pull requests among issues, as GitHub does, and filters by label and state', async () => {
    emulator.createIssue('octo/list', { title: 'Suggest A', labels: ['paper-suggestion'] });
    emulator.commitFiles('octo/list', 'paperlist/issue-1', { 'x.txt': 'x\n' }, 'x');
    await gh.request('POST /repos/{owner}/{repo}/pulls', {
      ...repo,
      title: 'PR',
      head: 'paperlist/issue-1',
      base: 'main',
    });
    emulator.createIssue('octo/list', { title: 'Other' });
    const { data } = await gh.request('GET /repos/{owner}/{repo}/issues', repo);
    expect(data.map((i) => [i.number, i.pull_request ? 'pull' : 'issue'])).toEqual([
      [3, 'issue'],
      [2, 'pull'],
      [1, 'issue'],
    ]);
    const labelled = await gh.request('GET /repos/{owner}/{repo}/issues', {
      ...repo,
      labels: 'Paper-Suggestion',
    });
    expect(labelled.data.map((i) => i.number)).toEqual([1]);
    const closed = await gh.request('GET /repos/{owner}/{repo}/issues', {
      ...repo,
      state: 'closed',
    });
    expect(closed.data).toEqual([]);
  });

  it('closing a pull request through the issues endpoint closes the pull request', async () => {
    emulator.commitFiles('octo/list', 'topic', { 'x.txt': 'x\n' }, 'x');
    const { data: pr } = await gh.request('POST /repos/{owner}/{repo}/pulls', {
      ...repo,
      title: 'PR',
      head: 'topic',
      base: 'main',
    });
    await gh.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: pr.number,
      state: 'closed',
    });
    expect(emulator.getPulls('octo/list')[0]).toMatchObject({ state: 'closed', merged: false });
  });
});

describe('comments', () => {
  it('posts, lists in order, and edits a comment; 404s a comment on a missing issue', async () => {
    const issue = emulator.createIssue('octo/list', { title: 'T' });
    const n = { ...repo, issue_number: issue.number };
    const first = await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...n,
      body: 'checking…',
    });
    await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...n,
      body: 'second',
    });
    expect(first.status).toBe(201);
    expect(first.data.html_url).toBe(
      `https://github.com/octo/list/issues/1#issuecomment-${first.data.id}`,
    );
    const edited = await gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...repo,
      comment_id: first.data.id,
      body: 'done',
    });
    expect(edited.data.body).toBe('done');
    const { data } = await gh.request(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      n,
    );
    expect(data.map((c) => [c.body, c.user?.login])).toEqual([
      ['done', 'github-actions[bot]'],
      ['second', 'github-actions[bot]'],
    ]);
    expect(emulator.getComments('octo/list', issue.number).map((c) => c.body)).toEqual([
      'done',
      'second',
    ]);
    const orphan = await failure(
      gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: 42,
        body: 'x',
      }),
    );
    expect(orphan.status).toBe(404);
    const noComment = await failure(
      gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        ...repo,
        comment_id: 1,
        body: 'x',
      }),
    );
    expect(noComment.status).toBe(404);
  });
});

describe('labels', () => {
  it('creates labels (422 for a duplicate name in any case) and lists them', async () => {
    const { data } = await gh.request('POST /repos/{owner}/{repo}/labels', {
      ...repo,
      name: 'paper',
      color: '0e8a16',
      description: 'A paper',
    });
    expect(data).toMatchObject({
      name: 'paper',
      color: '0e8a16',
      description: 'A paper',
      default: false,
    });
    const dup = await failure(
      gh.request('POST /repos/{owner}/{repo}/labels', { ...repo, name: 'Paper' }),
    );
    expect(dup.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
    });
    const list = await gh.request('GET /repos/{owner}/{repo}/labels', repo);
    expect(list.data.map((l) => l.name)).toEqual(['paper']);
  });

  it('adds labels to an issue (creating unknown ones) and removes one; 404 for a label not on it', async () => {
    const issue = emulator.createIssue('octo/list', { title: 'T', labels: ['paper-suggestion'] });
    const n = { ...repo, issue_number: issue.number };
    const added = await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      ...n,
      labels: ['invalid', 'paper-suggestion'],
    });
    expect(added.data.map((l) => l.name)).toEqual(['paper-suggestion', 'invalid']);
    const removed = await gh.request(
      'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
      { ...n, name: 'invalid' },
    );
    expect(removed.data.map((l) => l.name)).toEqual(['paper-suggestion']);
    const gone = await failure(
      gh.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
        ...n,
        name: 'invalid',
      }),
    );
    expect([gone.status, gone.data.message]).toEqual([404, 'Label does not exist']);
    const all = await gh.request('GET /repos/{owner}/{repo}/labels', repo);
    expect(all.data.map((l) => l.name).sort()).toEqual(['invalid', 'paper-suggestion']);
  });
});

describe('pagination', () => {
  it('pages 30 by default, caps per_page at 100, and links next/last/prev/first', async () => {
    for (let i = 1; i <= 35; i++) emulator.createIssue('octo/list', { title: `Issue ${i}` });
    const first = await gh.request('GET /repos/{owner}/{repo}/issues', repo);
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toBe(
      `<${emulator.url}/repos/octo/list/issues?per_page=30&page=2>; rel="next", ` +
        `<${emulator.url}/repos/octo/list/issues?per_page=30&page=2>; rel="last"`,
    );
    const second = await gh.request('GET /repos/{owner}/{repo}/issues', { ...repo, page: 2 });
    expect(second.data.map((i) => i.number)).toEqual([5, 4, 3, 2, 1]);
    expect(second.headers.link).toBe(
      `<${emulator.url}/repos/octo/list/issues?page=1&per_page=30>; rel="prev", ` +
        `<${emulator.url}/repos/octo/list/issues?page=1&per_page=30>; rel="first"`,
    );
    const middle = await gh.request('GET /repos/{owner}/{repo}/issues', {
      ...repo,
      per_page: 10,
      page: 2,
      state: 'open',
    });
    expect(middle.data.map((i) => i.number)).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16]);
    expect(middle.headers.link?.split(', ').map((l) => /rel="(\w+)"/.exec(l)?.[1])).toEqual([
      'prev',
      'next',
      'last',
      'first',
    ]);
    expect(middle.headers.link).toContain('state=open');
    const capped = await gh.request('GET /repos/{owner}/{repo}/issues', { ...repo, per_page: 500 });
    expect(capped.data).toHaveLength(35);
    expect(capped.headers.link).toBeUndefined();
  });

  it('following Link rel="next" visits every comment once', async () => {
    const issue = emulator.createIssue('octo/list', { title: 'T' });
    for (let i = 0; i < 7; i++) emulator.addComment('octo/list', issue.number, `c${i}`);
    const seen: string[] = [];
    let url: string | undefined = `/repos/octo/list/issues/${issue.number}/comments?per_page=3`;
    while (url) {
      const res: { data: { body?: string }[]; headers: { link?: string } } = await gh.request(
        `GET ${url}`,
      );
      seen.push(...res.data.map((c) => c.body ?? ''));
      url = /<([^>]+)>; rel="next"/.exec(res.headers.link ?? '')?.[1]?.replace(emulator.url, '');
    }
    expect(seen).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
  });
});
