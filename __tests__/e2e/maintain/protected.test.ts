// A default branch the bot may not write to gets its refresh as ONE pull request from
// `paperlist/refresh`, kept up to date by later runs; `refresh: pull-request` asks for that up front.
import { describe, expect, it } from 'vitest';
import type { SeededRepo } from '../../emulator/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import {
  BRANCHYNET,
  REFRESH_BRANCH,
  exampleFile,
  runPush,
  seedList,
  stampLine,
  suggest,
  writes,
} from './setup.js';

const emulator = useEmulator();

const refreshPulls = (repo: SeededRepo) =>
  emulator
    .getPulls(repo)
    .filter((p) => p.head.ref === REFRESH_BRANCH)
    .map((p) => [p.number, p.state, p.base.ref, p.head.sha]);

describe('a protected default branch', () => {
  it('gets a refresh pull request, and a later run updates the same one', async () => {
    const repo = seedList(emulator);
    const { pull: suggestion } = await suggest(emulator, repo, BRANCHYNET);
    emulator.setProtected(repo, 'main', true);
    const before = emulator.branchSha(repo, 'main') as string;
    const merge = emulator.mergePullRequest(repo, suggestion, { time: '2024-11-02T03:04:05Z' });

    emulator.clearRequests();
    const run = await runPush(emulator, repo, before);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pull = emulator.getPulls(repo).find((p) => p.head.ref === REFRESH_BRANCH);
    const branchHead = emulator.branchSha(repo, REFRESH_BRANCH) as string;
    expect(run.outputs).toEqual({
      result: 'refresh-pull-request',
      'commit-sha': branchHead,
      'pull-request-number': String(pull?.number),
      'pull-request-url': pull?.html_url,
      'up-to-date': 'false',
      'rebuilt-pull-requests': '',
    });
    // The direct write was tried and refused; nothing landed on main.
    expect(emulator.branchSha(repo, 'main')).toBe(merge);
    expect(
      emulator
        .findRequests('PATCH', `/repos/${repo.fullName}/git/refs/heads/main`)
        .map((r) => r.status),
    ).toEqual([422]);
    expect(refreshPulls(repo)).toEqual([[pull?.number, 'open', 'main', branchHead]]);
    expect(emulator.commit(repo, branchHead).parents.map((p) => p.sha)).toEqual([merge]);
    expect(stampLine(emulator.readFile(repo, REFRESH_BRANCH, 'README.md') as string)).toBe(
      '**Last Update: Nov 02, 2024 11:04:05**',
    );

    // The same push again: the open pull request already holds this refresh.
    emulator.clearRequests();
    const again = await runPush(emulator, repo, before, { after: merge });
    expect(again.outputs.result).toBe('refresh-pull-request');
    expect(again.outputs['pull-request-number']).toBe(String(pull?.number));
    expect(writes(emulator)).toEqual([]);

    // A maintainer pushes a data change: the same pull request is rebuilt on the new head.
    const data = emulator.readFile(repo, 'main', 'data.yaml') as string;
    const next = emulator.commitFiles(
      repo,
      'main',
      { 'data.yaml': data.replace('year: "2016"', 'year: "2017"') },
      'Fix a year',
      { time: '2024-11-04T00:00:00Z' },
    );
    emulator.clearRequests();
    const later = await runPush(emulator, repo, merge);
    expect(later.code).toBe(0);
    expect(later.outputs.result).toBe('refresh-pull-request');
    expect(later.outputs['pull-request-number']).toBe(String(pull?.number));
    const newHead = emulator.branchSha(repo, REFRESH_BRANCH) as string;
    expect(newHead).not.toBe(branchHead);
    expect(refreshPulls(repo)).toEqual([[pull?.number, 'open', 'main', newHead]]);
    expect(emulator.commit(repo, newHead).parents.map((p) => p.sha)).toEqual([next]);
    // While the pull request is open, no direct write is tried again.
    expect(emulator.countRequests('PATCH', `/repos/${repo.fullName}/git/refs/heads/main`)).toBe(0);
    const readme = emulator.readFile(repo, REFRESH_BRANCH, 'README.md') as string;
    expect(stampLine(readme)).toBe('**Last Update: Nov 04, 2024 08:00:00**');
    expect(readme).toContain(`| ${BRANCHYNET.abbr} | ${BRANCHYNET.venue} | 2017 |`);

    // Merging the refresh pull request, then its push: nothing more to do.
    const beforeMerge = emulator.branchSha(repo, 'main') as string;
    emulator.mergePullRequest(repo, pull?.number as number);
    emulator.clearRequests();
    const settled = await runPush(emulator, repo, beforeMerge);
    expect(settled.outputs.result).toBe('unchanged');
    expect(writes(emulator)).toEqual([]);
    expect(emulator.readFile(repo, 'main', 'README.md')).toBe(readme);
  });

  it('with `refresh: pull-request`, opens the pull request without trying the branch', async () => {
    const settings = `${exampleFile('.github/paperlist.yml')}refresh: pull-request\n`;
    const repo = seedList(emulator, { '.github/paperlist.yml': settings });
    const before = emulator.branchSha(repo, 'main') as string;
    const data = exampleFile('data.yaml').replace('year: "2018"', 'year: "2017"');
    emulator.commitFiles(repo, 'main', { 'data.yaml': data }, 'Fix a year');

    emulator.clearRequests();
    const run = await runPush(emulator, repo, before);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refresh-pull-request');
    expect(writes(emulator)).toEqual([
      `POST /repos/${repo.fullName}/git/trees`,
      `POST /repos/${repo.fullName}/git/commits`,
      `POST /repos/${repo.fullName}/git/refs`,
      `POST /repos/${repo.fullName}/pulls`,
    ]);
    const [pull] = emulator.getPulls(repo);
    expect(pull?.body).toContain('`refresh: pull-request`');
    expect(pull?.title).toBe('Refresh the README');
    expect(emulator.readFile(repo, REFRESH_BRANCH, 'README.md')).toContain(
      '| Multi-Scale Dense Networks for Resource Efficient Image Classification | MSDNet | ICLR | 2017 |',
    );
  });
});
