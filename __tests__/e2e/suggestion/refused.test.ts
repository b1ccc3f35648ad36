// Suggestions that cannot be added: every problem in one status comment, no branch, no pull request.
import { describe, expect, test } from 'vitest';
import type { SeededRepo } from '../../emulator/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import {
  BRANCHYNET,
  BRANCHYNET_CLAIM,
  openSuggestion,
  repoWrites,
  runIssueEvent,
  seedList,
  type Answers,
} from './setup.js';

const emulator = useEmulator();

const REFUSED =
  '<!-- paperlist:status -->\n\nThe suggestion cannot be added yet. Edit the issue (the "···" menu at its top, then "Edit") to fix the following; it is checked again on every edit.\n\n';

async function refuse(repo: SeededRepo, answers: Answers, result: string): Promise<string[]> {
  const issue = openSuggestion(emulator, repo, answers);
  emulator.clearRequests();
  const run = await runIssueEvent(emulator, repo, issue.number, 'opened');
  expect(run.code).toBe(0);
  expect(run.outputs).toEqual({ result });
  // One comment and nothing else: no tree, commit, branch, pull request or label.
  expect(repoWrites(emulator, repo)).toEqual([`POST /issues/${issue.number}/comments`]);
  return emulator.getComments(repo, issue.number).map((c) => c.body ?? '');
}

describe('a suggestion that cannot be added', () => {
  test('lists every problem at once, with the form labels', async () => {
    const repo = seedList(emulator);
    const comments = await refuse(
      repo,
      {
        title: '',
        abbr: 'X',
        venue: 'ICPR',
        year: '20x6',
        sections: [],
        code: 'ftp://example.org/code',
      },
      'invalid',
    );
    expect(comments).toEqual([
      REFUSED +
        "- **Title**: the title is missing — copy the title as printed on the paper's first page\n" +
        '- **Year**: "20x6" is not a year — write the year as four plain digits, such as 2024\n' +
        '- **Sections**: no section is chosen — choose at least one; when editing the issue, write section names separated by commas\n' +
        '- **Code**: "ftp:&#8288;//example.org/code" is not an http:&#8288;// or https:&#8288;// URL — write the full address starting with https:&#8288;//, as shown in the browser\n' +
        '- **Paper page**: there is no link to the paper — fill in "Paper page" or "PDF" (or both)\n',
    ]);
    expect(emulator.branches(repo)).toEqual(['main']);
    expect(emulator.getPulls(repo)).toEqual([]);
  });

  test('a listed paper under another spelling of its title is a duplicate', async () => {
    const repo = seedList(emulator);
    const comments = await refuse(
      repo,
      {
        title: 'Shallow-deep networks — understanding and mitigating network OVERTHINKING',
        year: '2019',
        sections: ['Exit Policy'],
        page: 'https://example.org/sdn',
      },
      'duplicate',
    );
    expect(comments).toEqual([
      REFUSED +
        '- **Title**: already in the list as "Shallow-Deep Networks: Understanding and Mitigating Network Overthinking" (SDN) in Exit Policy — if this is the same paper, close this issue: it is listed already; if not, give the full title as printed, subtitle included\n',
    ]);
  });

  test('a listed paper under another title but the same arXiv id is a duplicate', async () => {
    const repo = seedList(emulator);
    const comments = await refuse(
      repo,
      {
        title: 'Multi-scale dense convolutional networks for efficient prediction',
        year: '2017',
        sections: ['EEN Design'],
        page: 'https://arxiv.org/abs/1703.09844v5',
      },
      'duplicate',
    );
    expect(comments).toEqual([
      REFUSED +
        '- **Paper page**: already in the list as "Multi-Scale Dense Networks for Resource Efficient Image Classification" (MSDNet) in EEN Design (same arXiv id 1703.09844) — if this is the same paper, close this issue: it is listed already; if not, check the link: it points to the listed paper (arXiv id 1703.09844)\n',
    ]);
  });

  test('a paper another open suggestion adds is refused, naming that issue', async () => {
    const repo = seedList(emulator);
    const first = openSuggestion(emulator, repo, BRANCHYNET);
    expect((await runIssueEvent(emulator, repo, first.number, 'opened')).outputs.result).toBe(
      'pull-request-created',
    );
    const comments = await refuse(
      repo,
      {
        ...BRANCHYNET,
        title: 'Branchynet: fast inference via early exiting from deep neural networks',
        page: 'https://ieeexplore.ieee.org/document/7900006',
      },
      'duplicate',
    );
    expect(comments).toEqual([
      REFUSED +
        '- **Title**: already suggested in #1 as "BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks" (BranchyNet) for EEN Design — if something is missing there, say so in a comment on #1, then close this issue\n',
    ]);
    expect(emulator.getPulls(repo).map((p) => [p.number, p.head.ref, p.state])).toEqual([
      [2, 'paperlist/issue-1', 'open'],
    ]);
    expect(emulator.branches(repo)).toEqual(['main', 'paperlist/issue-1', BRANCHYNET_CLAIM]);
  });
});
