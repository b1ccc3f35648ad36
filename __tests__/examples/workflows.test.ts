// The workflow a list runs paperlist with, as `init` writes it, as the README shows it and as the
// examples carry it: it listens to every event the action answers (maintainer commands in comments
// included), and each layout example carries exactly what `init` writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { WORKFLOW_TEXT } from '../../src/core/import/init/workflow.js';
import { PROJECT_ROOT } from '../harness/index.js';

const LAYOUTS = ['table', 'list', 'paragraph', 'html'];
const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');
/** The workflow the project's README shows, the first YAML block under its "The workflow" heading. */
function readmeWorkflow(): string {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('\n## The workflow\n'));
  const m = /```yaml\n([\s\S]*?)```/.exec(section);
  if (!m?.[1]) throw new Error('README.md shows no workflow under "The workflow"');
  return m[1];
}

const files: Array<[string, string]> = [
  ['init', WORKFLOW_TEXT],
  ['README.md', readmeWorkflow()],
  ['examples/ednn', read('examples/ednn/.github/workflows/paperlist.yml')],
  ...LAYOUTS.map((l): [string, string] => [
    `examples/layouts/${l}`,
    read(`examples/layouts/${l}/.github/workflows/paperlist.yml`),
  ]),
];

describe.each(files)('the workflow of %s', (_name, text) => {
  const workflow = parse(text) as {
    on: Record<string, { types?: string[] } | null>;
    concurrency: { group: string };
  };

  test('listens to suggestions, commands in comments, pushes, the schedule and dispatch', () => {
    expect(workflow.on.issues?.types).toEqual(['opened', 'edited', 'reopened', 'closed']);
    expect(workflow.on.issue_comment?.types).toEqual(['created', 'edited']);
    expect(Object.keys(workflow.on)).toEqual(
      expect.arrayContaining(['push', 'schedule', 'workflow_dispatch']),
    );
  });

  test('gives each comment its own concurrency group, each issue and branch theirs', () => {
    expect(workflow.concurrency.group).toBe(
      "paperlist-${{ github.event.comment.id && format('comment-{0}', github.event.comment.id) || github.event.issue.number || github.ref }}",
    );
  });
});

test('each layout example carries the workflow init writes', () => {
  for (const l of LAYOUTS) {
    expect(read(`examples/layouts/${l}/.github/workflows/paperlist.yml`), l).toBe(WORKFLOW_TEXT);
  }
});
