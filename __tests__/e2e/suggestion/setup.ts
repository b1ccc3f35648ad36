// Shared set-up of the suggestion flow's end-to-end tests: the example list seeded into the emulator,
// issue bodies written the way GitHub writes a form submission, and one action run per event.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator, SeededIssue, SeededRepo } from '../../emulator/index.js';
import { PROJECT_ROOT, runAction, type RunActionResult } from '../../harness/index.js';

const EXAMPLE = join(PROJECT_ROOT, 'examples/ednn');

/** The files of the example list, as they are seeded on the default branch. */
export const LIST_FILES = [
  'data.yaml',
  'README.md',
  '.github/paperlist.yml',
  '.github/ISSUE_TEMPLATE/suggest-paper.yml',
  '.github/workflows/paperlist.yml',
] as const;

export const exampleFile = (path: string): string => readFileSync(join(EXAMPLE, path), 'utf8');

let repoCounter = 0;

/** A fresh repository holding the example list (a new name each call, so tests share one emulator). */
export function seedList(emulator: Emulator, overrides: Record<string, string> = {}): SeededRepo {
  const files = Object.fromEntries(LIST_FILES.map((f) => [f, exampleFile(f)]));
  return emulator.createRepo({
    owner: 'octo',
    name: `ednn-${++repoCounter}`,
    files: { ...files, ...overrides },
    time: '2024-10-14T12:47:37Z',
  });
}

export interface Answers {
  title?: string;
  abbr?: string;
  venue?: string;
  year?: string;
  sections?: string[];
  page?: string;
  pdf?: string;
  code?: string;
  notes?: string;
}

/** The labels of the example form, in form order. */
export const LABELS: Record<keyof Answers, string> = {
  title: 'Title',
  abbr: 'Abbreviation',
  venue: 'Venue',
  year: 'Year',
  sections: 'Sections',
  page: 'Paper page',
  pdf: 'PDF',
  code: 'Code',
  notes: 'Notes',
};

/** An issue body as GitHub writes a form submission: `### Label`, blank line, answer, blank line. */
export function formBody(answers: Answers, labels: Record<string, string> = LABELS): string {
  return Object.entries(LABELS)
    .map(([id, label]) => {
      const value = answers[id as keyof Answers];
      const text = Array.isArray(value)
        ? value.length > 0
          ? value.join(', ')
          : 'None'
        : value === undefined || value === ''
          ? '_No response_'
          : value;
      return `### ${labels[id] ?? label}\n\n${text}`;
    })
    .join('\n\n');
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

/** Shallow-Deep Networks: another real one that is not listed, for tests with two suggestions. */
export const SDN: Answers = {
  title: 'Shallow-Deep Networks: Understanding and Mitigating Network Overthinking',
  abbr: 'SDN',
  venue: 'ICML',
  year: '2019',
  sections: ['Conflict among Exits'],
  page: 'https://proceedings.mlr.press/v97/kaya19a.html',
  pdf: 'https://arxiv.org/pdf/1810.07052',
  code: 'https://github.com/yigitcankaya/Shallow-Deep-Networks',
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

/** The writes among the logged requests (anything but GET), as `METHOD path`. */
export function writes(emulator: Emulator): string[] {
  return emulator.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
}

/** Every logged request as `METHOD path`, in order. */
export function calls(emulator: Emulator): string[] {
  return emulator.requests.map((r) => `${r.method} ${r.path}`);
}

/** Lines that are in `after` but not in `before`, in order (a line diff of an insertion). */
export function addedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  if (a.length - start - end !== 0) {
    throw new Error(`lines were changed or removed, not only added (at line ${start + 1})`);
  }
  return b.slice(start, b.length - end);
}
