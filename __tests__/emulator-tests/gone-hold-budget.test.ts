import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { client, failure, type Client } from './client.js';

let emulator: Emulator;
let gh: Client;
const repo = { owner: 'octo', repo: 'list' };

beforeEach(async () => {
  emulator = await startEmulator();
  emulator.createRepo({ owner: 'octo', name: 'list', files: { 'data.yaml': 'a: 1\n' } });
  gh = client(emulator);
});
afterEach(() => emulator.close());

const getIssue = (issue_number: number) =>
  gh.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number });

describe('issues that are gone', () => {
  it('a deleted issue answers 410, is not listed, and its comments are gone', async () => {
    const issue = emulator.createIssue(repo.owner + '/' + repo.repo, { title: 'x' });
    emulator.addComment('octo/list', issue.number, 'hello');
    emulator.deleteIssue('octo/list', issue.number);
    const gone = await failure(getIssue(issue.number));
    expect(gone.status).toBe(410);
    expect(gone.data.message).toBe('This issue was deleted');
    const listed = await gh.request('GET /repos/{owner}/{repo}/issues', repo);
    expect(listed.data).toEqual([]);
    expect(
      (
        await failure(
          gh.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...repo,
            issue_number: issue.number,
          }),
        )
      ).status,
    ).toBe(410);
    // A number never used is still 404.
    expect((await failure(getIssue(99))).status).toBe(404);
  });

  it('a transferred issue answers 301 with its new address, which a client follows', async () => {
    const issue = emulator.createIssue('octo/list', { title: 'moved', body: 'b' });
    emulator.addComment('octo/list', issue.number, 'hello');
    const moved = emulator.transferIssue('octo/list', issue.number, 'octo/elsewhere');
    const raw = await fetch(`${emulator.url}/repos/octo/list/issues/${issue.number}`, {
      headers: { authorization: `token ${emulator.token}` },
      redirect: 'manual',
    });
    expect(raw.status).toBe(301);
    expect(raw.headers.get('location')).toBe(
      `${emulator.url}/repos/octo/elsewhere/issues/${moved}`,
    );
    const followed = await getIssue(issue.number);
    expect(followed.data.repository_url).toBe(`${emulator.url}/repos/octo/elsewhere`);
    expect(followed.data.title).toBe('moved');
    expect(emulator.getComments('octo/elsewhere', moved).map((c) => c.body)).toEqual(['hello']);
    expect(emulator.getIssues('octo/list')).toEqual([]);
  });
});

describe('holding a request', () => {
  it('waits until released, then is handled normally', async () => {
    const hold = emulator.holdNext({ method: 'GET', path: '/repos/octo/list/contents/data.yaml' });
    let done = false;
    const pending = gh
      .request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path: 'data.yaml' })
      .then((r) => {
        done = true;
        return r;
      });
    await hold.arrived;
    // Other requests pass while this one is held.
    expect((await gh.request('GET /repos/{owner}/{repo}', repo)).status).toBe(200);
    expect(done).toBe(false);
    hold.release();
    expect((await pending).status).toBe(200);
    expect(emulator.pendingFaults()).toEqual([]);
  });
});

describe('a low remaining budget', () => {
  it('counts down in x-ratelimit-remaining, then refuses with 403 until a new budget is set', async () => {
    emulator.setRateLimitRemaining(2, 1_900_000_000);
    const first = await gh.request('GET /repos/{owner}/{repo}', repo);
    expect(first.headers['x-ratelimit-remaining']).toBe('1');
    const second = await gh.request('GET /repos/{owner}/{repo}', repo);
    expect(second.headers['x-ratelimit-remaining']).toBe('0');
    expect(second.headers['x-ratelimit-reset']).toBe('1900000000');
    const refused = await failure(
      gh.request('GET /repos/{owner}/{repo}', { ...repo, request: { retries: 0 } }),
    );
    expect(refused.status).toBe(403);
    expect(String(refused.data.message)).toMatch(/^API rate limit exceeded/);
    emulator.setRateLimitRemaining(undefined);
    expect((await gh.request('GET /repos/{owner}/{repo}', repo)).status).toBe(200);
  });
});
