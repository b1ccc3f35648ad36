import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { suggestUsage } from '../../src/cli/usage.js';
import { workspace, type Workspace } from './harness.js';

const EXAMPLE = new URL('../../examples/ednn/', import.meta.url);
const example = (file: string) => readFileSync(new URL(file, EXAMPLE), 'utf8');
const FORM = '.github/ISSUE_TEMPLATE/suggest-paper.yml';

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
  for (const file of ['data.yaml', 'README.md', '.github/paperlist.yml'])
    ws.write(file, example(file));
});
afterEach(() => ws.remove());

/** A form body as GitHub writes it; `_No response_` for what is left out. */
function body(answers: [string, string][]): string {
  return answers.map(([label, answer]) => `### ${label}\n\n${answer}`).join('\n\n') + '\n';
}

const ROW =
  '| BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks | BranchyNet | ICPR | 2016 | [[PAGE](https://arxiv.org/abs/1709.01686)] [[PDF](https://arxiv.org/pdf/1709.01686)] [[CODE](https://github.com/kunglab/branchynet)] |';

describe('paperlist suggest', () => {
  test('adds the sample suggestion to the data file and the README, as the bot would', async () => {
    ws.write('issue.md', example('sample-suggestion.md'));
    expect(await ws.run(['suggest', '--issue', 'issue.md'])).toEqual({
      code: 0,
      stdout:
        'Added "BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks" to EEN Design\n',
      stderr: '',
    });
    const data = example('data.yaml');
    const at = data.indexOf('\n\n\nEEN Configuration:') + 1;
    expect(ws.read('data.yaml')).toBe(
      data.slice(0, at) +
        '  - title: "BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks"\n' +
        '    abbr: "BranchyNet"\n' +
        '    venue: "ICPR"\n' +
        '    year: "2016"\n' +
        '    links:\n' +
        '      PAGE: "https://arxiv.org/abs/1709.01686"\n' +
        '      PDF: "https://arxiv.org/pdf/1709.01686"\n' +
        '      CODE: "https://github.com/kunglab/branchynet"\n' +
        data.slice(at),
    );
    // The regenerated zones change; the stamp and the prose do not.
    const readme = example('README.md')
      .replace('      c2s1["EEN Design (3)"]', '      c2s1["EEN Design (4)"]')
      .replace(
        '| Multi-Scale Dense Networks for Resource Efficient Image Classification | MSDNet | ICLR | 2018 | [[PDF](https://arxiv.org/pdf/1703.09844)] |\n',
        `$&${ROW}\n`,
      )
      .replace('40 papers are included', '41 papers are included');
    expect(readme).not.toBe(example('README.md'));
    expect(ws.read('README.md')).toBe(readme);
  });

  test('prints every problem, named by the form label, and changes no file', async () => {
    ws.write(
      'issue.md',
      body([
        ['Title', '_No response_'],
        ['Abbreviation', 'X'],
        ['Year', '20x6'],
        ['Sections', 'None'],
        ['Code', 'ftp://example.org/code'],
      ]),
    );
    expect(await ws.run(['suggest', '--issue', 'issue.md'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        "issue.md: Title: the title is missing (copy the title as printed on the paper's first page)\n" +
        'issue.md: Year: "20x6" is not a year (write the year as four plain digits, such as 2024)\n' +
        'issue.md: Sections: no section is chosen (choose at least one; when editing the issue, write section names separated by commas)\n' +
        'issue.md: Code: "ftp://example.org/code" is not an http:// or https:// URL (write the full address starting with https://, as shown in the browser)\n' +
        'issue.md: Paper page: there is no link to the paper (fill in "Paper page" or "PDF" (or both))\n',
    });
    expect(ws.read('data.yaml')).toBe(example('data.yaml'));
    expect(ws.read('README.md')).toBe(example('README.md'));
  });

  test('refuses a paper the list has, under another title with the same arXiv id', async () => {
    ws.write(
      'issue.md',
      body([
        ['Title', 'Multi-scale dense convolutional networks for efficient prediction'],
        ['Year', '2017'],
        ['Sections', 'EEN Design'],
        ['Paper page', 'https://arxiv.org/abs/1703.09844v5'],
      ]),
    );
    expect(await ws.run(['suggest', '--issue', 'issue.md'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'issue.md: Paper page: already in the list as "Multi-Scale Dense Networks for Resource Efficient Image Classification" (MSDNet) in EEN Design (same arXiv id 1703.09844) (if this is the same paper, close this issue: it is listed already; if not, check the link: it points to the listed paper (arXiv id 1703.09844))\n',
    });
    expect(ws.read('data.yaml')).toBe(example('data.yaml'));
  });

  test("reads a body written with the folder's form, whose labels are renamed", async () => {
    ws.write(
      FORM,
      example(FORM)
        .replace('label: "Title"', 'label: "Paper title"')
        .replace('label: "Sections"', 'label: "Where it belongs"'),
    );
    ws.write(
      'issue.md',
      body([
        ['Paper title', 'BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks'],
        ['Year', '2016'],
        ['Where it belongs', 'EEN Design, Exit Policy'],
        ['Paper page', 'https://arxiv.org/abs/1709.01686'],
      ]),
    );
    expect(await ws.run(['suggest', '--issue', 'issue.md'])).toEqual({
      code: 0,
      stdout:
        'Added "BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks" to EEN Design, Exit Policy\n',
      stderr: '',
    });
    expect(ws.read('README.md').split('| BranchyNet: Fast Inference').length).toBe(3);
  });

  test('other files are named with --data, --readme and --config', async () => {
    ws.write('list/papers.yaml', example('data.yaml'));
    ws.write('list/INDEX.md', example('README.md'));
    ws.write('list/settings.yml', example('.github/paperlist.yml'));
    ws.write('issue.md', example('sample-suggestion.md'));
    const args = ['--data', 'list/papers.yaml', '--readme', 'list/INDEX.md'];
    const run = await ws.run([
      'suggest',
      '--issue',
      'issue.md',
      ...args,
      '--config',
      'list/settings.yml',
    ]);
    expect(run.code).toBe(0);
    expect(ws.read('list/papers.yaml')).toContain('abbr: "BranchyNet"');
    expect(ws.read('list/INDEX.md')).toContain(ROW);
    expect(ws.read('data.yaml')).toBe(example('data.yaml'));
  });

  test('an issue body or a form that is not UTF-8 is bad input, and nothing is written', async () => {
    const hint =
      '(save the file with the UTF-8 encoding (most editors offer it under "Save with encoding"))';
    const latin1 = (text: string) => Buffer.from(text, 'latin1');
    writeFileSync(
      join(ws.dir, 'issue.md'),
      latin1(example('sample-suggestion.md') + 'Caf\u00e9\n'),
    );
    const lines = example('sample-suggestion.md').split('\n').length;
    expect(await ws.run(['suggest', '--issue', 'issue.md'])).toEqual({
      code: 1,
      stdout: '',
      stderr: `issue.md: not valid UTF-8 text (line ${lines}) ${hint}\n`,
    });

    // The folder's form is read only for a body with labels of its own; then it must be readable.
    ws.write(FORM, '');
    writeFileSync(
      join(ws.dir, FORM),
      latin1(example(FORM).replace('label: "Title"', 'label: "Titre"') + '# \u00e9\n'),
    );
    ws.write(
      'issue.md',
      body([
        ['Titre', 'BranchyNet'],
        ['Year', '2016'],
      ]),
    );
    expect(await ws.run(['suggest', '--issue', 'issue.md'])).toEqual({
      code: 1,
      stdout: '',
      stderr: `${FORM}: not valid UTF-8 text (line ${example(FORM).split('\n').length}) ${hint}\n`,
    });
    expect(ws.read('data.yaml')).toBe(example('data.yaml'));
    expect(ws.read('README.md')).toBe(example('README.md'));
  });

  test('a missing issue file is bad input', async () => {
    expect(await ws.run(['suggest', '--issue', 'nowhere.md'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'nowhere.md: file not found (pass --issue with the path of the issue body)\n',
    });
  });

  test('--issue is required; --help prints the usage', async () => {
    const run = await ws.run(['suggest']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `paperlist suggest: --issue is required (run "paperlist suggest --help" for its options)\n${suggestUsage.split('\n')[0]}\n`,
    );
    expect(await ws.run(['suggest', '--help'])).toEqual({
      code: 0,
      stdout: suggestUsage,
      stderr: '',
    });
    expect((await ws.run(['--help'])).stdout).toContain(
      '  suggest   add a suggested paper (an issue form body) to the local files\n',
    );
  });
});
