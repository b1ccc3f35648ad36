// `/paperlist section`: a maintainer moves a suggestion's paper to other sections from a comment on
// the issue or on its pull request. The issue's sections answer says so, the pull request is rebuilt
// through the suggestion flow, later edits of the issue keep it, and repeats change nothing.
import { beforeAll, describe, expect, test } from 'vitest';
import { reactionsOn } from '../../emulator/comments.js';
import { useEmulator } from '../../harness/use-emulator.js';
import {
  BRANCHYNET,
  formBody,
  openSuggestion,
  repoWrites,
  runIssueEvent,
  seedList,
} from '../suggestion/setup.js';
import { setRole } from '../../emulator/comments.js';
import {
  commentAndRun,
  listWithSuggestion,
  MAINTAINER,
  repliesOn,
  runComment,
  sectionsAnswer,
  sectionsHolding,
  tickingClock,
} from './setup.js';

const emulator = useEmulator();
beforeAll(() => tickingClock(emulator));

const BRANCH = 'paperlist/issue-1';

describe('/paperlist section', () => {
  test('on the issue: the answer is rewritten, the PR rebuilt, the comment marked and acknowledged', async () => {
    const repo = await listWithSuggestion(emulator);
    expect(sectionsHolding(emulator, repo, BRANCH)).toEqual(['EEN Design']);
    const before = emulator.getIssue(repo, 1)!.body!;
    const { id, run } = await commentAndRun(
      emulator,
      repo,
      1,
      'Fits better here.\n\n/paperlist section exit policy',
    );
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('commands-done');
    expect(sectionsAnswer(emulator, repo, 1)).toBe('Exit Policy');
    // Only the sections answer changed in the issue body.
    expect(emulator.getIssue(repo, 1)!.body).toBe(
      before.replace('### Sections\n\nEEN Design', '### Sections\n\nExit Policy'),
    );
    expect(sectionsHolding(emulator, repo, BRANCH)).toEqual(['Exit Policy']);
    const [pull] = emulator.getPulls(repo);
    expect(pull?.state).toBe('open');
    expect(pull?.body).toContain('Exit Policy');
    expect(reactionsOn(emulator, repo, id)).toEqual([
      'github-actions[bot]:eyes',
      'github-actions[bot]:rocket',
    ]);
    expect(repliesOn(emulator, repo, 1)).toEqual([]);
  });

  test('the same event delivered again, or re-run, writes nothing', async () => {
    const repo = await listWithSuggestion(emulator);
    const { id } = await commentAndRun(emulator, repo, 1, '/paperlist section Exit Policy');
    const writes = repoWrites(emulator, repo).length;
    const again = await runComment(emulator, repo, id, 'created');
    expect(again.code).toBe(0);
    expect(again.outputs.result).toBe('ignored');
    // The only write of the repeat is the reaction that finds the mark already there.
    expect(repoWrites(emulator, repo).slice(writes)).toEqual([
      `POST /issues/comments/${id}/reactions`,
    ]);
  });

  test('on the pull request: the suggestion issue is found from the branch', async () => {
    const repo = await listWithSuggestion(emulator);
    const { run } = await commentAndRun(
      emulator,
      repo,
      2,
      '/paperlist section "Exit Policy"; EEN design',
    );
    expect(run.outputs.result).toBe('commands-done');
    expect(sectionsAnswer(emulator, repo, 1)).toBe('Exit Policy, EEN Design');
    expect(sectionsHolding(emulator, repo, BRANCH).sort()).toEqual(['EEN Design', 'Exit Policy']);
  });

  test("a later edit of the issue keeps the maintainer's sections", async () => {
    const repo = await listWithSuggestion(emulator);
    await commentAndRun(emulator, repo, 1, '/paperlist section Exit Policy');
    // The contributor edits the issue as it is now (the web UI shows the current body).
    const body = emulator
      .getIssue(repo, 1)!
      .body!.replace('### Notes\n\n_No response_', '### Notes\n\nThanks!');
    emulator.updateIssue(repo, 1, { body });
    const run = await runIssueEvent(emulator, repo, 1, 'edited');
    expect(run.code).toBe(0);
    expect(sectionsHolding(emulator, repo, BRANCH)).toEqual(['Exit Policy']);
  });

  test('an unknown section: a reply lists the sections, nothing changes', async () => {
    const repo = await listWithSuggestion(emulator);
    const head = emulator.branchSha(repo, BRANCH);
    const { id, run } = await commentAndRun(emulator, repo, 1, '/paperlist section Exit Policies');
    expect(run.outputs.result).toBe('commands-refused');
    expect(emulator.branchSha(repo, BRANCH)).toBe(head);
    expect(sectionsAnswer(emulator, repo, 1)).toBe('EEN Design');
    const [reply] = repliesOn(emulator, repo, 1);
    expect(reply).toContain('"Exit Policies" is not a section of this list');
    expect(reply).toContain('"Exit Policy"');
    expect(reply).toContain('"Inference Efficiency"');
    expect(reply).toContain('`/paperlist section <section>`');
    expect(reactionsOn(emulator, repo, id)).toEqual([
      'github-actions[bot]:eyes',
      'github-actions[bot]:confused',
    ]);
  });

  test('on an issue that is not a suggestion: a reply says so', async () => {
    const repo = await listWithSuggestion(emulator);
    const other = emulator.createIssue(repo, {
      title: 'Question',
      body: 'How do I cite the list?',
    });
    await commentAndRun(emulator, repo, other.number, '/paperlist section Exit Policy');
    const [reply] = repliesOn(emulator, repo, other.number);
    expect(reply).toContain(`#${other.number} is not one`);
    expect(emulator.getIssue(repo, other.number)!.body).toBe('How do I cite the list?');
  });

  test('the form answer written as GitHub writes it reads back as the sections asked', async () => {
    const repo = await listWithSuggestion(emulator);
    await commentAndRun(emulator, repo, 1, '/paperlist section Exit Policy; Survey');
    expect(emulator.getIssue(repo, 1)!.body).toBe(
      formBody({ ...BRANCHYNET, sections: ['Exit Policy', 'Survey'] }),
    );
  });

  test('a suggestion refused for want of a section gets its pull request from the command', async () => {
    const repo = seedList(emulator);
    setRole(emulator, repo, MAINTAINER, 'write');
    const issue = openSuggestion(emulator, repo, { ...BRANCHYNET, sections: [] });
    const opened = await runIssueEvent(emulator, repo, issue.number, 'opened');
    expect(opened.outputs.result).toBe('invalid');
    expect(emulator.getPulls(repo)).toEqual([]);
    const { run } = await commentAndRun(
      emulator,
      repo,
      issue.number,
      '/paperlist section Exit Policy',
    );
    expect(run.outputs.result).toBe('commands-done');
    const pulls = emulator.getPulls(repo);
    expect(pulls.map((p) => [p.state, p.head.ref])).toEqual([['open', BRANCH]]);
    expect(sectionsHolding(emulator, repo, BRANCH)).toEqual(['Exit Policy']);
    const status = emulator
      .getComments(repo, issue.number)
      .filter((c) => c.body?.includes('paperlist:status'));
    expect(status).toHaveLength(1);
    expect(status[0]?.body).toContain(`#${pulls[0]?.number}`);
    expect(repliesOn(emulator, repo, issue.number)).toEqual([]);
  });

  test('a suggestion with other problems: the sections are set, the reply points to the status', async () => {
    const repo = seedList(emulator);
    setRole(emulator, repo, MAINTAINER, 'write');
    const issue = openSuggestion(emulator, repo, { ...BRANCHYNET, year: '16', page: '', pdf: '' });
    await runIssueEvent(emulator, repo, issue.number, 'opened');
    const { run } = await commentAndRun(emulator, repo, issue.number, '/paperlist section Survey');
    expect(run.outputs.result).toBe('commands-done');
    expect(sectionsAnswer(emulator, repo, issue.number)).toBe('Survey');
    expect(emulator.getPulls(repo)).toEqual([]);
    const [reply] = repliesOn(emulator, repo, issue.number);
    expect(reply).toContain('the sections are now "Survey", but the suggestion still has problems');
  });
});
