// A list with a backlog: many open suggestions, each opened by the bundled action from its own issue
// as a contributor's form submission would be. Shared by the rebuild tests and `npm run
// bench:rebuild`, so both measure the same thing.
import type { Emulator, SeededRepo } from '../../emulator/index.js';
import type { RunActionResult } from '../../harness/index.js';
import { formBody, type Answers } from '../maintain/setup.js';

/** Runs the action on one `issues` event (the tests' runner, or the benchmark's on dist/). */
export type IssueRunner = (payload: object) => Promise<RunActionResult>;

/** Sections of the example list that the synthetic suggestions go to, in turn. */
const SECTIONS = [
  'EEN Design',
  'EEN Configuration',
  'KD for Training',
  'Exit Policy',
  'Inference Efficiency',
  'Training Efficiency',
];
const TOPICS = ['Vision', 'Language', 'Speech', 'Graphs', 'Edge Devices', 'Streams', 'Robots'];
const METHODS = ['Gated', 'Patient', 'Calibrated', 'Learned', 'Budgeted', 'Cascaded', 'Sparse'];
const SETTINGS = ['in Practice', 'at Scale', 'under Drift', 'on Device', 'in Theory'];

/** The answers of the i-th synthetic suggestion: a distinct title, link and abbreviation. */
export function backlogAnswers(i: number): Answers {
  const topic = TOPICS[i % TOPICS.length] as string;
  const method = METHODS[Math.floor(i / TOPICS.length) % METHODS.length] as string;
  // Two suggestions differ in at least two words, so none is a near-identical title of another.
  const setting = SETTINGS[Math.floor(i / 49) % SETTINGS.length] as string;
  return {
    title: `${method} Early Exits for ${topic} ${setting}, Study ${i + 1}`,
    abbr: `EE${i + 1}`,
    venue: 'arXiv',
    year: String(2020 + (i % 5)),
    sections: [SECTIONS[i % SECTIONS.length] as string],
    page: `https://arxiv.org/abs/2401.${String(10000 + i).padStart(5, '0')}`,
  };
}

export interface BacklogItem {
  issue: number;
  pull: number;
  answers: Answers;
}

/**
 * Opens `count` suggestion issues and runs the action on each `opened` event (`parallel` at a time:
 * runs of different issues are in different concurrency groups, as on GitHub). Returns them in
 * issue order.
 */
export async function seedBacklog(
  emulator: Emulator,
  repo: SeededRepo,
  count: number,
  run: IssueRunner,
  opts: { parallel?: number; first?: number } = {},
): Promise<BacklogItem[]> {
  const items = Array.from({ length: count }, (_, k) => {
    const answers = backlogAnswers((opts.first ?? 0) + k);
    const issue = emulator.createIssue(repo, {
      title: `[Paper]: ${answers.title}`,
      body: formBody(answers),
      labels: ['paper-suggestion'],
      user: 'ada-lovelace',
    });
    return { issue, answers };
  });
  const out: BacklogItem[] = [];
  const parallel = opts.parallel ?? 3;
  for (let at = 0; at < items.length; at += parallel) {
    const batch = items.slice(at, at + parallel);
    const runs = await Promise.all(batch.map(({ issue }) => run(issue.event('opened'))));
    runs.forEach((run, k) => {
      const { issue, answers } = batch[k]!;
      if (run.code !== 0 || run.outputs.result !== 'pull-request-created') {
        throw new Error(
          `suggestion #${issue.number} did not open a PR: ${run.stdout}${run.stderr}`,
        );
      }
      out.push({ issue: issue.number, pull: Number(run.outputs['pull-request-number']), answers });
    });
  }
  return out;
}

/** The logged requests grouped by route (`METHOD /path` with numbers and shas as placeholders). */
export function requestBreakdown(emulator: Emulator, repo: SeededRepo): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of emulator.requests) {
    const key = `${r.method} ${r.path
      .replace(`/repos/${repo.fullName}`, '')
      .replace(/\/[0-9a-f]{40}\b/g, '/{sha}')
      .replace(/\/\d+\b/g, '/{n}')
      .replace(/paperlist\/issue-\d+/g, 'paperlist/issue-{n}')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}
