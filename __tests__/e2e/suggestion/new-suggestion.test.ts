// A new, valid suggestion end to end: one commit on its branch, one labelled PR, one status comment,
// and nothing else, within a fixed number of API requests.
import { describe, expect, test } from 'vitest';
import { commitStatuses } from '../../emulator/people.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { decodeRecord } from '../../../src/flows/suggestion/marker.js';
import {
  BRANCHYNET,
  BRANCHYNET_CLAIM,
  exampleFile,
  LIST_FILES,
  lineChanges,
  openSuggestion,
  repoCalls,
  repoWrites,
  runIssueEvent,
  seedList,
  stampZone,
} from './setup.js';

const emulator = useEmulator();

const ROW =
  '| BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks | BranchyNet | ICPR | 2016 | [[PAGE](https://arxiv.org/abs/1709.01686)] [[PDF](https://arxiv.org/pdf/1709.01686)] [[CODE](https://github.com/kunglab/branchynet)] |';
const HEADER =
  '| Title | Abbreviation | Venue | Year | Materials |\n|----------|----|----|----|----|';

describe('a new valid suggestion', () => {
  test('becomes one commit, one labelled pull request and one status comment', async () => {
    const repo = seedList(emulator);
    const main = emulator.branchSha(repo, 'main');
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    const run = await runIssueEvent(emulator, repo, issue.number, 'opened');

    expect(run.code).toBe(0);
    const prUrl = `https://github.com/${repo.fullName}/pull/2`;
    expect(run.outputs).toEqual({
      result: 'pull-request-created',
      'pull-request-number': '2',
      'pull-request-url': prUrl,
      'commit-sha': emulator.branchSha(repo, 'paperlist/issue-1'),
    });
    expect(run.summary).toBe(
      `### paperlist: pull-request-created\n\nOpened [#2](${prUrl}) adding "BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks" to EEN Design.\n`,
    );

    // The branch: one commit on the default branch's head, touching the data file and the README only.
    // The paper's claim branch points at the same commit, which names the issue that holds it.
    expect(emulator.branches(repo)).toEqual(['main', 'paperlist/issue-1', BRANCHYNET_CLAIM]);
    expect(emulator.branchSha(repo, BRANCHYNET_CLAIM)).toBe(
      emulator.branchSha(repo, 'paperlist/issue-1'),
    );
    expect(emulator.branchSha(repo, 'main')).toBe(main);
    const commit = emulator.commit(repo, 'paperlist/issue-1');
    expect(commit.parents.map((p) => p.sha)).toEqual([main]);
    // The bot's mark: a trailer naming the commit's own tree (a maintainer's commit has none), and
    // one naming the fingerprint of the files it writes (the one its PR's record holds).
    const fingerprint = decodeRecord(emulator.getPulls(repo)[0]?.body ?? '')?.fingerprint;
    expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(commit.message).toBe(
      `Add paper: BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks\n\nSuggested in #1.\n\nCo-authored-by: ada-lovelace <1006+ada-lovelace@users.noreply.github.com>\nPaperlist-Files: ${fingerprint}\nPaperlist-Tree: ${commit.tree.sha}`,
    );
    expect(commit.committer).toEqual(commit.author);
    expect(emulator.listFiles(repo, 'paperlist/issue-1')).toEqual([...LIST_FILES].sort());
    for (const file of LIST_FILES.slice(2)) {
      expect(emulator.readFile(repo, 'paperlist/issue-1', file)).toBe(exampleFile(file));
    }

    // The data file: only the new entry's lines, at the end of its section.
    const data = emulator.readFile(repo, 'paperlist/issue-1', 'data.yaml') as string;
    expect(lineChanges(exampleFile('data.yaml'), data)).toEqual({
      removed: [],
      added: [
        '  - title: "BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks"',
        '    abbr: "BranchyNet"',
        '    venue: "ICPR"',
        '    year: "2016"',
        '    links:',
        '      PAGE: "https://arxiv.org/abs/1709.01686"',
        '      PDF: "https://arxiv.org/pdf/1709.01686"',
        '      CODE: "https://github.com/kunglab/branchynet"',
      ],
    });
    expect(data.indexOf('BranchyNet')).toBeGreaterThan(
      data.indexOf('Resolution Adaptive Networks'),
    );
    expect(data.indexOf('BranchyNet')).toBeLessThan(data.indexOf('EEN Configuration:'));

    // The README: the regenerated zones (mindmap count, the row sorted by year, paper count), the
    // stamp as it was on the default branch.
    const readme = emulator.readFile(repo, 'paperlist/issue-1', 'README.md') as string;
    expect(lineChanges(exampleFile('README.md'), readme)).toEqual({
      removed: ['      c2s1["EEN Design (3)"]', '40 papers are included'],
      added: ['      c2s1["EEN Design (4)"]', ROW, '41 papers are included'],
    });
    expect(readme).toContain(
      `| Multi-Scale Dense Networks for Resource Efficient Image Classification | MSDNet | ICLR | 2018 | [[PDF](https://arxiv.org/pdf/1703.09844)] |\n${ROW}\n`,
    );
    expect(stampZone(readme)).toBe(stampZone(exampleFile('README.md')));

    // The pull request.
    const pulls = emulator.getPulls(repo);
    expect(pulls).toHaveLength(1);
    const pull = pulls[0]!;
    expect(pull).toMatchObject({
      number: 2,
      state: 'open',
      title: 'Add paper: BranchyNet',
      head: { ref: 'paperlist/issue-1', sha: commit.sha },
      base: { ref: 'main' },
    });
    expect(pull.labels.map((l) => l.name)).toEqual(['paper-suggestion']);
    const description = `Adds a paper suggested in [issue #1](https://github.com/${repo.fullName}/issues/1), to EEN Design:\n\n${HEADER}\n${ROW}\n\nCloses #1\n`;
    expect(pull.body?.startsWith(`${description}\n<!-- paperlist:suggestion `)).toBe(true);
    expect(pull.body?.endsWith(' -->')).toBe(true);
    expect(decodeRecord(pull.body ?? '')).toMatchObject({
      issue: 1,
      sections: ['EEN Design'],
      commit: commit.sha,
      paper: { title: BRANCHYNET.title, abbr: 'BranchyNet', venue: 'ICPR', year: '2016' },
    });

    // The status comment.
    const comments = emulator.getComments(repo, issue.number);
    expect(comments.map((c) => c.body)).toEqual([
      `<!-- paperlist:status -->\n\nThe suggestion passed the checks. Pull request [#2](${prUrl}) adds it; once a maintainer merges it, the paper is in the list and this issue closes.\n\nThe new row, in EEN Design:\n\n${HEADER}\n${ROW}\n\nEditing the issue checks it again and updates the pull request.\n`,
    ]);
    expect(comments[0]?.user.login).toBe('github-actions[bot]');
    expect(emulator.internalErrors).toEqual([]);
  });

  test('costs 14 requests: 5 reads, 7 writes (one claims the paper), and 2 reads to decide again after writing', async () => {
    const repo = seedList(emulator);
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    emulator.clearRequests();
    const run = await runIssueEvent(emulator, repo, issue.number, 'opened');
    expect(run.outputs.result).toBe('pull-request-created');
    // The reads run in parallel, so their order varies; the writes are in order.
    expect(
      repoCalls(emulator, repo)
        .filter((c) => c.startsWith('GET '))
        .sort(),
    ).toEqual([
      'GET /commits/main',
      'GET /commits/main',
      'GET /contents/.github/paperlist.yml',
      'GET /contents/README.md',
      'GET /contents/data.yaml',
      'GET /pulls',
      'GET /pulls',
    ]);
    // The second head and open-PR reads come after the writes: the head has not moved and no other
    // open PR adds this paper, so the run keeps what it wrote.
    expect(repoCalls(emulator, repo).slice(-2).sort()).toEqual(['GET /commits/main', 'GET /pulls']);
    expect(repoWrites(emulator, repo)).toEqual([
      'POST /git/trees',
      'POST /git/commits',
      'POST /git/refs', // the paper's claim
      'POST /git/refs',
      'POST /pulls',
      'POST /issues/2/labels',
      'POST /issues/1/comments',
    ]);
    expect(emulator.requests).toHaveLength(14);
    // Every request names the API version, so a change of GitHub's default cannot change behaviour.
    expect(emulator.requests.map((r) => r.apiVersion)).toEqual(Array(14).fill('2022-11-28'));
    // No commit status without `commit-status: true`.
    const sha = emulator.branchSha(repo, 'paperlist/issue-1') as string;
    expect(commitStatuses(emulator, repo, sha).all).toEqual([]);
  });

  test('with `commit-status: true` the commit gets a `paperlist` success status: one request more', async () => {
    const settings = `${exampleFile('.github/paperlist.yml')}commit-status: true\n`;
    const repo = seedList(emulator, { '.github/paperlist.yml': settings });
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    emulator.clearRequests();
    const run = await runIssueEvent(emulator, repo, issue.number, 'opened');
    expect(run.outputs.result).toBe('pull-request-created');
    const sha = emulator.branchSha(repo, 'paperlist/issue-1') as string;
    expect(commitStatuses(emulator, repo, sha).latest).toMatchObject([
      { state: 'success', context: 'paperlist' },
    ]);
    expect(repoWrites(emulator, repo)).toContain('POST /statuses/{sha}');
    expect(emulator.requests).toHaveLength(15);
  });

  test('dry-run computes the outcome and writes nothing', async () => {
    const repo = seedList(emulator);
    const issue = openSuggestion(emulator, repo, BRANCHYNET);
    emulator.clearRequests();
    const run = await runIssueEvent(emulator, repo, issue.number, 'opened', {
      inputs: { 'dry-run': 'true' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ result: 'pull-request-created' });
    expect(run.summary).toBe(
      '### paperlist: pull-request-created\n\nDry run: would open a pull request adding "BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks" to EEN Design. Nothing was written.\n',
    );
    expect(repoWrites(emulator, repo)).toEqual([]);
    expect(emulator.branches(repo)).toEqual(['main']);
    expect(emulator.getPulls(repo)).toEqual([]);
    expect(emulator.getComments(repo, issue.number)).toEqual([]);
  });

  test('an issue that is not a suggestion is ignored without a word', async () => {
    const repo = seedList(emulator);
    const plain = emulator.createIssue(repo, {
      title: 'Typo in the README',
      body: 'The intro says "exitting".',
    });
    const labelled = emulator.createIssue(repo, {
      title: 'Broken link',
      body: '### What is broken\n\nThe PDF link of MSDNet.',
      labels: ['bug'],
    });
    emulator.clearRequests();
    const first = await runIssueEvent(emulator, repo, plain.number, 'opened');
    // Neither labelled nor a form submission: decided from the event alone.
    expect(repoCalls(emulator, repo)).toEqual([]);
    const second = await runIssueEvent(emulator, repo, labelled.number, 'opened');
    for (const run of [first, second]) {
      expect(run.code).toBe(0);
      expect(run.outputs).toEqual({ result: 'ignored' });
    }
    expect(second.summary).toBe(
      `### paperlist: ignored\n\nNothing to do: issue #${labelled.number} is not a paper suggestion.\n`,
    );
    expect(repoWrites(emulator, repo)).toEqual([]);
    expect(emulator.getComments(repo, plain.number)).toEqual([]);
    expect(emulator.getComments(repo, labelled.number)).toEqual([]);
    expect(emulator.branches(repo)).toEqual(['main']);
  });
});
