// The repository's own form wording, and two suggestions in flight at once.
import { describe, expect, test } from 'vitest';
import { useEmulator } from '../../harness/use-emulator.js';
import {
  BRANCHYNET,
  exampleFile,
  LABELS,
  openSuggestion,
  PABEE,
  repoCalls,
  runIssueEvent,
  seedList,
} from './setup.js';

const emulator = useEmulator();

const FORM = '.github/ISSUE_TEMPLATE/suggest-paper.yml';

describe('a repository whose form renames labels', () => {
  const renamed = { ...LABELS, title: 'Paper title', page: 'Link to the paper' };
  const form = exampleFile(FORM)
    .replace('label: "Title"', 'label: "Paper title"')
    .replace('label: "Paper page"', 'label: "Link to the paper"');

  test('still has its answers read by field id', async () => {
    const repo = seedList(emulator, { [FORM]: form });
    openSuggestion(emulator, repo, BRANCHYNET, { labelsOfForm: renamed });
    emulator.clearRequests();
    const run = await runIssueEvent(emulator, repo, 1, 'opened');
    expect(run.outputs.result).toBe('pull-request-created');
    // Only a body the built-in form cannot read costs the read of the repository's form.
    expect(repoCalls(emulator, repo)).toContain(`GET /contents/${FORM}`);
    const pull = emulator.getPulls(repo)[0];
    expect(pull?.title).toBe('Add paper: BranchyNet');
    expect(pull?.body).toContain(
      '| BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks | BranchyNet | ICPR | 2016 | [[PAGE](https://arxiv.org/abs/1709.01686)] [[PDF](https://arxiv.org/pdf/1709.01686)] [[CODE](https://github.com/kunglab/branchynet)] |',
    );
  });

  test('names its own labels in the problems', async () => {
    const repo = seedList(emulator, { [FORM]: form });
    openSuggestion(
      emulator,
      repo,
      { ...BRANCHYNET, title: '', page: '', pdf: '' },
      { labelsOfForm: renamed },
    );
    const run = await runIssueEvent(emulator, repo, 1, 'opened');
    expect(run.outputs.result).toBe('invalid');
    expect(emulator.getComments(repo, 1).map((c) => c.body)).toEqual([
      '<!-- paperlist:status -->\n\nThe suggestion cannot be added yet. Edit the issue (the "···" menu at its top, then "Edit") to fix the following; it is checked again on every edit.\n\n' +
        "- **Paper title**: the title is missing — copy the title as printed on the paper's first page\n" +
        '- **Link to the paper**: there is no link to the paper — fill in "Paper page" or "PDF" (or both)\n',
    ]);
  });
});

describe('two suggestions at once', () => {
  // Both are in sections far apart. Two papers added at the end of the same section touch the same
  // lines of data.yaml, so the second PR conflicts after the first is merged until the push flow
  // rebuilds it on the new head; that case belongs to the push flow's tests.
  test('get a PR each, and both merge one after the other', async () => {
    const repo = seedList(emulator);
    openSuggestion(emulator, repo, BRANCHYNET);
    openSuggestion(emulator, repo, PABEE, { user: 'grace-hopper' });
    expect((await runIssueEvent(emulator, repo, 1, 'opened')).outputs.result).toBe(
      'pull-request-created',
    );
    expect((await runIssueEvent(emulator, repo, 2, 'opened')).outputs.result).toBe(
      'pull-request-created',
    );
    const pulls = emulator.getPulls(repo);
    expect(pulls.map((p) => [p.number, p.state, p.title, p.head.ref])).toEqual([
      [3, 'open', 'Add paper: BranchyNet', 'paperlist/issue-1'],
      [4, 'open', 'Add paper: PABEE', 'paperlist/issue-2'],
    ]);
    expect(emulator.getComments(repo, 1)).toHaveLength(1);
    expect(emulator.getComments(repo, 2)).toHaveLength(1);

    emulator.mergePullRequest(repo, 3);
    emulator.mergePullRequest(repo, 4);
    const data = emulator.readFile(repo, 'main', 'data.yaml') as string;
    expect(data).toContain(
      '  - title: "BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks"\n',
    );
    expect(data).toContain(
      '    - title: "BERT Loses Patience: Fast and Robust Inference with Early Exit"\n',
    );
    const readme = emulator.readFile(repo, 'main', 'README.md') as string;
    expect(readme).toContain(
      '| BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks | BranchyNet |',
    );
    expect(readme).toContain(
      '| BERT Loses Patience: Fast and Robust Inference with Early Exit | PABEE |',
    );
    // Merging closed both issues.
    expect(emulator.getIssues(repo).map((i) => [i.number, i.state])).toEqual([
      [1, 'closed'],
      [2, 'closed'],
    ]);
  });
});
