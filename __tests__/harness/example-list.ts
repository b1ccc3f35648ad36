// The project's example list (examples/ednn) as the tests use it: its files read from disk, a fresh
// repository holding it in the emulator, and issue bodies written the way GitHub writes a submission
// of its suggestion form. One place, so the end-to-end and plan tests cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator, SeededRepo } from '../emulator/index.js';
import { PROJECT_ROOT } from './run-action.js';

export const FORM_PATH = '.github/ISSUE_TEMPLATE/suggest-paper.yml';

/** The example's commit time: the README's stamp (Oct 14, 2024 20:47:37 in Asia/Shanghai). */
export const SEED_TIME = '2024-10-14T12:47:37Z';

/** A file of the example list, by its path in the list's repository. */
export const exampleFile = (path: string): string =>
  readFileSync(join(PROJECT_ROOT, 'examples/ednn', path), 'utf8');

export interface SeedOptions {
  /** The repository's name; callers number their repositories so tests share one emulator. */
  name: string;
  /** The example's files to seed on the default branch. */
  files: readonly string[];
  /** Files to seed instead of (or besides) the example's. */
  overrides?: Record<string, string>;
  protected?: boolean;
}

/** A repository `octo/<name>` holding the example list, committed at SEED_TIME. */
export function seedExampleList(emulator: Emulator, opts: SeedOptions): SeededRepo {
  const files = Object.fromEntries(opts.files.map((f) => [f, exampleFile(f)]));
  return emulator.createRepo({
    owner: 'octo',
    name: opts.name,
    files: { ...files, ...opts.overrides },
    time: SEED_TIME,
    ...(opts.protected ? { protected: true } : {}),
  });
}

/** The answers of a suggestion, by form field id; a missing or empty one is "_No response_". */
export interface FormAnswers {
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
export const FORM_LABELS: Record<keyof FormAnswers, string> = {
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
export function formBody(
  answers: FormAnswers,
  labels: Record<string, string> = FORM_LABELS,
): string {
  return Object.entries(FORM_LABELS)
    .map(([id, label]) => {
      const value = answers[id as keyof FormAnswers];
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
