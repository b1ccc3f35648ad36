// Events that arrive late or run again: a payload is the issue as it was when the event fired, so the
// flow works from the issue as it is now. And a list whose own files are broken still gets the
// contributor an answer.
import { describe, expect, test } from 'vitest';
import { useEmulator } from '../../harness/use-emulator.js';
import { runAction } from '../../harness/index.js';
import {
  BRANCHYNET,
  exampleFile,
  formBody,
  openSuggestion,
  repoWrites,
  runIssueEvent,
  seedList,
} from './setup.js';

const emulator = useEmulator();

const BRANCH = 'paperlist/issue-1';

describe('a late or repeated event', () => {
  test('an edit that runs after the suggestion was merged leaves the closed issue alone', async () => {
    const repo = seedList(emulator);
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    await runIssueEvent(emulator, repo, issue.number, 'opened');
    const comment = emulator.getComments(repo, issue.number)[0]?.body;
    emulator.updateIssue(repo, issue.number, {
      body: formBody({ ...BRANCHYNET, venue: 'ICPR 2016' }),
    });
    const edited = emulator.issuesEvent(repo, issue.number, 'edited');
    emulator.mergePullRequest(repo, 2);

    emulator.clearRequests();
    const run = await runAction({ event: 'issues', payload: edited, repo, emulator });
    expect(run.outputs.result).toBe('ignored');
    expect(repoWrites(emulator, repo)).toEqual([]);
    expect(emulator.getComments(repo, issue.number).map((c) => c.body)).toEqual([comment]);
  });

  test('a re-run of an old "opened" event builds from the issue as it is now', async () => {
    const repo = seedList(emulator);
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    const opened = emulator.issuesEvent(repo, issue.number, 'opened');
    await runAction({ event: 'issues', payload: opened, repo, emulator });
    emulator.updateIssue(repo, issue.number, {
      body: formBody({ ...BRANCHYNET, venue: 'NEWVENUE' }),
    });
    await runIssueEvent(emulator, repo, issue.number, 'edited');
    const built = emulator.branchSha(repo, BRANCH);

    emulator.clearRequests();
    const rerun = await runAction({
      event: 'issues',
      payload: opened,
      repo,
      emulator,
      env: { GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(rerun.outputs.result).toBe('unchanged');
    expect(repoWrites(emulator, repo)).toEqual([]);
    expect(emulator.branchSha(repo, BRANCH)).toBe(built);
    expect(emulator.readFile(repo, BRANCH, 'data.yaml')).toContain('    venue: "NEWVENUE"\n');
  });
});

describe('a list whose own files are broken', () => {
  test('the run fails with file and line for the maintainers, and the contributor is told', async () => {
    const readme = exampleFile('README.md').replace('<!-- main-start -->\n', '');
    const repo = seedList(emulator, { 'README.md': readme });
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    const line = readme.split('\n').indexOf('<!-- main-end -->') + 1;

    const run = await runIssueEvent(emulator, repo, issue.number, 'opened');
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('invalid-list');
    expect(run.summary).toContain(`README.md:${line}: marker "&lt;!-- main-end --&gt;"`);
    expect(emulator.getPulls(repo)).toEqual([]);
    expect(emulator.branches(repo)).toEqual(['main']);
    const comments = emulator.getComments(repo, issue.number).map((c) => c.body);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toContain(
      "The suggestion could not be checked yet: the list's own files have a problem that the maintainers need to fix first (they see the details in the failed workflow run).",
    );
    expect(comments[0]).toContain(`README.md:${line}: marker`);
  });

  test('an issue that is no suggestion gets no comment about it', async () => {
    // A data file that does not parse: the list cannot even be read.
    const repo = seedList(emulator, { 'data.yaml': 'Survey:\n  category: [\n' });
    const bug = emulator.createIssue(repo, {
      title: 'The table is broken',
      body: '### What happened\n\nThe tables are gone.\n',
      labels: ['bug'],
      user: 'ada-lovelace',
    });
    const run = await runIssueEvent(emulator, repo, bug.number, 'opened');
    expect(run.outputs.result).toBe('invalid-list');
    expect(emulator.getComments(repo, bug.number)).toEqual([]);
  });
});
