// What does not run, and what runs once: commands from people without write permission (one short
// reply, nothing changed), quoted or in code, by bots, on a fork's pull request, repeated by an edit
// of the comment, or delivered again; commands that cannot be done (a reply says why and how).
import { beforeAll, describe, expect, test } from 'vitest';
import { makeBot, reactionsOn, setRole } from '../../emulator/comments.js';
import { openPersonPull } from '../../emulator/people.js';
import { addReadOnlyToken } from '../../emulator/read-only.js';
import { runAction } from '../../harness/index.js';
import { commentEvent } from '../../emulator/comments.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { repoCalls, repoWrites } from '../suggestion/setup.js';
import {
  commentAndRun,
  editAndRun,
  listWithSuggestion,
  MAINTAINER,
  READER,
  repliesOn,
  runComment,
  sectionsAnswer,
  tickingClock,
} from './setup.js';

const emulator = useEmulator();
beforeAll(() => tickingClock(emulator));

const BRANCH = 'paperlist/issue-1';
const FAST_RETRIES = { PAPERLIST_RETRY_BASE_MS: '1' };

describe('who may command', () => {
  test('someone with read permission changes nothing and gets one short reply, once', async () => {
    const repo = await listWithSuggestion(emulator);
    const head = emulator.branchSha(repo, BRANCH);
    const { id, run } = await commentAndRun(
      emulator,
      repo,
      1,
      '/paperlist reject\n/paperlist section Survey',
      READER,
    );
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('commands-refused');
    const replies = repliesOn(emulator, repo, 1);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('Only people with write, maintain or admin permission');
    expect(emulator.getIssue(repo, 1)!.state).toBe('open');
    expect(sectionsAnswer(emulator, repo, 1)).toBe('EEN Design');
    expect(emulator.branchSha(repo, BRANCH)).toBe(head);
    expect(
      emulator.countRequests('GET', `/repos/${repo.fullName}/collaborators/${READER}/permission`),
    ).toBe(1);

    // An edit that adds a command, and the same events again: no second reply.
    await editAndRun(
      emulator,
      repo,
      id,
      '/paperlist reject\n/paperlist section Survey\n/paperlist reject spam',
    );
    await runComment(emulator, repo, id, 'created');
    expect(repliesOn(emulator, repo, 1)).toHaveLength(1);
    expect(emulator.getIssue(repo, 1)!.state).toBe('open');
  });

  test('triage is not enough; maintain and admin (the owner) are', async () => {
    const repo = await listWithSuggestion(emulator);
    setRole(emulator, repo, 'tom-triage', 'triage');
    setRole(emulator, repo, 'max-maintain', 'maintain');
    const triage = await commentAndRun(
      emulator,
      repo,
      1,
      '/paperlist section Survey',
      'tom-triage',
    );
    expect(triage.run.outputs.result).toBe('commands-refused');
    const maintain = await commentAndRun(
      emulator,
      repo,
      1,
      '/paperlist section Survey',
      'max-maintain',
    );
    expect(maintain.run.outputs.result).toBe('commands-done');
    expect(sectionsAnswer(emulator, repo, 1)).toBe('Survey');
    const owner = await commentAndRun(
      emulator,
      repo,
      1,
      '/paperlist section Exit Policy',
      repo.owner,
    );
    expect(owner.run.outputs.result).toBe('commands-done');
    expect(sectionsAnswer(emulator, repo, 1)).toBe('Exit Policy');
  });
});

describe('what is not a command', () => {
  test('quoted or in code: nothing runs, not a single request', async () => {
    const repo = await listWithSuggestion(emulator);
    const before = repoCalls(emulator, repo).length;
    for (const body of [
      '> /paperlist reject',
      'As they said:\n\n> /paperlist reject\n\nI disagree.',
      '```\n/paperlist reject\n```',
      '    /paperlist reject',
      'Write `/paperlist reject` to close it.',
      'please /paperlist reject',
    ]) {
      const { run } = await commentAndRun(emulator, repo, 1, body);
      expect(run.outputs.result, body).toBe('ignored');
    }
    expect(repoCalls(emulator, repo).slice(before)).toEqual([]);
    expect(emulator.getIssue(repo, 1)!.state).toBe('open');
  });

  test('a comment by a bot: nothing runs', async () => {
    const repo = await listWithSuggestion(emulator);
    makeBot(emulator, 'helper-app[bot]');
    makeBot(emulator, 'ci-robot');
    setRole(emulator, repo, 'helper-app[bot]', 'admin');
    setRole(emulator, repo, 'ci-robot', 'admin');
    const before = repoCalls(emulator, repo).length;
    for (const user of ['helper-app[bot]', 'ci-robot']) {
      const { run } = await commentAndRun(emulator, repo, 1, '/paperlist reject', user);
      expect(run.outputs.result).toBe('ignored');
    }
    expect(repoCalls(emulator, repo).slice(before)).toEqual([]);
    expect(emulator.getIssue(repo, 1)!.state).toBe('open');
  });

  test('a comment on a pull request from a fork: nothing is written', async () => {
    const repo = await listWithSuggestion(emulator);
    const pull = openPersonPull(emulator, repo, {
      branch: BRANCH,
      files: { 'notes.md': 'x\n' },
      fork: 'evil',
      user: 'evil',
    });
    const before = repoWrites(emulator, repo).length;
    const { run } = await commentAndRun(emulator, repo, pull.number, '/paperlist reject');
    expect(run.outputs.result).toBe('ignored');
    expect(repoWrites(emulator, repo).slice(before)).toEqual([]);
    expect(emulator.getIssue(repo, 1)!.state).toBe('open');
  });
});

describe('edits and repeats', () => {
  test('an edited comment runs only the commands it did not hold before', async () => {
    const repo = await listWithSuggestion(emulator);
    const { id } = await commentAndRun(emulator, repo, 1, '/paperlist section Exit Policy');
    expect(sectionsAnswer(emulator, repo, 1)).toBe('Exit Policy');
    // Meanwhile the section is changed back (by a maintainer editing the issue, say).
    const body = emulator.getIssue(repo, 1)!.body!.replace('Exit Policy', 'EEN Design');
    emulator.updateIssue(repo, 1, { body });

    // An edit that changes only the words around the command runs nothing.
    const words = await editAndRun(
      emulator,
      repo,
      id,
      'Moving it.\n\n/paperlist section Exit Policy',
    );
    expect(words.outputs.result).toBe('ignored');
    expect(sectionsAnswer(emulator, repo, 1)).toBe('EEN Design');

    // An edit that adds a command runs that one only: the section is not set again.
    const added = await editAndRun(
      emulator,
      repo,
      id,
      'Moving it.\n\n/paperlist section Exit Policy\n/paperlist reject off-topic',
    );
    expect(added.outputs.result).toBe('commands-done');
    expect(emulator.getIssue(repo, 1)!.state).toBe('closed');
    expect(sectionsAnswer(emulator, repo, 1)).toBe('EEN Design');

    // The same edit delivered again, and the first delivery re-run: nothing more.
    const writes = repoWrites(emulator, repo).length;
    expect(
      (
        await runComment(
          emulator,
          repo,
          id,
          'edited',
          'Moving it.\n\n/paperlist section Exit Policy',
        )
      ).outputs.result,
    ).toBe('ignored');
    expect((await runComment(emulator, repo, id, 'created')).outputs.result).toBe('ignored');
    expect(
      repoWrites(emulator, repo)
        .slice(writes)
        .every((w) => w.endsWith('/reactions')),
    ).toBe(true);
    expect(reactionsOn(emulator, repo, id)).toEqual([
      'github-actions[bot]:rocket',
      'github-actions[bot]:eyes',
    ]);
  });

  test('a run that fails takes its mark back, so the re-run does the work', async () => {
    const repo = await listWithSuggestion(emulator);
    emulator.failNext({
      method: 'PATCH',
      path: `/repos/${repo.fullName}/issues/1`,
      status: 500,
      times: 4,
    });
    const id = Number(emulator.addComment(repo, 1, '/paperlist reject spam', MAINTAINER).id);
    const run = await runComment(emulator, repo, id, 'created', undefined, FAST_RETRIES);
    expect(run.code).not.toBe(0);
    expect(reactionsOn(emulator, repo, id)).toEqual([]);
    expect(emulator.getIssue(repo, 1)!.state).toBe('open');
    const again = await runComment(emulator, repo, id, 'created');
    expect(again.outputs.result).toBe('commands-done');
    expect(emulator.getIssue(repo, 1)!.state).toBe('closed');
  });
});

describe('commands that cannot be done', () => {
  test('a misspelt command and accept outside the digest: one reply says why and how', async () => {
    const repo = await listWithSuggestion(emulator);
    const { id, run } = await commentAndRun(
      emulator,
      repo,
      1,
      '/paperlist sectoin Survey\n/paperlist accept 2401.01234',
    );
    expect(run.outputs.result).toBe('commands-refused');
    const replies = repliesOn(emulator, repo, 1);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain(
      '`/paperlist sectoin Survey` (line 1): `sectoin` is not a command.',
    );
    expect(replies[0]).toContain(
      '`/paperlist accept 2401.01234` (line 2): `accept` works in the digest issue',
    );
    expect(replies[0]).toContain('`/paperlist reject [reason]`');
    expect(reactionsOn(emulator, repo, id)).toEqual([
      'github-actions[bot]:eyes',
      'github-actions[bot]:confused',
    ]);
  });

  test('section on the digest issue is refused; its accept goes to the digest', async () => {
    const repo = await listWithSuggestion(emulator);
    const digest = emulator.createIssue(repo, {
      title: 'New papers',
      body: '- [ ] 1. 2401.01234',
      labels: ['paperlist-digest'],
    });
    await commentAndRun(emulator, repo, digest.number, '/paperlist section Survey');
    const [reply] = repliesOn(emulator, repo, digest.number);
    expect(reply).toContain(
      '`section` works on a suggestion issue or its pull request, not on the digest.',
    );
  });
});

describe('runs that may not or must not write', () => {
  test('a read-only token: nothing is written, the run says why', async () => {
    const repo = await listWithSuggestion(emulator);
    const id = Number(emulator.addComment(repo, 1, '/paperlist reject', MAINTAINER).id);
    const before = repoWrites(emulator, repo).length;
    const run = await runAction({
      event: 'issue_comment',
      payload: commentEvent(emulator, repo, id, 'created'),
      repo,
      emulator,
      inputs: { token: addReadOnlyToken(emulator.state) },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('ignored');
    expect(run.stdout).toContain('issues: write');
    expect(emulator.getIssue(repo, 1)!.state).toBe('open');
    // The one write tried was refused.
    expect(repoWrites(emulator, repo).slice(before)).toEqual([
      `POST /issues/comments/${id}/reactions`,
    ]);
    expect(reactionsOn(emulator, repo, id)).toEqual([]);
  });

  test('a dry run lists the commands and writes nothing', async () => {
    const repo = await listWithSuggestion(emulator);
    const id = Number(emulator.addComment(repo, 1, '/paperlist reject spam', MAINTAINER).id);
    const before = repoWrites(emulator, repo).length;
    const run = await runAction({
      event: 'issue_comment',
      payload: commentEvent(emulator, repo, id, 'created'),
      repo,
      emulator,
      inputs: { 'dry-run': 'true' },
    });
    expect(run.outputs.result).toBe('ignored');
    expect(run.summary).toContain('`/paperlist reject spam` (line 1)');
    expect(repoWrites(emulator, repo).slice(before)).toEqual([]);
  });
});
