// The suggestion flow: an `issues` event on a suggestion becomes one branch, one pull request and
// one status comment, all kept in step with the issue. Re-running the same event writes nothing.
import { createHash } from 'node:crypto';
import { createCommit, getCommit } from '../../adapters/github/commits.js';
import { addLabels, getIssue } from '../../adapters/github/issues.js';
import { listOpenPulls, updatePull, type PullRequest } from '../../adapters/github/pulls.js';
import { InputError } from '../../core/problem.js';
import { applySuggestion } from '../../core/suggest/apply.js';
import { checkSuggestion } from '../../core/suggest/check.js';
import { pullRequestBody, statusComment } from '../../core/suggest/messages.js';
import { neutralizeReferences, safeInline } from '../../core/suggest/neutralize.js';
import type { OpenSuggestion } from '../../core/suggest/types.js';
import type { FlowContext, FlowResult } from '../context.js';
import { loadListAt } from '../list-at.js';
import { isFirstAttempt } from './attempt.js';
import { closeSuggestion } from './close.js';
import { commitMessage } from './commit-message.js';
import { isSuggestion, looksLikeSuggestion, mayBeSuggestion, readSuggestionForm } from './form.js';
import {
  decodeRecord,
  encodeRecord,
  issueOfBranch,
  markClosedByBot,
  suggestionBranch,
} from './marker.js';
import type { IssuePayload } from './payload.js';
import { ClosedByMaintainer, publish, PullsNotPermitted } from './publish.js';
import { BranchRace } from './race.js';
import { ignored, pullResult } from './results.js';
import {
  closedByMaintainerComment,
  listProblemComment,
  notPermittedComment,
  PULLS_NOT_PERMITTED,
  statusPoster,
} from './status.js';

const HANDLED = ['opened', 'edited', 'reopened'];

/** Fresh reads after a lost race on the branch, before giving up. */
const RACE_ATTEMPTS = 3;

export interface SuggestionOptions {
  /** The event's issue was just read from the API (the rebuild): no need to read it again. */
  issueIsCurrent?: boolean;
  /**
   * Asked right before the branch is written: false when the issue changed meanwhile, so a run
   * working from older text (the rebuild after a push) leaves the branch to the issue's own run.
   */
  stillCurrent?: () => Promise<boolean>;
}

export async function suggestionFlow(
  ctx: FlowContext,
  received: IssuePayload,
  options: SuggestionOptions = {},
): Promise<FlowResult> {
  if (received.action === 'closed') return closeSuggestion(ctx, received.issue.number);
  // A payload is the issue as it was when the event fired. A queued edit may run after the PR was
  // merged, and a re-run repeats an old payload: only the first run of `opened` is surely current.
  const current =
    options.issueIsCurrent === true ||
    (received.action === 'opened' && isFirstAttempt()) ||
    !HANDLED.includes(received.action) ||
    !mayBeSuggestion(received.issue);
  const event = current
    ? received
    : { ...received, issue: await getIssue(ctx.gh, ctx.repo, received.issue.number) };
  const issue = event.issue;
  if (!HANDLED.includes(event.action)) return ignored(`issue #${issue.number} was ${event.action}`);
  // An edit of a closed issue (a merged suggestion, say) must not open a new pull request.
  if (issue.state === 'closed') return ignored(`issue #${issue.number} is closed`);
  if (!mayBeSuggestion(issue)) return ignored(`issue #${issue.number} is not a paper suggestion`);
  for (let attempt = 1; ; attempt++) {
    try {
      return await suggest(ctx, event, attempt === 1, options);
    } catch (error) {
      if (error instanceof InputError && !ctx.dryRun && looksLikeSuggestion(issue)) {
        // The contributor hears why nothing happened; the run fails with the details for the maintainers.
        await statusPoster(ctx, issue.number, false)(listProblemComment(error.problems));
      }
      if (!(error instanceof BranchRace) || attempt >= RACE_ATTEMPTS) throw error;
      ctx.log(`${error.message}; reading the repository again`);
    }
  }
}

async function suggest(
  ctx: FlowContext,
  event: IssuePayload,
  firstTry: boolean,
  options: SuggestionOptions,
): Promise<FlowResult> {
  const issue = event.issue;
  const head = await getCommit(ctx.gh, ctx.repo, ctx.defaultBranch);
  const [list, pulls] = await Promise.all([
    loadListAt(ctx, head),
    listOpenPulls(ctx.gh, ctx.repo, ctx.defaultBranch),
  ]);
  const { form, parsed } = await readSuggestionForm(ctx, list, issue.body ?? '');
  const label = list.settings.labels.suggestion;
  if (
    !isSuggestion(
      issue.labels.map((l) => l.name),
      label,
      parsed,
    )
  ) {
    return ignored(`issue #${issue.number} is not a paper suggestion`);
  }

  const branch = suggestionBranch(issue.number);
  const own = pulls.find((p) => p.headRef === branch);
  // The first run of a new issue's `opened` event: no status comment and no closed PR can exist yet.
  const fresh =
    event.action === 'opened' && issue.comments === 0 && !own && firstTry && isFirstAttempt();
  const post = statusPoster(ctx, issue.number, fresh);
  const check = checkSuggestion(parsed.fields, list.list, {
    now: new Date(issue.updated_at ?? issue.created_at ?? 0),
    openSuggestions: openSuggestions(pulls, issue.number),
    issue: issue.number,
  });

  if (!check.ok) {
    const result = check.duplicate ? 'duplicate' : 'invalid';
    if (own && !ctx.dryRun) {
      const body = markClosedByBot(own.body);
      await updatePull(ctx.gh, ctx.repo, own.number, { state: 'closed', body });
    }
    await post(
      statusComment(check, {
        form,
        settings: list.settings,
        unknownHeadings: parsed.unknownHeadings,
      }),
    );
    const closed = own
      ? ` ${ctx.dryRun ? 'Would close' : 'Closed'} #${own.number} until it is fixed.`
      : '';
    return {
      result,
      outputs: {},
      summary: `Issue #${issue.number} is ${result === 'duplicate' ? 'a duplicate' : 'not valid yet'}: ${check.problems.length} problem${check.problems.length === 1 ? '' : 's'}, listed in the status comment.${closed}`,
    };
  }

  const { paper, sections } = check;
  const applied = applySuggestion(
    {
      dataFile: ctx.paths.dataFile,
      dataText: list.data.text,
      readmeFile: ctx.paths.readme,
      readmeText: list.readme.text,
      list: list.list,
      settings: list.settings,
    },
    paper,
    sections,
  );
  // The list's own files cannot take the entry (a README without its markers, say): the
  // maintainers' problem, reported with file and line like any broken list.
  if (!applied.ok) throw new InputError(applied.problems);
  const files = {
    [ctx.paths.dataFile]: applied.value.data,
    [ctx.paths.readme]: applied.value.readme,
  };
  const fingerprint = fingerprintOf(files);
  const title = `Add paper: ${neutralizeReferences(paper.abbr ?? paper.title)}`;
  const description = pullRequestBody({
    issue: issue.number,
    issueUrl: issue.html_url,
    paper,
    sections,
    settings: list.settings,
    warnings: check.warnings,
    form,
    ...(check.notes ? { notes: check.notes } : {}),
  });
  const bodyOf = (commit: string) =>
    `${description}\n${encodeRecord({ issue: issue.number, paper, sections, fingerprint, commit })}`;
  const say = (pull: { number: number; url: string }) =>
    post(
      statusComment(check, {
        form,
        settings: list.settings,
        pullRequest: pull,
        unknownHeadings: parsed.unknownHeadings,
      }),
    );

  if (own && isUpToDate(own, fingerprint, title, description)) {
    // A run that stopped right after opening the PR left it without its label.
    if (!ctx.dryRun && !own.labels.includes(label)) {
      await addLabels(ctx.gh, ctx.repo, own.number, [label]);
    }
    await say(own);
    return pullResult('unchanged', own, `#${own.number} already holds this suggestion.`);
  }
  if (own && !ctx.dryRun && holdsFiles(own, fingerprint)) {
    // Only the texts changed (the notes, say): the branch stays, the PR's title and body follow.
    const pull = await updatePull(ctx.gh, ctx.repo, own.number, {
      title,
      body: bodyOf(own.headSha),
    });
    if (!own.labels.includes(label)) await addLabels(ctx.gh, ctx.repo, own.number, [label]);
    await say(pull);
    return pullResult('pull-request-updated', pull, `Updated the description of #${pull.number}.`);
  }
  if (ctx.dryRun) {
    return {
      result: own ? 'pull-request-updated' : 'pull-request-created',
      outputs: own ? pullResult('', own, '').outputs : {},
      summary: `Dry run: would ${own ? `update #${own.number}` : 'open a pull request'} adding ${shownPaper(paper.title, sections)}. Nothing was written.`,
    };
  }

  if (options.stillCurrent && !(await options.stillCurrent())) {
    return {
      result: 'skipped',
      outputs: {},
      summary: `Issue #${issue.number} changed while its suggestion was being rebuilt; the run of that change updates it.`,
    };
  }
  const sha = await createCommit(ctx.gh, ctx.repo, {
    parent: head,
    files,
    message: commitMessage(paper.title, issue),
  });
  const published = await publish(ctx, {
    branch,
    sha,
    title,
    body: bodyOf(sha),
    label,
    own,
    mayHaveClosed: !fresh,
  }).catch(async (error: unknown) => {
    if (error instanceof ClosedByMaintainer) return error;
    if (!(error instanceof PullsNotPermitted)) throw error;
    // The contributor sees why nothing happened, and the run's error says what to change.
    await post(notPermittedComment(paper, sections, branch, list.settings));
    throw new Error(PULLS_NOT_PERMITTED, { cause: error });
  });
  if (published instanceof ClosedByMaintainer) {
    const closed = published.pull;
    await post(closedByMaintainerComment(closed, check, list.settings));
    return pullResult(
      'closed-by-maintainer',
      closed,
      `#${closed.number} was closed by a maintainer; the edit of #${issue.number} does not reopen it.`,
    );
  }
  const { pull, outcome } = published;
  await say(pull);
  const verb = { created: 'Opened', updated: 'Updated', reopened: 'Reopened' }[outcome];
  const done = pullResult(
    outcome === 'created' ? 'pull-request-created' : 'pull-request-updated',
    pull,
    `${verb} [#${pull.number}](${pull.url}) adding ${shownPaper(paper.title, sections)}.`,
  );
  return { ...done, outputs: { ...done.outputs, 'commit-sha': sha } };
}

/** The PR's branch holds these files, as paperlist built it (nobody moved it since). */
function holdsFiles(own: PullRequest, fingerprint: string): boolean {
  const record = decodeRecord(own.body);
  return record?.fingerprint === fingerprint && record.commit === own.headSha;
}

/** The PR already holds this suggestion: the same files and texts, its branch untouched since. */
function isUpToDate(
  own: PullRequest,
  fingerprint: string,
  title: string,
  description: string,
): boolean {
  return holdsFiles(own, fingerprint) && own.title === title && own.body.startsWith(description);
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

/** `"Title" to A, B` for the step summary: issue text, so escaped like a table cell. */
function shownPaper(title: string, sections: string[]): string {
  return `"${safeInline(title)}" to ${sections.map(safeInline).join(', ')}`;
}
