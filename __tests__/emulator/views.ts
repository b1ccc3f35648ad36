// Records -> GitHub's JSON. URLs point at the emulator for API links and at the server URL for
// html links, the way api.github.com and github.com pair up.
import type { CommitObject, Signature } from './git-objects.js';
import type {
  CommitJson,
  GitCommitJson,
  IssueCommentJson,
  IssueJson,
  LabelJson,
  RepositoryJson,
  UserJson,
} from './schemas.js';
import type {
  CommentRecord,
  EmulatorState,
  IssueRecord,
  LabelRecord,
  RepoRecord,
  UserRecord,
} from './state.js';

export interface ViewContext {
  state: EmulatorState;
  apiUrl: string;
}

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');
}

export const repoApi = (v: ViewContext, r: RepoRecord): string =>
  `${v.apiUrl}/repos/${r.owner}/${r.name}`;
export const repoHtml = (v: ViewContext, r: RepoRecord): string =>
  `${v.state.serverUrl}/${r.owner}/${r.name}`;

export function userJson(v: ViewContext, u: UserRecord): UserJson {
  return {
    login: u.login,
    id: u.id,
    node_id: nodeId(u.type, u.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    gravatar_id: '',
    url: `${v.apiUrl}/users/${u.login}`,
    html_url:
      u.type === 'Bot'
        ? `${v.state.serverUrl}/apps/${u.login.replace(/\[bot\]$/, '')}`
        : `${v.state.serverUrl}/${u.login}`,
    type: u.type,
    site_admin: false,
  };
}

export function repositoryJson(v: ViewContext, r: RepoRecord): RepositoryJson {
  const head = r.git.refs.get(`refs/heads/${r.defaultBranch}`);
  const pushed = head ? r.git.commit(head)?.committer.date : undefined;
  return {
    id: r.id,
    node_id: nodeId('Repository', r.id),
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    owner: userJson(v, v.state.user(r.owner)),
    private: false,
    html_url: repoHtml(v, r),
    description: null,
    fork: false,
    url: repoApi(v, r),
    default_branch: r.defaultBranch,
    visibility: 'public',
    archived: false,
    disabled: false,
    has_issues: true,
    created_at: r.createdAt,
    updated_at: r.createdAt,
    pushed_at: pushed ?? r.createdAt,
  };
}

export function labelJson(v: ViewContext, r: RepoRecord, l: LabelRecord): LabelJson {
  return {
    id: l.id,
    node_id: nodeId('Label', l.id),
    url: `${repoApi(v, r)}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    description: l.description,
    color: l.color,
    default: false,
  };
}

export function issueLabels(v: ViewContext, r: RepoRecord, i: IssueRecord): LabelJson[] {
  return i.labels.flatMap((name) => {
    const l = r.labels.get(name.toLowerCase());
    return l ? [labelJson(v, r, l)] : [];
  });
}

export function issueJson(v: ViewContext, r: RepoRecord, i: IssueRecord): IssueJson {
  const api = repoApi(v, r);
  const kind = i.pull ? 'pull' : 'issues';
  return {
    id: i.id,
    node_id: nodeId(i.pull ? 'PullRequest' : 'Issue', i.id),
    url: `${api}/issues/${i.number}`,
    repository_url: api,
    labels_url: `${api}/issues/${i.number}/labels{/name}`,
    comments_url: `${api}/issues/${i.number}/comments`,
    events_url: `${api}/issues/${i.number}/events`,
    html_url: `${repoHtml(v, r)}/${kind}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: userJson(v, v.state.user(i.user)),
    labels: issueLabels(v, r, i),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: i.locked,
    comments: r.comments.filter((c) => c.issue === i.number).length,
    ...(i.pull
      ? {
          pull_request: {
            url: `${api}/pulls/${i.number}`,
            html_url: `${repoHtml(v, r)}/pull/${i.number}`,
            diff_url: `${repoHtml(v, r)}/pull/${i.number}.diff`,
            patch_url: `${repoHtml(v, r)}/pull/${i.number}.patch`,
            merged_at: i.pull.mergedAt,
          },
        }
      : {}),
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    author_association: i.user === r.owner ? 'OWNER' : 'NONE',
  };
}

export function commentJson(v: ViewContext, r: RepoRecord, c: CommentRecord): IssueCommentJson {
  const api = repoApi(v, r);
  const issue = r.issues.get(c.issue);
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${api}/issues/comments/${c.id}`,
    html_url: `${repoHtml(v, r)}/${issue?.pull ? 'pull' : 'issues'}/${c.issue}#issuecomment-${c.id}`,
    body: c.body,
    user: userJson(v, v.state.user(c.user)),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${api}/issues/${c.issue}`,
    author_association: c.user === r.owner ? 'OWNER' : 'NONE',
  };
}

const UNSIGNED = {
  verified: false,
  reason: 'unsigned',
  signature: null,
  payload: null,
  verified_at: null,
};

export function gitCommitJson(
  v: ViewContext,
  r: RepoRecord,
  sha: string,
  c: CommitObject,
): GitCommitJson {
  const api = repoApi(v, r);
  return {
    sha,
    node_id: nodeId('Commit', sha),
    url: `${api}/git/commits/${sha}`,
    html_url: `${repoHtml(v, r)}/commit/${sha}`,
    author: signatureJson(c.author),
    committer: signatureJson(c.committer),
    tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
    message: c.message,
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/git/commits/${p}`,
      html_url: `${repoHtml(v, r)}/commit/${p}`,
    })),
    verification: UNSIGNED,
  };
}

export function commitJson(
  v: ViewContext,
  r: RepoRecord,
  sha: string,
  c: CommitObject,
): CommitJson {
  const api = repoApi(v, r);
  const byEmail = (s: Signature) => [...v.state.users.values()].find((u) => u.email === s.email);
  const account = (s: Signature) => {
    const u = byEmail(s);
    return u ? userJson(v, u) : null;
  };
  return {
    sha,
    node_id: nodeId('Commit', sha),
    url: `${api}/commits/${sha}`,
    html_url: `${repoHtml(v, r)}/commit/${sha}`,
    comments_url: `${api}/commits/${sha}/comments`,
    commit: {
      url: `${api}/git/commits/${sha}`,
      author: signatureJson(c.author),
      committer: signatureJson(c.committer),
      message: c.message,
      comment_count: 0,
      tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
      verification: UNSIGNED,
    },
    author: account(c.author),
    committer: account(c.committer),
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/commits/${p}`,
      html_url: `${repoHtml(v, r)}/commit/${p}`,
    })),
  };
}

function signatureJson(s: Signature): { name: string; email: string; date: string } {
  return { name: s.name, email: s.email, date: s.date };
}

/** GitHub wraps base64 content at 60 characters, with a trailing newline. */
export function base64Wrapped(content: Buffer): string {
  const b64 = content.toString('base64');
  return b64.length === 0 ? '' : `${b64.match(/.{1,60}/g)?.join('\n') ?? ''}\n`;
}
