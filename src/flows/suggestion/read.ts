// What the suggestion flow reads before it plans: the default branch's head, the list there, the open
// pull requests, the issue's answers (with the repository's form when the body needs it) and, when
// the issue gives the paper's link, what the metadata services know about it.
import { getCommit } from '../../adapters/github/commits.js';
import { listOpenPulls } from '../../adapters/github/pulls.js';
import { recognizeLink } from '../../core/metadata/link.js';
import type { LookedUp } from '../../core/metadata/suggestion.js';
import { cleanText } from '../../core/suggest/normalize.js';
import type { FlowContext } from '../context.js';
import { loadListAtCommit, type ListAtCommit } from '../list-at-commit.js';
import { lookUpPaper } from '../metadata/lookup.js';
import type { ReadForm } from '../../core/form/answers.js';
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
  const lookup = await lookUpLink(ctx, list, answers);
  return { event, head, list, pulls, answers, ...(lookup ? { lookup } : {}) };
}

const answer = (value: string | string[] | undefined): string =>
  cleanText(Array.isArray(value) ? value.join(' ') : (value ?? ''));

/** The services' view of the issue's `link` answer; nothing when there is none (or no client). */
export async function lookUpLink(
  ctx: FlowContext,
  list: ListAtCommit,
  answers: ReadForm,
): Promise<LookedUp | undefined> {
  const raw = answer(answers.parsed.fields.link);
  if (raw === '' || ctx.metadata === undefined) return undefined;
  const link = recognizeLink(raw);
  if (link.kind === 'unknown') return { raw, link };
  const client = ctx.metadata(list.settings.contact);
  const title = answer(answers.parsed.fields.title);
  const result = await lookUpPaper(client, link, title !== '' ? title : undefined);
  for (const gap of result.gaps.filter((g) => g.kind === 'unavailable')) {
    ctx.warn(`${gap.service} could not be asked about ${raw}: ${gap.message}`);
  }
  return { raw, link, result };
}
