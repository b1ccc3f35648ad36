// `issue_comment` payloads shaped like GitHub's: a real example from @octokit/webhooks-examples with
// the issue (a pull request's, when it is one), the comment, the repository and the sender replaced
// by the emulator's.
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import type { IssueCommentJson, IssueJson, RepositoryJson } from '../emulator/schemas.js';
import { example, overlay, repositoryPayload, userPayload } from './payloads.js';

export type IssueCommentEventPayload = WebhookDefinition<'issue_comment'>['examples'][number];

export function issueCommentEvent(
  action: 'created' | 'edited' | 'deleted',
  comment: IssueCommentJson,
  issue: IssueJson,
  repo: RepositoryJson,
  opts: { from?: string } = {},
): IssueCommentEventPayload {
  const base = example('issue_comment', action);
  const exIssue = base.issue as Record<string, unknown>;
  const exComment = base.comment as Record<string, unknown>;
  const { user: issueUser, ...issueFields } = issue;
  const { user, ...commentFields } = comment;
  const payload: Record<string, unknown> = {
    ...base,
    action,
    issue: {
      ...overlay(exIssue, issueFields),
      user: userPayload(exIssue.user, issueUser, repo),
    },
    comment: {
      ...overlay(exComment, commentFields),
      user: userPayload(exComment.user, user, repo),
    },
    repository: repositoryPayload(base.repository, repo),
    sender: userPayload(base.sender, user, repo),
  };
  // The example's issue is not a pull request: a pull request's issue keeps its own `pull_request`.
  if (issue.pull_request === undefined)
    delete (payload.issue as Record<string, unknown>).pull_request;
  delete payload.changes;
  delete payload.organization;
  if (action === 'edited') payload.changes = { body: { from: opts.from ?? '' } };
  return payload as unknown as IssueCommentEventPayload;
}
