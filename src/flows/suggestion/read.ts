// What the suggestion flow reads before it plans: the default branch's head, the list there, the open
// pull requests and the issue's answers (with the repository's form when the body needs it).
import { getCommit } from '../../adapters/github/commits.js';
import { listOpenPulls } from '../../adapters/github/pulls.js';
import type { FlowContext } from '../context.js';
import { loadListAtCommit } from '../list-at-commit.js';
import { readSuggestionForm } from './form.js';
import type { IssuePayload } from './payload.js';
import type { SuggestionReads } from './plan.js';

export async function readForSuggestion(
  ctx: FlowContext,
  event: IssuePayload,
): Promise<SuggestionReads> {
  const head = await getCommit(ctx.gh, ctx.repo, ctx.defaultBranch);
  const [list, pulls] = await Promise.all([
    loadListAtCommit(ctx, head),
    listOpenPulls(ctx.gh, ctx.repo, ctx.defaultBranch),
  ]);
  const answers = await readSuggestionForm(ctx, list, event.issue.body ?? '');
  return { event, head, list, pulls, answers };
}
