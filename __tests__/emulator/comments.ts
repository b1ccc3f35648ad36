// What people do in comments, outside the bot: write one (as anybody, or as a bot), edit it, react;
// a person's role on the repository; and the `issue_comment` payload for a comment as it is now.
import { issueCommentEvent, type IssueCommentEventPayload } from '../harness/comment-payloads.js';
import type { Emulator, RepoArg } from './emulator.js';
import { collaboratorsOf, type Role } from './routes/collaborators.js';
import { reactionsOf, type ReactionRecord } from './routes/reactions.js';
import type { IssueCommentJson } from './schemas.js';
import type { RepoRecord } from './state.js';

function record(emulator: Emulator, repo: RepoArg): RepoRecord {
  const full = typeof repo === 'string' ? repo : repo.fullName;
  const [owner = '', name = ''] = full.split('/');
  const r = emulator.state.repo(owner, name);
  if (!r) throw new Error(`no repository ${full}`);
  return r;
}

/** Gives `login` a role on the repository (the owner is admin without one). */
export function setRole(emulator: Emulator, repo: RepoArg, login: string, role: Role): void {
  emulator.state.user(login);
  collaboratorsOf(record(emulator, repo)).set(login.toLowerCase(), role);
}

/** Makes `login` a bot account (its comments say `type: Bot`). */
export function makeBot(emulator: Emulator, login: string): void {
  emulator.state.user(login).type = 'Bot';
}

/** Edits a comment as its author would in the web UI; returns the body before the edit. */
export function editComment(emulator: Emulator, repo: RepoArg, id: number, body: string): string {
  const comment = record(emulator, repo).comments.find((c) => c.id === id);
  if (!comment) throw new Error(`no comment ${id}`);
  const from = comment.body;
  comment.body = body;
  comment.updatedAt = emulator.state.now();
  return from;
}

/** The reactions on a comment, oldest first, as `login:content`. */
export function reactionsOn(emulator: Emulator, repo: RepoArg, id: number): string[] {
  return reactionsOf(record(emulator, repo))
    .filter((r: ReactionRecord) => r.comment === id)
    .map((r) => `${r.user}:${r.content}`);
}

/** The `issue_comment` payload of comment `id` as it is now (`from`: the body before an edit). */
export function commentEvent(
  emulator: Emulator,
  repo: RepoArg,
  id: number,
  action: 'created' | 'edited' | 'deleted',
  from?: string,
): IssueCommentEventPayload {
  const r = record(emulator, repo);
  const c = r.comments.find((x) => x.id === id);
  if (!c) throw new Error(`no comment ${id}`);
  const comment: IssueCommentJson | undefined = emulator
    .getComments(repo, c.issue)
    .find((x) => x.id === id);
  // An issue, or a pull request's issue (with its `pull_request` part).
  const issue = emulator.getIssue(repo, c.issue)!;
  return issueCommentEvent(action, comment!, issue, emulator.repository(repo), {
    ...(from !== undefined ? { from } : {}),
  });
}
