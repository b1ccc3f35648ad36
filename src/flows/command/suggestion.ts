// The suggestion issue a command acts on, read as the suggestion flow reads it: the issue as it is
// now, the list at the default branch's head and the issue's answers. A command on anything that
// is not an open suggestion is refused with a note saying what it is on instead.
import { getCommit } from '../../adapters/github/commits.js';
import { Gone, NotFound } from '../../adapters/github/errors.js';
import { getIssue, type IssueDetails } from '../../adapters/github/issues.js';
import type { ReadForm } from '../../core/form/answers.js';
import type { FlowContext } from '../context.js';
import { loadListAtCommit, type ListAtCommit } from '../list-at-commit.js';
import { isSuggestion, readSuggestionForm } from '../suggestion/form.js';
import type { CommandTarget } from './types.js';

export interface SuggestionRead {
  issue: IssueDetails;
  list: ListAtCommit;
  answers: ReadForm;
}

/** The suggestion, or why the command cannot act on it (a sentence for the reply). */
export async function readSuggestionOf(
  ctx: FlowContext,
  target: CommandTarget,
  verb: string,
): Promise<SuggestionRead | { refused: string }> {
  if (target.kind === 'digest') {
    return {
      refused: `\`${verb}\` works on a suggestion issue or its pull request, not on the digest.`,
    };
  }
  if (target.kind === 'other') {
    return {
      refused: `\`${verb}\` works on a suggestion issue or its pull request; ${target.why}.`,
    };
  }
  let issue: IssueDetails;
  try {
    issue = await getIssue(ctx.gh, ctx.repo, target.issue);
  } catch (error) {
    if (!(error instanceof Gone || error instanceof NotFound)) throw error;
    return { refused: `the suggestion #${target.issue} was deleted or moved.` };
  }
  const head = await getCommit(ctx.gh, ctx.repo, ctx.defaultBranch);
  const list = await loadListAtCommit(ctx, head);
  const answers = await readSuggestionForm(ctx, list, issue.body ?? '');
  const labels = issue.labels.map((l) => l.name);
  if (!isSuggestion(labels, list.settings.labels.suggestion, answers.parsed)) {
    return {
      refused: `\`${verb}\` works on a paper suggestion (an issue from the suggestion form, or labelled \`${list.settings.labels.suggestion}\`), and #${issue.number} is not one.`,
    };
  }
  return { issue, list, answers };
}
