// What the metadata services said about a suggestion's link, kept in its pull request's hidden record
// with a fingerprint of the issue text it was asked for. The rebuild after a push plans the
// suggestion again from the same issue text: it reuses these values instead of asking the services
// again (a push with many open suggestions asks none), and asks only when the issue text changed
// since (an edit whose own run never came). An issue event always asks afresh.
import type { ReadForm } from '../../core/form/answers.js';
import { MAX_AUTHORS } from '../../core/metadata/merge.js';
import type { LookedUp } from '../../core/metadata/suggestion.js';
import type { FetchedPaper } from '../../core/metadata/types.js';
import { shortHash } from '../../core/short-hash.js';
import type { FlowContext } from '../context.js';
import type { ListAtCommit } from '../list-at-commit.js';
import type { SuggestionRecord } from './marker.js';
import { lookUpLink } from './read.js';

export interface KeptLookup {
  /** Fingerprint of the issue body the services were asked for. */
  text: string;
  looked: LookedUp;
}

/** The fingerprint of an issue's text. */
export function issueTextKey(body: string | null | undefined): string {
  return shortHash(body ?? '');
}

/**
 * An answer as the record keeps it: no repository candidates (the code was checked already) and
 * no more authors than the merge can use (it keeps MAX_AUTHORS, then `others`: one more name gives
 * the same entry), so a paper with a thousand authors still fits in a pull request's body.
 */
function compact(paper: FetchedPaper): FetchedPaper {
  const kept: FetchedPaper = { ...paper };
  delete kept.codeCandidates;
  if (kept.authors) kept.authors = kept.authors.slice(0, MAX_AUTHORS + 1);
  return kept;
}

/** What to keep in the record: the services' answers, when the link was asked about. */
export function keepLookup(
  body: string | null | undefined,
  looked: LookedUp | undefined,
): KeptLookup | undefined {
  const result = looked?.result;
  if (looked === undefined || result === undefined) return undefined;
  return {
    text: issueTextKey(body),
    looked: { ...looked, result: { ...result, fetched: result.fetched.map(compact) } },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The kept answers when they were asked for this very issue text (and read back whole). */
export function keptLookup(
  record: SuggestionRecord | undefined,
  body: string | null | undefined,
): LookedUp | undefined {
  const kept: unknown = record?.lookup;
  if (!isObject(kept) || kept.text !== issueTextKey(body) || !isObject(kept.looked)) return;
  const { raw, link, result } = kept.looked;
  if (typeof raw !== 'string' || !isObject(link) || typeof link.kind !== 'string') return;
  if (!isObject(result) || !Array.isArray(result.fetched) || !Array.isArray(result.gaps)) return;
  if (!isObject(result.linkIds)) return;
  return kept.looked as unknown as LookedUp;
}

/** The rebuild's view of the link: the kept answers when the text is the same, else asked now. */
export async function lookupForRebuild(
  ctx: FlowContext,
  list: ListAtCommit,
  answers: ReadForm,
  body: string | null | undefined,
  record: SuggestionRecord | undefined,
): Promise<LookedUp | undefined> {
  return keptLookup(record, body) ?? (await lookUpLink(ctx, list, answers));
}
