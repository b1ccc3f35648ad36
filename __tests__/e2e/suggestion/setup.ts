// Shared set-up of the suggestion flow's end-to-end tests: the example list seeded into the emulator,
// issue bodies written the way GitHub writes a form submission, and one action run per event.
import { diffLines } from 'diff';
import type { Emulator, SeededIssue, SeededRepo } from '../../emulator/index.js';
import {
  exampleFile,
  FORM_LABELS,
  FORM_PATH,
  formBody,
  seedExampleList,
  type FormAnswers,
} from '../../harness/example-list.js';
import { runAction, type RunActionResult } from '../../harness/index.js';

export { exampleFile, formBody };
export type Answers = FormAnswers;
export const LABELS = FORM_LABELS;

/** The files of the example list, as they are seeded on the default branch. */
export const LIST_FILES = [
  'data.yaml',
  'README.md',
  '.github/paperlist.yml',
  FORM_PATH,
  '.github/workflows/paperlist.yml',
] as const;

let repoCounter = 0;

/** A fresh repository holding the example list (a new name each call, so tests share one emulator). */
export function seedList(emulator: Emulator, overrides: Record<string, string> = {}): SeededRepo {
  return seedExampleList(emulator, { name: `ednn-${++repoCounter}`, files: LIST_FILES, overrides });
}

/** BranchyNet: a real early-exit paper that the example list does not have. */
export const BRANCHYNET: Answers = {
  title: 'BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks',
  abbr: 'BranchyNet',
  venue: 'ICPR',
  year: '2016',
  sections: ['EEN Design'],
  page: 'https://arxiv.org/abs/1709.01686',
  pdf: 'https://arxiv.org/pdf/1709.01686',
  code: 'https://github.com/kunglab/branchynet',
};

/**
 * The branch a suggestion of BranchyNet claims the paper with: `paperlist/paper-` and the first 16
 * hex digits of the SHA-256 of its key, `arxiv:1709.01686`.
 */
export const BRANCHYNET_CLAIM = 'paperlist/paper-5faf348a166c26c3';

/** PABEE: another real one the list does not have, in a section far from BranchyNet's. */
export const PABEE: Answers = {
  title: 'BERT Loses Patience: Fast and Robust Inference with Early Exit',
  abbr: 'PABEE',
  venue: 'NeurIPS',
  year: '2020',
  sections: ['Exit Policy'],
  page: 'https://arxiv.org/abs/2006.04152',
  pdf: 'https://arxiv.org/pdf/2006.04152',
  code: 'https://github.com/JetRunner/PABEE',
};

export function openSuggestion(
  emulator: Emulator,
  repo: SeededRepo,
  answers: Answers,
  opts: { labels?: string[]; user?: string; labelsOfForm?: Record<string, string> } = {},
): SeededIssue {
  return emulator.createIssue(repo, {
    title: `[Paper]: ${answers.title ?? ''}`,
    body: formBody(answers, opts.labelsOfForm),
    labels: opts.labels ?? ['paper-suggestion'],
    user: opts.user ?? 'ada-lovelace',
  });
}

/** Runs the bundled action on an `issues` event for `issue` as it stands now. */
export function runIssueEvent(
  emulator: Emulator,
  repo: SeededRepo,
  issue: number,
  action: string,
  opts: { env?: Record<string, string>; inputs?: Record<string, string> } = {},
): Promise<RunActionResult> {
  return runAction({
    event: 'issues',
    payload: emulator.issuesEvent(repo, issue, action),
    repo,
    emulator,
    ...(opts.env ? { env: opts.env } : {}),
    ...(opts.inputs ? { inputs: opts.inputs } : {}),
  });
}

/** The lines a change removed and the lines it added, each in file order. */
export function lineChanges(before: string, after: string): { removed: string[]; added: string[] } {
  const removed: string[] = [];
  const added: string[] = [];
  for (const part of diffLines(before, after)) {
    const lines = part.value.replace(/\n$/, '').split('\n');
    if (part.removed) removed.push(...lines);
    if (part.added) added.push(...lines);
  }
  return { removed, added };
}

/** The text between the "Last Update" markers of a README. */
export function stampZone(readme: string): string {
  const m = /<!-- update-time-start -->([\s\S]*?)<!-- update-time-end -->/.exec(readme);
  if (!m?.[1]) throw new Error('no update-time zone');
  return m[1];
}

/** Requests made for one repository, as `METHOD path` with the repository prefix cut off. */
export function repoCalls(emulator: Emulator, repo: SeededRepo): string[] {
  const prefix = `/repos/${repo.fullName}`;
  return (
    emulator.requests
      .filter((r) => r.path === prefix || r.path.startsWith(`${prefix}/`))
      .map((r) => `${r.method} ${r.path.slice(prefix.length) || '/'}`)
      // A commit status is set on a sha that differs from run to run.
      .map((c) => c.replace(/\/statuses\/[0-9a-f]{40}$/, '/statuses/{sha}'))
  );
}

/** Like repoCalls, without the reads. */
export function repoWrites(emulator: Emulator, repo: SeededRepo): string[] {
  return repoCalls(emulator, repo).filter((c) => !c.startsWith('GET '));
}
