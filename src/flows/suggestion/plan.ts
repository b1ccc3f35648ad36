// The suggestion's plan: what is to be done with one issue, decided from what was read (the issue,
// the list at the default branch's head, the open pull requests, the form) and nothing else. It is a
// pure function returning a tagged value, so a test compares plans without an emulator, the
// executor (execute.ts) only performs one, and a dry run prints one (dry-run.ts).
import { createHash } from 'node:crypto';
import type { Head } from '../../adapters/github/commits.js';
import { FILES_TRAILER, withTrailer } from '../../core/suggest/bot-commit.js';
import type { PullRequest } from '../../adapters/github/pulls.js';
import { withLookup, withLookupNotes, type LookedUp } from '../../core/metadata/suggestion.js';
import type { Problem } from '../../core/problem.js';
import { applySuggestion } from '../../core/suggest/apply.js';
import { checkSuggestion } from '../../core/suggest/check.js';
import { pullRequestBody, statusComment } from '../../core/suggest/messages.js';
import { neutralizeReferences } from '../../core/suggest/neutralize.js';
import { shortHash } from '../../core/short-hash.js';
import { failure, type Result } from '../../core/result.js';
import type {
  CheckResult,
  FailedCheck,
  OpenSuggestion,
  PassedCheck,
} from '../../core/suggest/types.js';
import type { FlowPaths } from '../context.js';
import type { ListAtCommit } from '../list-at-commit.js';
import type { ReadForm } from '../../core/form/answers.js';
import { commitMessage } from './commit-message.js';
import { keepLookup } from './kept-lookup.js';
import { isSuggestion } from './form.js';
import {
  decodeRecord,
  encodeRecord,
  issueOfBranch,
  suggestionBranch,
  type SuggestionRecord,
} from './marker.js';
import type { IssuePayload } from './payload.js';
import { shownPaper } from './summaries.js';

/** Everything the plan is computed from. */
export interface SuggestionReads {
  event: IssuePayload;
  /** The default branch's head the suggestion is built on. */
  head: Head;
  list: ListAtCommit;
  /** The open pull requests into the default branch. */
  pulls: PullRequest[];
  answers: ReadForm;
  /** What the metadata services said about the issue's `link`, when it gave one. */
  lookup?: LookedUp;
  /**
   * What is known of the head commit of the suggestion's open PR when it is not the commit the PR's
   * record names (a rebuild moved the branch without rewriting the body): read once, or known
   * because this run wrote it.
   */
  ownHead?: OwnHead;
}

/** The head commit of a suggestion branch, as far as a plan needs it. */
export interface OwnHead {
  sha: string;
  /** paperlist wrote it (core/suggest/bot-commit.ts), and nobody amended it since. */
  bot: boolean;
  /** The fingerprint of the files it holds, as its `Paperlist-Files` trailer names it. */
  files: string | undefined;
}

export interface PlanOptions {
  paths: FlowPaths;
  /** This is the run's first try (not a fresh read after a lost race). */
  firstTry: boolean;
  /** This is the first attempt of the workflow run (not a re-run). */
  firstAttempt: boolean;
}

/** What the status comment says, minus the pull request (known only once it is opened). */
export interface StatusInput {
  check: PassedCheck;
  form: ReadForm['form'];
  settings: ListAtCommit['settings'];
  unknownHeadings: string[];
}

interface Common {
  issue: number;
  /**
   * The status comment already says what this plan would write (the PR's record names its text,
   * and the issue has comments): it is neither read nor written.
   */
  statusKnown?: boolean;
  /**
   * The first run of a new issue's `opened` event: no status comment and no closed PR can exist
   * yet, so neither is looked for.
   */
  fresh: boolean;
}

/** The suggestion is fine and its files are built: a commit, a branch and a pull request. */
export interface PublishPlan extends Common {
  kind: 'publish';
  branch: string;
  /** The open PR of this branch, if there is one. */
  own: PullRequest | undefined;
  parent: Head;
  files: Record<string, string>;
  commitMessage: string;
  title: string;
  /** The PR body without its hidden record (which names the commit, known once it is made). */
  description: string;
  record: Omit<SuggestionRecord, 'commit'>;
  label: string;
  status: StatusInput;
  /** `"Title" to A, B`, for summaries. */
  shown: string;
}

export type SuggestionPlan =
  | { kind: 'not-a-suggestion'; issue: number }
  /** The list's own files cannot take the entry (a README without its markers, say). */
  | { kind: 'list-broken'; issue: number; problems: Problem[] }
  /** The suggestion has problems: the status comment lists them, its open PR (if any) is closed. */
  | (Common & {
      kind: 'refuse';
      result: 'duplicate' | 'invalid';
      problemCount: number;
      closePull: PullRequest | undefined;
      statusComment: string;
    })
  /** The open PR holds this suggestion already (a re-run): at most its label is added back. */
  | (Common & {
      kind: 'keep';
      pull: PullRequest;
      addLabel: string | undefined;
      statusComment: string;
    })
  /** Only the texts changed (the notes, say): the branch stays, the PR's title and body follow. */
  | (Common & {
      kind: 'update-text';
      pull: PullRequest;
      title: string;
      body: string;
      addLabel: string | undefined;
      statusComment: string;
      shown: string;
    })
  | PublishPlan;

export function planSuggestion(reads: SuggestionReads, options: PlanOptions): SuggestionPlan {
  const { event, list, pulls, answers } = reads;
  const issue = event.issue;
  const label = list.settings.labels.suggestion;
  const labels = issue.labels.map((l) => l.name);
  if (!isSuggestion(labels, label, answers.parsed)) {
    return { kind: 'not-a-suggestion', issue: issue.number };
  }
  const branch = suggestionBranch(issue.number);
  const own = pulls.find((p) => p.headRef === branch);
  const common = { issue: issue.number, fresh: isFresh(reads, own, options) };
  const check = checkAnswers(reads);
  if (!check.ok) return refusal(reads, common, check, own);
  const status: StatusInput = {
    check,
    form: answers.form,
    settings: list.settings,
    unknownHeadings: answers.parsed.unknownHeadings,
  };
  const build = buildSuggestion(reads, options.paths, status);
  if (!build.ok) return { kind: 'list-broken', issue: issue.number, problems: build.problems };
  const statusKnown =
    own !== undefined &&
    issue.comments > 0 &&
    decodeRecord(own.body)?.statusKey === build.value.record.statusKey;
  return planForPull(
    { ...common, statusKnown, kind: 'publish', branch, own, label, status, ...build.value },
    reads.ownHead,
  );
}

/**
 * The first run of a new issue's `opened` event: no status comment and no closed PR can exist yet.
 * `own` is the open PR of the issue's branch.
 */
function isFresh(
  { event }: SuggestionReads,
  own: PullRequest | undefined,
  options: PlanOptions,
): boolean {
  return (
    event.action === 'opened' &&
    event.issue.comments === 0 &&
    !own &&
    options.firstTry &&
    options.firstAttempt
  );
}

/**
 * The issue's answers checked against the list and the other open suggestions. A body past the size
 * bound is not read: its one problem is the answer. Otherwise the looked-up values fill what the
 * contributor left empty; then the usual checks, unchanged.
 */
function checkAnswers({ event, list, pulls, answers, lookup }: SuggestionReads): CheckResult {
  const issue = event.issue;
  if (answers.parsed.refused) return failure([answers.parsed.refused]);
  const looked = withLookup(answers.parsed.fields, lookup, list.list, list.settings);
  const check = checkSuggestion(looked.fields, list.list, {
    now: new Date(issue.updated_at ?? issue.created_at ?? 0),
    openSuggestions: openSuggestions(pulls, issue.number),
    issue: issue.number,
    extra: looked.extra,
  });
  return withLookupNotes(check, looked);
}

/** A suggestion with problems: the status comment lists them, its open PR (if any) is closed. */
function refusal(
  { answers, list }: SuggestionReads,
  common: { issue: number; fresh: boolean },
  check: FailedCheck,
  own: PullRequest | undefined,
): SuggestionPlan {
  return {
    ...common,
    kind: 'refuse',
    result: check.duplicate ? 'duplicate' : 'invalid',
    problemCount: check.problems.length,
    closePull: own,
    statusComment: statusComment(check, {
      form: answers.form,
      settings: list.settings,
      unknownHeadings: answers.parsed.unknownHeadings,
    }),
  };
}

type Built = Pick<
  PublishPlan,
  'parent' | 'files' | 'commitMessage' | 'title' | 'description' | 'record' | 'shown'
>;

/** The suggestion's files, commit message and PR texts. */
function buildSuggestion(
  reads: SuggestionReads,
  paths: FlowPaths,
  status: StatusInput,
): Result<Built> {
  const { list, event } = reads;
  const issue = event.issue;
  const { paper, sections, notes } = status.check.value;
  const warnings = status.check.warnings ?? [];
  const applied = applySuggestion(
    {
      dataFile: paths.dataFile,
      dataText: list.data.text,
      readmeFile: paths.readme,
      readmeText: list.readme.text,
      list: list.list,
      settings: list.settings,
    },
    paper,
    sections,
  );
  if (!applied.ok) return failure(applied.problems);
  const files = { [paths.dataFile]: applied.value.data, [paths.readme]: applied.value.readme };
  const description = pullRequestBody({
    issue: issue.number,
    issueUrl: issue.html_url,
    paper,
    sections,
    settings: list.settings,
    warnings,
    form: status.form,
    ...(notes ? { notes } : {}),
  });
  const fingerprint = fingerprintOf(files);
  return {
    ok: true,
    value: {
      parent: reads.head,
      files,
      commitMessage: withTrailer(commitMessage(paper.title, issue), FILES_TRAILER, fingerprint),
      title: `Add paper: ${neutralizeReferences(paper.abbr ?? paper.title)}`,
      description,
      record: {
        issue: issue.number,
        paper,
        sections,
        fingerprint,
        statusKey: statusKeyOf(status),
        ...keptOf(issue.body, reads.lookup),
      },
      shown: shownPaper(paper.title, sections),
    },
  };
}

function keptOf(body: string | null | undefined, looked: LookedUp | undefined) {
  const lookup = keepLookup(body, looked);
  return lookup ? { lookup } : {};
}

/**
 * A built suggestion against its open PR: nothing to write, only texts to update, or a publish.
 * `ownHead` is what is known of the PR's head when it is not the commit the record names; a publish
 * plan given a head learnt later is planned again by this alone, as nothing else reads it.
 */
export function planForPull(plan: PublishPlan, ownHead: OwnHead | undefined): SuggestionPlan {
  const own = plan.own;
  if (!own || !branchHolds(own, plan.record.fingerprint, ownHead)) return plan;
  const addLabel = own.labels.includes(plan.label) ? undefined : plan.label;
  const statusComment = statusCommentFor(plan.status, own);
  const common = {
    issue: plan.issue,
    fresh: plan.fresh,
    statusKnown: plan.statusKnown === true,
    pull: own,
    addLabel,
    statusComment,
  };
  // The record's kept look-up must name this issue text, or the next rebuild would ask again.
  const keptText = decodeRecord(own.body)?.lookup?.text;
  if (
    own.title === plan.title &&
    own.body.startsWith(plan.description) &&
    keptText === plan.record.lookup?.text
  ) {
    return { ...common, kind: 'keep' };
  }
  return {
    ...common,
    kind: 'update-text',
    title: plan.title,
    body: pullBody(plan, own.headSha),
    shown: plan.shown,
  };
}

/** The status comment of a suggestion that passed the checks, naming its pull request. */
export function statusCommentFor(
  status: StatusInput,
  pull: { number: number; url: string },
): string {
  return statusComment(status.check, {
    form: status.form,
    settings: status.settings,
    pullRequest: pull,
    unknownHeadings: status.unknownHeadings,
  });
}

/**
 * What the status comment of a passed suggestion says, hashed with the PR left out: the PR that
 * carries the key in its record is the one the comment names.
 */
export function statusKeyOf(status: StatusInput): string {
  const text = statusCommentFor(status, { number: 0, url: '' });
  return shortHash(text);
}

/** The PR body: the description, then the hidden record naming the commit the branch is set to. */
export function pullBody(
  plan: Pick<PublishPlan, 'description' | 'record'>,
  commit: string,
): string {
  return `${plan.description}\n${encodeRecord({ ...plan.record, commit })}`;
}

/**
 * The PR's branch holds these files, as paperlist built it: its head is the commit the PR's record
 * names, with these files, or a bot commit known (read, or written by this run) to name them.
 */
function branchHolds(own: PullRequest, fingerprint: string, head: OwnHead | undefined): boolean {
  const record = decodeRecord(own.body);
  if (record?.commit === own.headSha) return record.fingerprint === fingerprint;
  return head?.sha === own.headSha && head.bot && head.files === fingerprint;
}

/** The papers of the other open suggestion PRs, read from their bodies. */
export function openSuggestions(pulls: PullRequest[], except: number): OpenSuggestion[] {
  return pulls.flatMap((p) => {
    const issue = issueOfBranch(p.headRef);
    const record = issue !== undefined && issue !== except ? decodeRecord(p.body) : undefined;
    return record ? [{ issue: record.issue, paper: record.paper, sections: record.sections }] : [];
  });
}

/**
 * The files a suggestion writes, hashed. The base commit is left out on purpose: when the default
 * branch moved only in files the suggestion does not touch, its PR is still right and merges cleanly,
 * so it is left alone rather than rebuilt.
 */
export function fingerprintOf(files: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const [path, text] of Object.entries(files)) hash.update(`\0${path}\0${text}`);
  return hash.digest('hex').slice(0, 32);
}
