// The example digest issue shown in docs/digest-example.md: arXiv's recorded answer to a real search
// (10 papers on "testing") read and ranked by the digest's own code against a small list about
// testing deep-learning software written for this example (one of its papers is in the answer), at a
// fixed time. `node scripts/digest-example.mjs` writes the page; a test checks it is current.
import { readFileSync } from 'node:fs';
import { parseArxivSearch } from '../../src/core/digest/atom.js';
import { planDigest } from '../../src/core/digest/plan.js';
import { loadData } from '../../src/core/data/load.js';

const ANSWER =
  '__tests__/fixtures/metadata/arxiv/query-search-testing-10-entries-doi-journal_ref.xml';
const QUERY = 'all:testing';

/** A small list written for the example: three sections of papers about testing learnt software. */
export const EXAMPLE_DATA = `Testing DL Models:
  category: "Testing"
  list:
    - title: "DeepXplore: Automated Whitebox Testing of Deep Learning Systems"
      venue: "SOSP"
      year: "2017"
    - title: "Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques"
      venue: "ICSTW"
      year: "2022"
      links:
        PAGE: "https://arxiv.org/abs/2202.12139"
    - title: "Metamorphic testing of image classifiers"
      year: "2020"
Test Prioritisation:
  category: "Testing"
  list:
    - title: "Learning to rank test cases for regression testing"
      year: "2021"
    - title: "Prioritising test inputs for deep neural networks"
      year: "2022"
Flaky Tests:
  category: "Maintenance"
  list:
    - title: "An empirical study of flaky tests in machine learning projects"
      year: "2023"
`;

/** The page's Markdown: a short preface, then the title and body as the digest writes them. */
export function digestExample(root: string): string {
  const data = loadData(EXAMPLE_DATA, 'data.yaml');
  if (!data.ok) throw new Error('the example list does not load');
  const answer = readFileSync(`${root}/${ANSWER}`, 'utf8');
  const page = parseArxivSearch({ status: 200, body: answer });
  if (!page.ok) throw new Error(page.message);
  const plan = planDigest({
    outcome: { ok: true, papers: page.papers, total: page.total },
    list: data.value,
    open: [],
    listName: 'Testing learnt software',
    query: QUERY,
    max: 20,
    now: new Date('2026-04-13T06:00:00Z'),
  });
  return [
    '# An example digest issue',
    '',
    'Written by `node scripts/digest-example.mjs` from arXiv’s recorded answer to a search for',
    '`all:testing` (ten papers), ranked against a small list of three sections about testing learnt',
    'software; one paper of the answer is in the list already. See [the digest](curation.md) for how it',
    'works. Below the line is the issue as GitHub shows it: its title, then its body (the first line of',
    'the body is the hidden record, which GitHub does not show).',
    '',
    '---',
    '',
    `**${'arXiv digest: new papers to review'}**`,
    '',
    plan.body,
    '',
  ].join('\n');
}
