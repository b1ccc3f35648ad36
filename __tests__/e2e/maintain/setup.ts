// Shared set-up of the merge and schedule flows' end-to-end tests: the example list seeded into the
// emulator, suggestion issues written as GitHub writes a form submission, and one bundled-action run
// per event, with the action's waits shortened so a run takes milliseconds.
import type { Emulator, SeededRepo } from '../../emulator/index.js';
import {
  exampleFile,
  FORM_PATH,
  formBody,
  seedExampleList,
  SEED_TIME,
} from '../../harness/example-list.js';
import { runAction, type RunActionResult } from '../../harness/index.js';

export { exampleFile, FORM_PATH, formBody, SEED_TIME };
export const REFRESH_BRANCH = 'paperlist/refresh';
export const REFRESH_MESSAGE = 'paperlist: refresh README';

/** The files of the example list, as they are seeded on the default branch. */
const LIST_FILES = ['data.yaml', 'README.md', '.github/paperlist.yml', FORM_PATH] as const;

/** Short waits: API retries, link timeouts and per-host gaps, so the tests stay fast. */
export const FAST_ENV: Record<string, string> = {
  PAPERLIST_RETRY_BASE_MS: '5',
  PAPERLIST_LINK_TIMEOUT_MS: '2000',
  PAPERLIST_LINK_RETRY_DELAY_MS: '5',
  PAPERLIST_LINK_HOST_DELAY_MS: '0',
};

/**
 * What the scheduled venue look-up (on by default) says on the example list when no test server is
 * given: the harness points the services at a port that refuses connections, so its two preprints
 * could not be asked, each service was tried once, and the run goes on.
 */
export const VENUES_OFFLINE =
  'Venue updates: 2 of 2 preprints looked up, 0 with a published venue, 2 could not be asked; 0 changes proposed. ' +
  'No answer from arXiv (connection refused), Semantic Scholar (connection refused), DBLP (connection refused).';

/**
 * What the digest (the example list's settings have one) says in the same runs: arXiv gave no answer
 * (the venue look-up found it refusing connections first). A run that writes adds that the digest
 * issue is opened once arXiv answers; a dry run, that it was not written.
 */
export const DIGEST_OFFLINE =
  'Digest: arXiv could not be asked: not asked: no answer earlier in this run (connection refused).';

/** The example's settings without its digest (which asks arXiv on every scheduled run). */
export const settingsWithoutDigest = (): string =>
  exampleFile('.github/paperlist.yml').replace(/\n#[^\n]*\ndigest:[\s\S]*$/, '\n');

let repoCounter = 0;

/** A fresh repository holding the example list (a new name each call, so tests share one emulator). */
export function seedList(
  emulator: Emulator,
  overrides: Record<string, string> = {},
  opts: { protected?: boolean } = {},
): SeededRepo {
  return seedExampleList(emulator, {
    name: `maintain-${++repoCounter}`,
    files: LIST_FILES,
    overrides,
    ...(opts.protected ? { protected: true } : {}),
  });
}

export interface Answers {
  title: string;
  abbr: string;
  venue: string;
  year: string;
  sections: string[];
  page: string;
}

/** Real early-exit papers the example list does not hold, all for the same section. */
export const BRANCHYNET: Answers = {
  title: 'BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks',
  abbr: 'BranchyNet',
  venue: 'ICPR',
  year: '2016',
  sections: ['EEN Design'],
  page: 'https://arxiv.org/abs/1709.01686',
};
export const PABEE: Answers = {
  title: 'BERT Loses Patience: Fast and Robust Inference with Early Exit',
  abbr: 'PABEE',
  venue: 'NeurIPS',
  year: '2020',
  sections: ['EEN Design'],
  page: 'https://arxiv.org/abs/2006.04152',
};
export const CALM: Answers = {
  title: 'Confident Adaptive Language Modeling',
  abbr: 'CALM',
  venue: 'NeurIPS',
  year: '2022',
  sections: ['EEN Design'],
  page: 'https://arxiv.org/abs/2207.07061',
};

/** Opens a suggestion issue and runs the action on its `opened` event; returns the PR's number. */
export async function suggest(
  emulator: Emulator,
  repo: SeededRepo,
  answers: Answers,
): Promise<{ issue: number; pull: number }> {
  const issue = emulator.createIssue(repo, {
    title: `[Paper]: ${answers.title}`,
    body: formBody(answers),
    labels: ['paper-suggestion'],
    user: 'ada-lovelace',
  });
  const run = await runEvent(emulator, repo, 'issues', issue.event('opened'));
  if (run.code !== 0 || run.outputs.result !== 'pull-request-created') {
    throw new Error(`suggestion #${issue.number} did not open a PR: ${run.stdout}${run.stderr}`);
  }
  return { issue: issue.number, pull: Number(run.outputs['pull-request-number']) };
}

/** Runs the bundled action on one event, with the short waits. */
export function runEvent(
  emulator: Emulator,
  repo: SeededRepo,
  event: 'issues' | 'push' | 'schedule' | 'workflow_dispatch',
  payload: object,
  opts: { env?: Record<string, string>; inputs?: Record<string, string> } = {},
): Promise<RunActionResult> {
  return runAction({
    event,
    payload,
    repo,
    emulator,
    env: { ...FAST_ENV, ...opts.env },
    ...(opts.inputs ? { inputs: opts.inputs } : {}),
  });
}

/** Runs the push event of `before..` the current head of `branch` (the default branch if omitted). */
export function runPush(
  emulator: Emulator,
  repo: SeededRepo,
  before: string,
  opts: { branch?: string; after?: string; env?: Record<string, string> } = {},
): Promise<RunActionResult> {
  const payload = emulator.pushEvent(repo, {
    before,
    ...(opts.branch ? { branch: opts.branch } : {}),
    ...(opts.after ? { after: opts.after } : {}),
  });
  return runEvent(emulator, repo, 'push', payload, opts.env ? { env: opts.env } : {});
}

/** The writes among the logged requests (anything but GET), as `METHOD path`. */
export function writes(emulator: Emulator): string[] {
  return emulator.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
}

/** The text of the README's "Last Update" line. */
export function stampLine(readme: string): string {
  const m = /\*\*Last Update: [^*]+\*\*/.exec(readme);
  if (!m) throw new Error('the README has no "Last Update" line');
  return m[0];
}

/** The count line after the tables. */
export function countLine(readme: string): string {
  const m = /^\d+ papers are included$/m.exec(readme);
  if (!m) throw new Error('the README has no count line');
  return m[0];
}

/** The rows of one section's table, as written. */
export function tableRows(readme: string, section: string): string[] {
  const start = readme.indexOf(`\n### ${section}\n`);
  if (start < 0) throw new Error(`no section ${section}`);
  const lines = readme.slice(start + 1).split('\n');
  const rows: string[] = [];
  for (const line of lines.slice(3)) {
    if (!line.startsWith('| ')) break;
    rows.push(line);
  }
  return rows;
}

/** The year column of table rows. */
export const yearsOf = (rows: string[]): string[] => rows.map((r) => r.split(' | ')[3] ?? '');
