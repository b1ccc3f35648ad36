import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type SeededRepo } from '../emulator/index.js';
import { scheduleEvent, workflowDispatchEvent } from '../harness/index.js';

let emulator: Emulator;
let repo: SeededRepo;

beforeAll(async () => {
  emulator = await startEmulator();
  repo = emulator.createRepo({ owner: 'octo', name: 'papers', time: '2024-10-01T00:00:00Z' });
});
afterAll(() => emulator.close());

describe('event payloads', () => {
  it("an issues event carries the emulator issue, repository and sender on GitHub's example shape", () => {
    const seeded = emulator.createIssue(repo, {
      title: 'Suggest',
      body: '### Title\n\nX',
      labels: ['paper-suggestion'],
      user: 'alice',
    });
    emulator.updateIssue(repo, seeded.number, { body: 'edited body' });
    const payload = seeded.event('edited', { changes: { body: { from: '### Title\n\nX' } } });
    expect(payload.action).toBe('edited');
    expect(payload.issue).toMatchObject({
      number: seeded.number,
      title: 'Suggest',
      body: 'edited body',
      user: { login: 'alice' },
      labels: [{ name: 'paper-suggestion' }],
      html_url: `https://github.com/octo/papers/issues/${seeded.number}`,
    });
    expect(Object.keys(payload).sort()).toEqual([
      'action',
      'changes',
      'issue',
      'repository',
      'sender',
    ]);
    expect(payload.repository).toMatchObject({
      full_name: 'octo/papers',
      name: 'papers',
      owner: { login: 'octo' },
      default_branch: 'main',
      url: `${emulator.url}/repos/octo/papers`,
      html_url: 'https://github.com/octo/papers',
    });
    expect(payload.repository.issues_url).toBe(`${emulator.url}/repos/octo/papers/issues{/number}`);
    expect(JSON.stringify(payload)).not.toMatch(/api\.github\.com|Codertocat/);
    expect(payload.sender.login).toBe('alice');
    expect((payload as { changes?: unknown }).changes).toEqual({
      body: { from: '### Title\n\nX' },
    });
  });

  it('a push event lists the pushed commits with their files and the head commit time', () => {
    const before = emulator.branchSha(repo, 'main') as string;
    emulator.commitFiles(repo, 'main', { 'data.yaml': 'a\n' }, 'Add data', {
      time: '2024-10-02T00:00:00Z',
    });
    const after = emulator.commitFiles(
      repo,
      'main',
      { 'data.yaml': 'b\n', 'README.md': null },
      'Edit',
      {
        time: '2024-10-03T04:05:06Z',
      },
    );
    const payload = emulator.pushEvent(repo, { before });
    expect([payload.ref, payload.before, payload.after, payload.created, payload.deleted]).toEqual([
      'refs/heads/main',
      before,
      after,
      false,
      false,
    ]);
    expect(payload.commits.map((c) => [c.message, c.added, c.modified, c.removed])).toEqual([
      ['Add data', ['data.yaml'], [], []],
      ['Edit', [], ['data.yaml'], ['README.md']],
    ]);
    expect(payload.head_commit).toMatchObject({ id: after, timestamp: '2024-10-03T04:05:06Z' });
    expect(typeof payload.repository.created_at).toBe('number');
  });

  it('workflow_dispatch and schedule payloads name the repository', () => {
    const json = emulator.repository(repo);
    const dispatch = workflowDispatchEvent(json, { inputs: { mode: 'full' } });
    expect([dispatch.ref, dispatch.inputs, dispatch.repository.full_name]).toEqual([
      'refs/heads/main',
      { mode: 'full' },
      'octo/papers',
    ]);
    const schedule = scheduleEvent(json, { cron: '0 3 * * 1' });
    expect([schedule.schedule, schedule.repository.full_name]).toEqual([
      '0 3 * * 1',
      'octo/papers',
    ]);
  });
});
