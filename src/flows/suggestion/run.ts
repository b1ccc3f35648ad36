// The suggestion flow: an `issues` event on a suggestion becomes one branch, one pull request and
// one status comment, all kept in step with the issue. Re-running the same event writes nothing.
import { createHash } from 'node:crypto';
import { findComment, upsertComment, type Comment } from '../../adapters/github/comments.js';
import { createCommit, getCommit } from '../../adapters/github/commits.js';
import { statusOf } from '../../adapters/github/client.js';
import { addLabels } from '../../adapters/github/issues.js';
import {
  createPull,
  findPullByHead,
  listOpenPulls,
  updatePull,
  type PullRequest,
} from '../../adapters/github/pulls.js';
import { deleteBranch, setBranch } from '../../adapters/github/refs.js';
import { applySuggestion } from '../../core/suggest/apply.js';
import { checkSuggestion } from '../../core/suggest/check.js';
import { pullRequestBody, STATUS_MARKER, statusComment } from '../../core/suggest/messages.js';
import type { CheckResult, OpenSuggestion } from '../../core/suggest/types.js';
import type { FlowContext, FlowResult } from '../context.js';
import { loadListAt, type ListAt } from '../list-at.js';
import { isSuggestion, readSuggestionForm } from './form.js';
import { decodeRecord, encodeRecord, issueOfBranch, suggestionBranch } from './marker.js';
import type { IssuePayload } from './payload.js';

export async function suggestionFlow(ctx: FlowContext, event: IssuePayload): Promise<FlowResult> {
  const issue = event.issue;
  if (event.action === 'closed') return closeSuggestion(ctx, issue.number);
  if (!['opened', 'edited', 'reopened'].includes(event.action)) {
    return ignored(`issue #${issue.number} was ${event.action}`);
  }
  const head = await getCommit(ctx.gh, ctx.repo, ctx.defaultBranch);
  const list = await loadListAt(ctx, head);
  const { form, parsed } = await readSuggestionForm(ctx, list, issue.body ?? '');
  const labels = issue.labels.map((l) => l.name);
  if (!isSuggestion(labels, list.settings.labels.suggestion, parsed)) {
    return ignored(`issue #${issue.number} is not a paper suggestion`);
  }

  const pulls = await listOpenPulls(ctx.gh, ctx.repo, ctx.defaultBranch);
  const branch = suggestionBranch(issue.number);
  const own = pulls.find((p) => p.headRef === branch);
  const check = checkSuggestion(parsed.fields, list.list, {
    now: new Date(issue.updated_at ?? issue.created_at ?? 0),
    openSuggestions: openSuggestions(pulls, issue.number),
    issue: issue.number,
  });
  // A new issue (no comments when the event fired, no PR yet) cannot have a status comment.
  const knownComment = issue.comments === 0 && !own ? null : undefined;
  const say = async (result: CheckResult, pr?: PullRequest): Promise<Comment | undefined> => {
    const body = statusComment(result, {
      form,
      settings: list.settings,
      ...(pr ? { pullRequest: { number: pr.number, url: pr.url } } : {}),
    });
    if (ctx.dryRun) return undefined;
    const found =
      knownComment === null
        ? null
        : await findComment(ctx.gh, ctx.repo, issue.number, STATUS_MARKER);
    return (await upsertComment(ctx.gh, ctx.repo, issue.number, STATUS_MARKER, body, found))
      .comment;
  };

  if (!check.ok) {
    if (own && !ctx.dryRun) await updatePull(ctx.gh, ctx.repo, own.number, { state: 'closed' });
    await say(check);
    const result = check.duplicate ? 'duplicate' : 'invalid';
    return {
      result,
      outputs: {},
      summary: `Issue #${issue.number} is ${result === 'duplicate' ? 'a duplicate' : 'not valid yet'}: ${check.problems.length} problem(s), listed in the status comment.${own ? ` Closed PR #${own.number}.` : ''}`,
    };
  }

  const applied = applySuggestion(
    {
      dataFile: ctx.paths.dataFile,
      dataText: list.data.text,
      readmeFile: ctx.paths.readme,
      readmeText: list.readme.text,
      list: list.list,
      settings: list.settings,
    },
    check.paper,
    check.sections,
  );
  if (!applied.ok) throw new Error(applied.problems.map((p) => p.message).join('\n'));
  const files = {
    [ctx.paths.dataFile]: applied.value.data,
    [ctx.paths.readme]: applied.value.readme,
  };
  const fingerprint = fingerprintOf(files);
  const title = `Add paper: ${check.paper.abbr ?? check.paper.title}`;
  const body =
    pullRequestBody({
      issue: issue.number,
      issueUrl: issue.html_url,
      paper: check.paper,
      sections: check.sections,
      settings: list.settings,
      warnings: check.warnings,
      form,
    }) +
    '\n' +
    encodeRecord({
      issue: issue.number,
      paper: check.paper,
      sections: check.sections,
      fingerprint,
    });

  if (own && decodeRecord(own.body)?.fingerprint === fingerprint && own.title === title) {
    await say(check, own);
    return pullResult('unchanged', own, `PR #${own.number} already holds this suggestion.`);
  }
  if (ctx.dryRun) {
    return {
      result: own ? 'pull-request-updated' : 'pull-request-created',
      outputs: {},
      summary: `Dry run: would ${own ? 'update' : 'open'} a pull request adding "${check.paper.title}". Nothing was written.`,
    };
  }

  const sha = await createCommit(ctx.gh, ctx.repo, {
    parent: head,
    files,
    message: commitMessage(check.paper.title, issue),
  });
  await setBranch(ctx.gh, ctx.repo, branch, sha, { force: true, ...(own ? { exists: true } : {}) });
  const { pull, created } = await openOrUpdatePull(ctx, list, branch, own, { title, body });
  if (created) await addLabels(ctx.gh, ctx.repo, pull.number, [list.settings.labels.suggestion]);
  await say(check, pull);
  return pullResult(
    created ? 'pull-request-created' : 'pull-request-updated',
    pull,
    `${created ? 'Opened' : 'Updated'} [#${pull.number}](${pull.url}) adding "${check.paper.title}" to ${check.sections.join(', ')}.`,
  );
}

async function openOrUpdatePull(
  ctx: FlowContext,
  list: ListAt,
  branch: string,
  own: PullRequest | undefined,
  text: { title: string; body: string },
): Promise<{ pull: PullRequest; created: boolean }> {
  if (own) return { pull: await updatePull(ctx.gh, ctx.repo, own.number, text), created: false };
  try {
    const pull = await createPull(ctx.gh, ctx.repo, {
      head: branch,
      base: ctx.defaultBranch,
      ...text,
    });
    return { pull, created: true };
  } catch (error) {
    if (
      statusOf(error) === 403 &&
      /not permitted to create or approve pull requests/i.test(String(error))
    ) {
      throw new Error(
        'GitHub Actions may not create pull requests in this repository. Allow it under Settings > Actions > General > Workflow permissions ("Allow GitHub Actions to create and approve pull requests"), or give the action a token that may.',
      );
    }
    // 422 "A pull request already exists": a run that stopped half-way opened it; take it over.
    if (statusOf(error) !== 422) throw error;
    const existing = await findPullByHead(ctx.gh, ctx.repo, branch);
    if (!existing || existing.state !== 'open') throw error;
    void list;
    return { pull: await updatePull(ctx.gh, ctx.repo, existing.number, text), created: false };
  }
}

/** An unmerged suggestion whose issue is closed: close its PR and delete its branch. */
async function closeSuggestion(ctx: FlowContext, issue: number): Promise<FlowResult> {
  const branch = suggestionBranch(issue);
  const pull = await findPullByHead(ctx.gh, ctx.repo, branch);
  if (!pull || pull.merged) return ignored(`issue #${issue} has no open suggestion pull request`);
  if (ctx.dryRun) return pullResult('closed', pull, `Dry run: would close #${pull.number}.`);
  if (pull.state === 'open') await updatePull(ctx.gh, ctx.repo, pull.number, { state: 'closed' });
  await deleteBranch(ctx.gh, ctx.repo, branch);
  return pullResult(
    'closed',
    pull,
    `Issue #${issue} was closed: closed #${pull.number} and deleted \`${branch}\`.`,
  );
}

/** The papers of the other open suggestion PRs, read from their bodies. */
export function openSuggestions(pulls: PullRequest[], except: number): OpenSuggestion[] {
  return pulls.flatMap((p) => {
    const issue = issueOfBranch(p.headRef);
    const record = issue !== undefined && issue !== except ? decodeRecord(p.body) : undefined;
    return record ? [{ issue: record.issue, paper: record.paper, sections: record.sections }] : [];
  });
}

function commitMessage(title: string, issue: IssuePayload['issue']): string {
  const author = issue.user;
  const lines = [`Add paper: ${title}`, '', `Suggested in #${issue.number}.`];
  if (author && author.type !== 'Bot') {
    lines.push(
      '',
      `Co-authored-by: ${author.login} <${author.id}+${author.login}@users.noreply.github.com>`,
    );
  }
  return lines.join('\n');
}

/**
 * A hash of the files a suggestion writes. The base commit is left out on purpose: when the default
 * branch moves without changing these files, the PR still merges cleanly and is left alone.
 */
export function fingerprintOf(files: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const [path, text] of Object.entries(files)) hash.update(`\0${path}\0${text}`);
  return hash.digest('hex').slice(0, 32);
}

function pullResult(result: string, pull: PullRequest, summary: string): FlowResult {
  return {
    result,
    outputs: { 'pull-request-number': String(pull.number), 'pull-request-url': pull.url },
    summary,
  };
}

function ignored(why: string): FlowResult {
  return { result: 'ignored', outputs: {}, summary: `Nothing to do: ${why}.` };
}
