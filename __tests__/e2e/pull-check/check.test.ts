// People's pull requests, checked before they are merged: the files at the head are read through
// the API as data, problems become error annotations at file:line, and where the token may write
// (a branch of the repository, or `pull_request_target`) one comment and a `paperlist` commit
// status; a fork's pull request under `pull_request` gets annotations and the summary only.
import { describe, expect, it } from 'vitest';
import type { SeededRepo } from '../../emulator/index.js';
import {
  commitStatuses,
  openPersonPull,
  personPullEvent,
  pushToPersonPull,
} from '../../emulator/people.js';
import { addReadOnlyToken } from '../../emulator/read-only.js';
import { runAction } from '../../harness/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { BRANCHYNET, exampleFile, FAST_ENV, seedList, suggest, writes } from '../maintain/setup.js';

const emulator = useEmulator();
const DATA = exampleFile('data.yaml');
const ENTRY = [
  '  - title: "BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks"',
  '    abbr: "BranchyNet"',
  '    venue: "ICPR"',
  '    year: "2016"',
  '    links:',
  '      PDF: "https://arxiv.org/pdf/1709.01686"',
].join('\n');
/** The data file with `entry` at the end of "EEN Design" (before the next section). */
const withEntry = (entry: string) =>
  DATA.replace('\n\n\nEEN Configuration:', `\n${entry}\n\n\nEEN Configuration:`);
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

function check(
  repo: SeededRepo,
  number: number,
  action: string,
  opts: { event?: 'pull_request' | 'pull_request_target'; token?: string } = {},
) {
  return runAction({
    event: opts.event ?? 'pull_request',
    payload: personPullEvent(emulator, repo, number, action),
    repo,
    emulator,
    env: FAST_ENV,
    ...(opts.token ? { inputs: { token: opts.token } } : {}),
  });
}

const checkComments = (repo: SeededRepo, n: number) =>
  emulator
    .getComments(repo, n)
    .filter((c) => (c.body ?? '').startsWith('<!-- paperlist:check -->'));

describe('a pull request that edits the list', () => {
  it('passes with its rows shown, then fails on a bad push with an annotation at the line; one comment, a status per head', async () => {
    const repo = seedList(emulator);
    const { number, headSha } = openPersonPull(emulator, repo, {
      branch: 'add-branchynet',
      files: { 'data.yaml': withEntry(ENTRY) },
    });
    const passed = await check(repo, number, 'opened');
    expect(passed.code).toBe(0);
    expect(passed.outputs).toMatchObject({
      result: 'check-passed',
      'pull-request-number': String(number),
    });
    expect(passed.summary).toContain(
      '| BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks | BranchyNet | ICPR | 2016 | [[PDF](https://arxiv.org/pdf/1709.01686)] |',
    );
    expect(checkComments(repo, number)).toHaveLength(1);
    expect(commitStatuses(emulator, repo, headSha).latest).toMatchObject([
      { context: 'paperlist', state: 'success' },
    ]);

    const bad = withEntry(ENTRY.replace('year: "2016"', 'year: "16"'));
    const next = pushToPersonPull(emulator, repo, number, { 'data.yaml': bad });
    const failed = await check(repo, number, 'synchronize');
    expect(failed.code).toBe(1);
    expect(failed.outputs.result).toBe('check-failed');
    const error = failed.annotations.find((a) => a.level === 'error' && a.properties.file);
    expect(error?.properties).toMatchObject({
      file: 'data.yaml',
      line: String(lineOf(bad, 'year: "16"')),
    });
    expect(error?.message).toContain('is not a 4-digit year');
    expect(failed.summary).toContain('check failed');
    const comments = checkComments(repo, number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('check failed');
    expect(commitStatuses(emulator, repo, next).latest).toMatchObject([{ state: 'failure' }]);
  });

  it('a paper already listed is a duplicate naming the listed paper', async () => {
    const repo = seedList(emulator);
    const msdnet = ENTRY.replace(
      'BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks',
      'Multi-scale dense networks for resource efficient image classification',
    );
    const { number } = openPersonPull(emulator, repo, {
      branch: 'again',
      files: { 'data.yaml': withEntry(msdnet) },
    });
    const run = await check(repo, number, 'opened');
    expect(run.outputs.result).toBe('check-failed');
    expect(run.summary).toContain(
      'is already listed as "Multi-Scale Dense Networks for Resource Efficient Image Classification" (EEN Design)',
    );
  });

  it('a paper in an open suggestion is reported as one', async () => {
    const repo = seedList(emulator);
    const { issue } = await suggest(emulator, repo, BRANCHYNET);
    const { number } = openPersonPull(emulator, repo, {
      branch: 'same',
      files: { 'data.yaml': withEntry(ENTRY) },
    });
    const run = await check(repo, number, 'opened');
    expect(run.outputs.result).toBe('check-failed');
    expect(run.summary).toContain(`suggested in #\u2060${issue}`);
  });

  it('hand edits of the README are listed with what the refresh will do with them', async () => {
    const repo = seedList(emulator);
    const readme = exampleFile('README.md').replace(
      '| MSDNet | ICLR |',
      '| MSDNet | ICLR (oral) |',
    );
    const { number } = openPersonPull(emulator, repo, {
      branch: 'table',
      files: { 'README.md': readme },
    });
    const run = await check(repo, number, 'opened');
    expect(run.outputs.result).toBe('check-passed');
    expect(run.summary).toContain('changed from "ICLR" to "ICLR (oral)"');
    expect(run.summary).toContain('adopted into data.yaml');
  });

  it('a row deleted from the README is told in the comment with its line and what the refresh does', async () => {
    const repo = seedList(emulator);
    const README = exampleFile('README.md');
    const row = README.split('\n').find((l) => l.includes('Resolution Adaptive Networks'))!;
    const { number } = openPersonPull(emulator, repo, {
      branch: 'remove-ranet',
      files: { 'README.md': README.replace(`${row}\n`, '') },
    });
    const run = await check(repo, number, 'opened');
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('check-passed');
    const said = `"Resolution Adaptive Networks for Efficient Inference" in "EEN Design" was deleted by hand (README line ${lineOf(README, 'Resolution Adaptive Networks')} before the change): removed from data.yaml`;
    const [comment] = checkComments(repo, number);
    expect(comment?.body).toContain(
      '1 row deleted from the README by hand will be deleted from the data file',
    );
    expect(comment?.body).toContain(said);
    expect(run.summary).toContain(said);
    // The check writes nothing to the list: the refresh after the merge does.
    expect(emulator.readFile(repo, 'main', 'data.yaml')).toBe(DATA);
  });

  it('a fork’s pull request under pull_request: annotations and summary only, no write attempted', async () => {
    const repo = seedList(emulator);
    const { number, headSha } = openPersonPull(emulator, repo, {
      branch: 'main',
      fork: 'stranger',
      user: 'stranger',
      files: { 'data.yaml': withEntry(ENTRY.replace('year: "2016"', 'year: "16"')) },
    });
    emulator.clearRequests();
    const run = await check(repo, number, 'opened', { token: addReadOnlyToken(emulator.state) });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('check-failed');
    expect(
      run.annotations.some((a) => a.level === 'error' && a.properties.file === 'data.yaml'),
    ).toBe(true);
    expect(run.summary).toContain('read-only token');
    expect(writes(emulator)).toEqual([]);
    expect(commitStatuses(emulator, repo, headSha).all).toEqual([]);
  });

  it('a fork’s pull request under pull_request_target gets the comment and the status', async () => {
    const repo = seedList(emulator);
    const { number, headSha } = openPersonPull(emulator, repo, {
      branch: 'main',
      fork: 'stranger',
      user: 'stranger',
      files: { 'data.yaml': withEntry(ENTRY) },
    });
    const run = await check(repo, number, 'opened', { event: 'pull_request_target' });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('check-passed');
    expect(checkComments(repo, number)).toHaveLength(1);
    expect(commitStatuses(emulator, repo, headSha).latest).toMatchObject([{ state: 'success' }]);
  });

  it('a pull request touching none of the list files is ignored after one read of its file list', async () => {
    const repo = seedList(emulator);
    const { number } = openPersonPull(emulator, repo, {
      branch: 'docs',
      files: { 'CONTRIBUTING.md': 'Hi\n' },
    });
    emulator.clearRequests();
    const run = await check(repo, number, 'opened');
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('ignored');
    expect(emulator.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/${repo.fullName}/pulls/${number}/files`,
    ]);
  });

  it('an edit of the title or description only is ignored without any request', async () => {
    const repo = seedList(emulator);
    const { number } = openPersonPull(emulator, repo, {
      branch: 'x',
      files: { 'data.yaml': withEntry(ENTRY) },
    });
    emulator.clearRequests();
    const payload = {
      ...personPullEvent(emulator, repo, number, 'edited'),
      changes: { title: { from: 'Old' } },
    };
    const run = await runAction({ event: 'pull_request', payload, repo, emulator, env: FAST_ENV });
    expect(run.outputs.result).toBe('ignored');
    expect(emulator.requests).toEqual([]);
  });
});

describe('the bot’s own suggestion commits', () => {
  it('with `commit-status: true`, carry a paperlist success status, so a rule requiring paperlist lets them merge', async () => {
    const settings = `${exampleFile('.github/paperlist.yml')}commit-status: true\n`;
    const repo = seedList(emulator, { '.github/paperlist.yml': settings });
    const { pull } = await suggest(emulator, repo, BRANCHYNET);
    const head = emulator.getPulls(repo).find((p) => p.number === pull)!.head.sha;
    expect(commitStatuses(emulator, repo, head).latest).toMatchObject([
      { context: 'paperlist', state: 'success' },
    ]);
  });

  it('carry none by default: each would cost a request on every rebuild', async () => {
    const repo = seedList(emulator);
    const { pull } = await suggest(emulator, repo, BRANCHYNET);
    const head = emulator.getPulls(repo).find((p) => p.number === pull)!.head.sha;
    expect(commitStatuses(emulator, repo, head).all).toEqual([]);
  });
});
