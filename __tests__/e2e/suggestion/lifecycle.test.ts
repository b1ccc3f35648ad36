// A suggestion over its life: edits, a detour through invalid, closing and reopening, re-runs. Through
// all of it the issue keeps one branch, one pull request and one status comment.
import { describe, expect, test } from 'vitest';
import type { SeededRepo } from '../../emulator/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { runAction } from '../../harness/index.js';
import {
  BRANCHYNET,
  BRANCHYNET_CLAIM,
  exampleFile,
  formBody,
  lineChanges,
  openSuggestion,
  repoWrites,
  runIssueEvent,
  seedList,
  type Answers,
} from './setup.js';

const emulator = useEmulator();

async function edit(repo: SeededRepo, issue: number, answers: Answers): Promise<string> {
  emulator.updateIssue(repo, issue, { body: formBody(answers) });
  const run = await runIssueEvent(emulator, repo, issue, 'edited');
  expect(run.code).toBe(0);
  return run.outputs.result ?? '';
}

function pullStates(repo: SeededRepo): [number, string, string][] {
  return emulator.getPulls(repo).map((p) => [p.number, p.state, p.title]);
}

describe('editing a suggestion', () => {
  test('valid to valid: the branch is rebuilt on the current default branch, the PR and the comment are updated in place', async () => {
    const repo = seedList(emulator);
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    await runIssueEvent(emulator, repo, issue.number, 'opened');
    const firstCommit = emulator.branchSha(repo, 'paperlist/issue-1');
    const [comment] = emulator.getComments(repo, issue.number);

    // Meanwhile the default branch moves on (a maintainer edits the settings).
    const settings = `${exampleFile('.github/paperlist.yml')}# reviewed\n`;
    const main = emulator.commitFiles(repo, 'main', { '.github/paperlist.yml': settings }, 'Note');

    const edited = { ...BRANCHYNET, abbr: 'BranchyNets', code: '' };
    expect(await edit(repo, issue.number, edited)).toBe('pull-request-updated');

    const commit = emulator.commit(repo, 'paperlist/issue-1');
    expect(commit.sha).not.toBe(firstCommit);
    expect(commit.parents.map((p) => p.sha)).toEqual([main]);
    expect(emulator.readFile(repo, 'paperlist/issue-1', '.github/paperlist.yml')).toBe(settings);
    expect(
      lineChanges(exampleFile('data.yaml'), emulator.readFile(repo, commit.sha, 'data.yaml')!),
    ).toEqual({
      removed: [],
      added: [
        '  - title: "BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks"',
        '    abbr: "BranchyNets"',
        '    venue: "ICPR"',
        '    year: "2016"',
        '    links:',
        '      PAGE: "https://arxiv.org/abs/1709.01686"',
        '      PDF: "https://arxiv.org/pdf/1709.01686"',
      ],
    });

    const pulls = emulator.getPulls(repo);
    expect(pulls.map((p) => [p.number, p.state, p.title, p.head.sha])).toEqual([
      [2, 'open', 'Add paper: BranchyNets', commit.sha],
    ]);
    const row =
      '| BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks | BranchyNets | ICPR | 2016 | [[PAGE](https://arxiv.org/abs/1709.01686)] [[PDF](https://arxiv.org/pdf/1709.01686)] |';
    expect(pulls[0]?.body).toContain(`\n${row}\n`);
    const comments = emulator.getComments(repo, issue.number);
    expect(comments.map((c) => c.id)).toEqual([comment?.id]);
    expect(comments[0]?.body).toContain(`\n${row}\n`);
    expect(comments[0]?.body).not.toBe(comment?.body);
  });

  test('an edit that changes nothing the PR holds writes nothing, even after the default branch moved', async () => {
    const repo = seedList(emulator);
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    await runIssueEvent(emulator, repo, issue.number, 'opened');
    const built = emulator.branchSha(repo, 'paperlist/issue-1');
    // A file the suggestion does not touch: its PR still merges cleanly, so it is left alone.
    emulator.commitFiles(repo, 'main', { 'CONTRIBUTING.md': 'Be kind.\n' }, 'Docs');
    emulator.clearRequests();
    // Answers reworded without changing what they say (spacing, case of a section name).
    const same = { ...BRANCHYNET, title: `  ${BRANCHYNET.title}  `, sections: ['een design'] };
    expect(await edit(repo, issue.number, same)).toBe('unchanged');
    expect(repoWrites(emulator, repo)).toEqual([]);
    expect(emulator.branchSha(repo, 'paperlist/issue-1')).toBe(built);
  });

  test('new notes reach the PR description; the branch is left as it is', async () => {
    const repo = seedList(emulator);
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    await runIssueEvent(emulator, repo, issue.number, 'opened');
    const built = emulator.branchSha(repo, 'paperlist/issue-1');
    emulator.clearRequests();
    const notes = { ...BRANCHYNET, notes: 'The ICPR version; see @someone and #3.' };
    expect(await edit(repo, issue.number, notes)).toBe('pull-request-updated');
    expect(repoWrites(emulator, repo)).toEqual(['PATCH /pulls/2']);
    expect(emulator.branchSha(repo, 'paperlist/issue-1')).toBe(built);
    expect(emulator.getPulls(repo)[0]?.body).toContain(
      'Notes from the contributor:\n\n> The ICPR version; see @\u2060someone and #\u20603.',
    );
  });

  test('valid to invalid to valid: the PR is closed while invalid and reopened once fixed', async () => {
    const repo = seedList(emulator);
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    await runIssueEvent(emulator, repo, issue.number, 'opened');
    const built = emulator.branchSha(repo, 'paperlist/issue-1');

    expect(await edit(repo, issue.number, { ...BRANCHYNET, year: '16' })).toBe('invalid');
    expect(pullStates(repo)).toEqual([[2, 'closed', 'Add paper: BranchyNet']]);
    // The branch stays where it was, so the same PR can be reopened.
    expect(emulator.branchSha(repo, 'paperlist/issue-1')).toBe(built);
    let comments = emulator.getComments(repo, issue.number);
    expect(comments.map((c) => c.body)).toEqual([
      '<!-- paperlist:status -->\n\nThe suggestion cannot be added yet. Edit the issue (the "···" menu at its top, then "Edit") to fix the following; it is checked again on every edit.\n\n- **Year**: "16" is not a year — write the year as four plain digits, such as 2024\n',
    ]);

    expect(await edit(repo, issue.number, { ...BRANCHYNET, venue: 'ICPR 2016' })).toBe(
      'pull-request-updated',
    );
    expect(pullStates(repo)).toEqual([[2, 'open', 'Add paper: BranchyNet']]);
    const pull = emulator.getPulls(repo)[0];
    expect(pull?.head.sha).toBe(emulator.branchSha(repo, 'paperlist/issue-1'));
    expect(emulator.readFile(repo, 'paperlist/issue-1', 'data.yaml')).toContain(
      '    venue: "ICPR 2016"\n',
    );
    expect(pull?.labels.map((l) => l.name)).toEqual(['paper-suggestion']);
    comments = emulator.getComments(repo, issue.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('Pull request [#2]');
  });

  test('closing the issue closes the PR and deletes the branch; reopening brings both back', async () => {
    const repo = seedList(emulator);
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    await runIssueEvent(emulator, repo, issue.number, 'opened');

    emulator.updateIssue(repo, issue.number, { state: 'closed', stateReason: 'not_planned' });
    const closed = await runIssueEvent(emulator, repo, issue.number, 'closed');
    expect(closed.outputs).toEqual({
      result: 'pull-request-closed',
      'pull-request-number': '2',
      'pull-request-url': `https://github.com/${repo.fullName}/pull/2`,
    });
    expect(pullStates(repo)).toEqual([[2, 'closed', 'Add paper: BranchyNet']]);
    // The issue's claim on its paper is released with it.
    expect(emulator.branches(repo)).toEqual(['main']);

    emulator.updateIssue(repo, issue.number, { state: 'open' });
    const reopened = await runIssueEvent(emulator, repo, issue.number, 'reopened');
    expect(reopened.outputs.result).toBe('pull-request-updated');
    expect(reopened.summary).toContain('Reopened [#2]');
    expect(pullStates(repo)).toEqual([[2, 'open', 'Add paper: BranchyNet']]);
    expect(emulator.branches(repo)).toEqual(['main', 'paperlist/issue-1', BRANCHYNET_CLAIM]);
    const commit = emulator.commit(repo, 'paperlist/issue-1');
    expect(commit.parents.map((p) => p.sha)).toEqual([emulator.branchSha(repo, 'main')]);
    expect(emulator.getPulls(repo)[0]?.head.sha).toBe(commit.sha);
    expect(emulator.getComments(repo, issue.number)).toHaveLength(1);
  });

  test('a PR a maintainer closed stays closed when the issue is edited, until a maintainer reopens it', async () => {
    const repo = seedList(emulator);
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    await runIssueEvent(emulator, repo, issue.number, 'opened');
    // The maintainer closes the PR by hand (no paperlist mark in its body).
    const closing = await fetch(`${emulator.url}/repos/${repo.fullName}/pulls/2`, {
      method: 'PATCH',
      headers: { authorization: `token ${emulator.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'closed' }),
    });
    expect(closing.status).toBe(200);
    const built = emulator.branchSha(repo, 'paperlist/issue-1');

    expect(await edit(repo, issue.number, { ...BRANCHYNET, venue: 'ICPR 2016' })).toBe(
      'closed-by-maintainer',
    );
    expect(pullStates(repo)).toEqual([[2, 'closed', 'Add paper: BranchyNet']]);
    expect(emulator.branchSha(repo, 'paperlist/issue-1')).toBe(built);
    let comments = emulator.getComments(repo, issue.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain(
      `The suggestion passed the checks, but a maintainer closed pull request [#2](https://github.com/${repo.fullName}/pull/2), so this edit does not reopen it.`,
    );

    // Reopened by a maintainer: the next edit updates it as usual.
    await fetch(`${emulator.url}/repos/${repo.fullName}/pulls/2`, {
      method: 'PATCH',
      headers: { authorization: `token ${emulator.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'open' }),
    });
    expect(await edit(repo, issue.number, { ...BRANCHYNET, venue: 'ICPR 2016, oral' })).toBe(
      'pull-request-updated',
    );
    expect(pullStates(repo)).toEqual([[2, 'open', 'Add paper: BranchyNet']]);
    expect(emulator.readFile(repo, 'paperlist/issue-1', 'data.yaml')).toContain(
      '    venue: "ICPR 2016, oral"\n',
    );
    comments = emulator.getComments(repo, issue.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('Pull request [#2]');
  });

  test('an edit of a closed issue changes nothing', async () => {
    const repo = seedList(emulator);
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    await runIssueEvent(emulator, repo, issue.number, 'opened');
    emulator.mergePullRequest(repo, 2);
    emulator.clearRequests();
    const run = await runIssueEvent(emulator, repo, issue.number, 'edited');
    expect(run.outputs).toEqual({ result: 'ignored' });
    expect(repoWrites(emulator, repo)).toEqual([]);
  });
});

describe('re-running the same event', () => {
  /** A re-run of a workflow run: the same payload as the first attempt, a higher attempt number. */
  const rerun = (repo: SeededRepo, payload: object) =>
    runAction({ event: 'issues', payload, repo, emulator, env: { GITHUB_RUN_ATTEMPT: '2' } });

  test('of a new suggestion writes nothing', async () => {
    const repo = seedList(emulator);
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    const payload = issue.event('opened');
    await runAction({ event: 'issues', payload, repo, emulator });
    const before = {
      branch: emulator.branchSha(repo, 'paperlist/issue-1'),
      pulls: emulator.getPulls(repo),
      comments: emulator.getComments(repo, issue.number),
    };
    emulator.clearRequests();
    const run = await rerun(repo, payload);
    expect(run.outputs).toEqual({
      result: 'unchanged',
      'pull-request-number': '2',
      'pull-request-url': `https://github.com/${repo.fullName}/pull/2`,
    });
    expect(repoWrites(emulator, repo)).toEqual([]);
    expect(emulator.branchSha(repo, 'paperlist/issue-1')).toBe(before.branch);
    expect(emulator.getPulls(repo)).toEqual(before.pulls);
    expect(emulator.getComments(repo, issue.number)).toEqual(before.comments);
  });

  test('of an invalid suggestion writes nothing', async () => {
    const repo = seedList(emulator);
    const issue = openSuggestion(emulator, repo, { ...BRANCHYNET, year: '' });
    const payload = issue.event('opened');
    await runAction({ event: 'issues', payload, repo, emulator });
    emulator.clearRequests();
    expect((await rerun(repo, payload)).outputs).toEqual({ result: 'invalid' });
    expect(repoWrites(emulator, repo)).toEqual([]);
    expect(emulator.getComments(repo, issue.number)).toHaveLength(1);
  });

  test('of an edit writes nothing', async () => {
    const repo = seedList(emulator);
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    await runIssueEvent(emulator, repo, issue.number, 'opened');
    emulator.updateIssue(repo, issue.number, {
      body: formBody({ ...BRANCHYNET, venue: 'ICPR 2016' }),
    });
    const payload = emulator.issuesEvent(repo, issue.number, 'edited');
    await runAction({ event: 'issues', payload, repo, emulator });
    emulator.clearRequests();
    expect((await rerun(repo, payload)).outputs.result).toBe('unchanged');
    expect(repoWrites(emulator, repo)).toEqual([]);
  });
});
