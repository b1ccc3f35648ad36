// Shared set-up of the command flow's end-to-end tests: the example list with one suggestion whose
// pull request is open, maintainers and others with their roles, comments written as they would be,
// and one action run per `issue_comment` event.
import type { Emulator, SeededRepo } from '../../emulator/index.js';
import { commentEvent, editComment, setRole } from '../../emulator/comments.js';
import { runAction, type RunActionResult } from '../../harness/index.js';
import { BRANCHYNET, openSuggestion, runIssueEvent, seedList } from '../suggestion/setup.js';

export const MAINTAINER = 'mona-maintainer';
export const READER = 'rita-reader';

/** Emulator times tick one second per read, so an edit is always later than what came before it. */
export function tickingClock(emulator: Emulator): void {
  let t = Date.parse('2026-06-01T10:00:00Z');
  emulator.setClock(() => new Date((t += 1000)));
}

/** The list with BranchyNet suggested in issue #1 (in EEN Design) and its pull request #2 open. */
export async function listWithSuggestion(emulator: Emulator): Promise<SeededRepo> {
  const repo = seedList(emulator);
  setRole(emulator, repo, MAINTAINER, 'write');
  const issue = openSuggestion(emulator, repo, BRANCHYNET);
  const run = await runIssueEvent(emulator, repo, issue.number, 'opened');
  if (run.outputs.result !== 'pull-request-created') throw new Error(run.stderr);
  return repo;
}

/** Writes a comment on issue or pull request `on` and runs the action on its `created` event. */
export async function commentAndRun(
  emulator: Emulator,
  repo: SeededRepo,
  on: number,
  body: string,
  user = MAINTAINER,
): Promise<{ id: number; run: RunActionResult }> {
  const id = Number(emulator.addComment(repo, on, body, user).id);
  return { id, run: await runComment(emulator, repo, id, 'created') };
}

/** Edits comment `id` and runs the action on its `edited` event. */
export async function editAndRun(
  emulator: Emulator,
  repo: SeededRepo,
  id: number,
  body: string,
): Promise<RunActionResult> {
  const from = editComment(emulator, repo, id, body);
  return runComment(emulator, repo, id, 'edited', from);
}

export function runComment(
  emulator: Emulator,
  repo: SeededRepo,
  id: number,
  action: 'created' | 'edited',
  from?: string,
  env?: Record<string, string>,
): Promise<RunActionResult> {
  return runAction({
    event: 'issue_comment',
    payload: commentEvent(emulator, repo, id, action, from),
    repo,
    emulator,
    ...(env ? { env } : {}),
  });
}

/** The sections answer of issue `n`'s body. */
export function sectionsAnswer(emulator: Emulator, repo: SeededRepo, n: number): string {
  const body = emulator.getIssue(repo, n)?.body ?? '';
  return /### Sections\n\n([^\n]*)/.exec(body)?.[1] ?? '';
}

/** The section headings of the data file on `ref` that list the BranchyNet paper. */
export function sectionsHolding(emulator: Emulator, repo: SeededRepo, ref: string): string[] {
  const data = emulator.readFile(repo, ref, 'data.yaml') ?? '';
  const out: string[] = [];
  let section = '';
  for (const line of data.split('\n')) {
    const heading = /^(\S.*):$/.exec(line)?.[1];
    if (heading !== undefined) section = heading;
    if (line.includes('BranchyNet: Fast Inference')) out.push(section);
  }
  return out;
}

/** Comments on `n` after the first `skip` (the suggestion's status comment), by their bodies. */
export function repliesOn(emulator: Emulator, repo: SeededRepo, n: number): string[] {
  return emulator
    .getComments(repo, n)
    .filter((c) => c.body?.includes('<!-- paperlist:command-reply -->'))
    .map((c) => c.body ?? '');
}
