// Every `result` a run can report, as literal unions: the action's `result` output, the step
// summaries, the rebuild's per-suggestion outcomes and the tests all name these, so a new outcome
// is added here once (and to action.yml and the README, which a test compares with these lists).

/** What the suggestion flow did with one issue. */
export const SUGGESTION_RESULTS = [
  'pull-request-created',
  'pull-request-updated',
  'unchanged',
  'invalid',
  'duplicate',
  'closed-by-maintainer',
  'taken-over',
  'pull-request-closed',
] as const;
export type SuggestionResult = (typeof SUGGESTION_RESULTS)[number];

/** What a push, schedule or workflow_dispatch run did with the README. */
export const REFRESH_RESULTS = [
  'refreshed',
  'refresh-pull-request',
  'unchanged',
  'out-of-date',
] as const;
export type RefreshResult = (typeof REFRESH_RESULTS)[number];

/** What the check of a person's pull request found (the run fails on `check-failed`). */
export const PULL_CHECK_RESULTS = ['check-passed', 'check-failed'] as const;
export type PullCheckResult = (typeof PULL_CHECK_RESULTS)[number];

/** What a comment's `/paperlist` commands came to: at least one done, or every one refused. */
export const COMMAND_RESULTS = ['commands-done', 'commands-refused'] as const;
export type CommandResult = (typeof COMMAND_RESULTS)[number];

/** Results any event can end with: a broken list, any other error, or nothing to do. */
export const ANY_EVENT_RESULTS = ['invalid-list', 'failed', 'ignored'] as const;
export type AnyEventResult = (typeof ANY_EVENT_RESULTS)[number];

/** Every value of the action's `result` output. */
export const RUN_RESULTS = [
  ...new Set([
    ...SUGGESTION_RESULTS,
    ...REFRESH_RESULTS,
    ...PULL_CHECK_RESULTS,
    ...COMMAND_RESULTS,
    ...ANY_EVENT_RESULTS,
  ]),
] as RunResult[];
export type RunResult =
  SuggestionResult | RefreshResult | PullCheckResult | CommandResult | AnyEventResult;

/**
 * What the rebuild did with one open suggestion: a suggestion result, `skipped` when its issue
 * changed while it was rebuilt (the run of that change rebuilds it), `failed` when it threw.
 */
export type RebuildResult =
  | SuggestionResult
  | 'ignored'
  | 'skipped'
  | 'failed'
  /** Left for the next run: the API budget was too low. */
  | 'deferred'
  /** The PR's issue was deleted or transferred: the PR was closed with a note. */
  | 'orphan-closed';

/** What the link check did with its report issue. */
export type LinkReportAction =
  'created' | 'updated' | 'closed' | 'unchanged' | 'none' | 'skipped' | 'dry-run';
