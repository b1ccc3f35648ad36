// `pull_request` (and `pull_request_target`, whose payload GitHub documents as the same) payloads:
// a real example from @octokit/webhooks-examples with the pull request, repository and sender
// replaced by the emulator's. `edited` has no example of its own; the `opened` one is used.
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import type { PullRequestJson, RepositoryJson, UserJson } from '../emulator/schemas.js';
import { example, overlay, repositoryPayload, userPayload } from './payloads.js';

export type PullRequestEventPayload = WebhookDefinition<'pull_request'>['examples'][number];

export function pullRequestEvent(
  action: string,
  pull: PullRequestJson,
  repo: RepositoryJson,
  opts: { sender?: UserJson; changes?: Record<string, { from: string }> } = {},
): PullRequestEventPayload {
  const base = example('pull_request', action);
  const exPull = base.pull_request as Record<string, unknown>;
  const { user, ...fields } = pull;
  const payload: Record<string, unknown> = {
    ...base,
    action,
    number: pull.number,
    pull_request: {
      ...overlay(exPull, fields),
      user: userPayload(exPull.user, user, repo),
    },
    repository: repositoryPayload(base.repository, repo),
    sender: userPayload(base.sender, opts.sender ?? user, repo),
  };
  delete payload.organization;
  delete payload.changes;
  if (opts.changes) payload.changes = opts.changes;
  return payload as unknown as PullRequestEventPayload;
}
