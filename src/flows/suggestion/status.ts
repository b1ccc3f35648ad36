// The one status comment on a suggestion issue: found again by its hidden marker and edited in place,
// or created when the issue has none. A fresh issue (the first run of its `opened` event) cannot have
// one yet, so that run skips the search. Creating it is the one write that is not idempotent, so it
// is never retried without looking first.
import { createCommentOnce, findComment, upsertComment } from '../../adapters/github/comments.js';
import { UncertainWrite } from '../../adapters/github/errors.js';
import { capLines, rowPreview, STATUS_MARKER } from '../../core/suggest/messages.js';
import type { PassedCheck } from '../../core/suggest/types.js';
import { safeInline } from '../../core/suggest/neutralize.js';
import { formatProblem, type Problem } from '../../core/problem.js';
import type { Settings } from '../../core/settings/types.js';
import { listWords } from '../../core/settings/words.js';
import type { Paper } from '../../core/types.js';
import type { FlowContext } from '../context.js';

/**
 * Makes the issue's status comment read `body`: edited in place when found (no write when it reads
 * so already), created otherwise. `fresh`: the issue cannot have one yet, so it is not looked for.
 * Callers skip this in a dry run.
 */
export async function writeStatusComment(
  ctx: FlowContext,
  issue: number,
  fresh: boolean,
  body: string,
): Promise<void> {
  const found = fresh ? null : await findComment(ctx.gh, ctx.repo, issue, STATUS_MARKER);
  if (found) {
    await upsertComment(ctx.gh, ctx.repo, issue, STATUS_MARKER, body, found);
    return;
  }
  try {
    await createCommentOnce(ctx.gh, ctx.repo, issue, body);
  } catch (error) {
    if (!(error instanceof UncertainWrite)) throw error;
    const again = await findComment(ctx.gh, ctx.repo, issue, STATUS_MARKER);
    await upsertComment(ctx.gh, ctx.repo, issue, STATUS_MARKER, body, again ?? null);
  }
}

/** What to change when GitHub refuses to let the workflow token open pull requests. */
export const PULLS_NOT_PERMITTED =
  'GitHub Actions may not create pull requests in this repository. Allow it under Settings > Actions > General > Workflow permissions ("Allow GitHub Actions to create and approve pull requests"), or give the action a token that may.';

/** The status comment when the suggestion is fine but the pull request could not be opened. */
export function notPermittedComment(
  paper: Paper,
  sections: string[],
  branch: string,
  settings: Settings,
): string {
  return (
    [
      STATUS_MARKER,
      'The suggestion passed the checks, but the pull request could not be opened: this repository does not allow GitHub Actions to create pull requests.',
      `A maintainer can allow it under **Settings > Actions > General > Workflow permissions** ("Allow GitHub Actions to create and approve pull requests"), or give the action a token that may. Then edit this issue or re-run the workflow, and the pull request is opened from the branch \`${branch}\`.`,
      `The new ${listWords(settings).entry}, in ${sections.map(safeInline).join(', ')}:`,
      rowPreview(paper, settings),
    ].join('\n\n') + '\n'
  );
}

/** The status comment when a maintainer closed the suggestion's PR: the edit is checked, not reopened. */
export function closedByMaintainerComment(
  pull: { number: number; url: string },
  check: PassedCheck,
  settings: Settings,
): string {
  return (
    [
      STATUS_MARKER,
      `The suggestion passed the checks, but a maintainer closed pull request [#${pull.number}](${pull.url}), so this edit does not reopen it. If you think the paper belongs in the list, say why in a comment here; a maintainer can reopen the pull request, and the next edit of this issue then updates it.`,
      `The ${listWords(settings).entry} as it would be added, in ${check.value.sections.map(safeInline).join(', ')}:`,
      rowPreview(check.value.paper, settings),
    ].join('\n\n') + '\n'
  );
}

/** The status comment when the list's own files are broken: the suggestion waits for a fix. */
export function listProblemComment(problems: Problem[]): string {
  const lines = problems.map((p) => `- ${safeInline(formatProblem(p))}`);
  return (
    [
      STATUS_MARKER,
      "The suggestion could not be checked yet: the list's own files have a problem that the maintainers need to fix first (they see the details in the failed workflow run).",
      capLines(lines, problems.length).join('\n'),
      'Once it is fixed, edit this issue (any small change will do) and it is checked again.',
    ].join('\n\n') + '\n'
  );
}
