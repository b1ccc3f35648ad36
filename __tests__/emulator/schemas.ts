// Response shapes as GitHub's OpenAPI description defines them. Each is a Pick<> of the real schema,
// so a field the emulator sends that GitHub does not (or names differently) fails to compile.
import type { components } from '@octokit/openapi-types';

type S = components['schemas'];

export type UserJson = Pick<
  S['simple-user'],
  | 'login'
  | 'id'
  | 'node_id'
  | 'avatar_url'
  | 'gravatar_id'
  | 'url'
  | 'html_url'
  | 'type'
  | 'site_admin'
>;

export type PrivateUserJson = UserJson & Pick<S['private-user'], 'name' | 'email' | 'created_at'>;

export type RepositoryJson = Pick<
  S['full-repository'],
  | 'id'
  | 'node_id'
  | 'name'
  | 'full_name'
  | 'private'
  | 'html_url'
  | 'description'
  | 'fork'
  | 'url'
  | 'default_branch'
  | 'visibility'
  | 'archived'
  | 'disabled'
  | 'has_issues'
  | 'created_at'
  | 'updated_at'
  | 'pushed_at'
> & { owner: UserJson };

export type BranchJson = Pick<S['branch-with-protection'], 'name' | 'protected'> & {
  commit: { sha: string; url: string };
};

export type GitRefJson = S['git-ref'];
export type ShortBlobJson = S['short-blob'];
export type BlobJson = Pick<S['blob'], 'sha' | 'node_id' | 'size' | 'url' | 'content' | 'encoding'>;
export type GitTreeJson = S['git-tree'];
export type GitCommitJson = Pick<
  S['git-commit'],
  | 'sha'
  | 'node_id'
  | 'url'
  | 'html_url'
  | 'author'
  | 'committer'
  | 'tree'
  | 'message'
  | 'parents'
  | 'verification'
>;
export type CommitJson = Pick<
  S['commit'],
  'sha' | 'node_id' | 'url' | 'html_url' | 'comments_url' | 'parents'
> & {
  commit: Pick<
    S['commit']['commit'],
    'url' | 'author' | 'committer' | 'message' | 'comment_count' | 'tree' | 'verification'
  >;
  author: UserJson | null;
  committer: UserJson | null;
};

export type ContentFileJson = Pick<
  S['content-file'],
  | 'type'
  | 'encoding'
  | 'size'
  | 'name'
  | 'path'
  | 'content'
  | 'sha'
  | 'url'
  | 'git_url'
  | 'html_url'
  | 'download_url'
  | '_links'
>;
export type ContentEntryJson = Omit<S['content-directory'][number], 'content' | 'entries'>;

export type LabelJson = Pick<
  S['label'],
  'id' | 'node_id' | 'url' | 'name' | 'description' | 'color' | 'default'
>;

export type IssueJson = Pick<
  S['issue'],
  | 'id'
  | 'node_id'
  | 'url'
  | 'repository_url'
  | 'labels_url'
  | 'comments_url'
  | 'events_url'
  | 'html_url'
  | 'number'
  | 'state'
  | 'state_reason'
  | 'title'
  | 'body'
  | 'locked'
  | 'comments'
  | 'pull_request'
  | 'closed_at'
  | 'created_at'
  | 'updated_at'
  | 'author_association'
  | 'milestone'
> & { user: UserJson; labels: LabelJson[]; assignee: null; assignees: UserJson[] };

export type IssueCommentJson = Pick<
  S['issue-comment'],
  | 'id'
  | 'node_id'
  | 'url'
  | 'html_url'
  | 'body'
  | 'created_at'
  | 'updated_at'
  | 'issue_url'
  | 'author_association'
> & { user: UserJson };

type PullEnd = Pick<S['pull-request']['head'], 'label' | 'ref' | 'sha'> & {
  user: UserJson;
  repo: RepositoryJson;
};

export type PullRequestJson = Pick<
  S['pull-request'],
  | 'url'
  | 'id'
  | 'node_id'
  | 'html_url'
  | 'diff_url'
  | 'patch_url'
  | 'issue_url'
  | 'commits_url'
  | 'comments_url'
  | 'statuses_url'
  | 'number'
  | 'state'
  | 'locked'
  | 'title'
  | 'body'
  | 'created_at'
  | 'updated_at'
  | 'closed_at'
  | 'merged_at'
  | 'merge_commit_sha'
  | 'author_association'
  | 'draft'
  | 'merged'
  | 'mergeable'
  | 'mergeable_state'
  | 'comments'
  | 'commits'
  | 'maintainer_can_modify'
  | 'milestone'
  | 'assignee'
> & {
  user: UserJson;
  labels: LabelJson[];
  head: PullEnd;
  base: PullEnd;
  merged_by: UserJson | null;
};

/** The list endpoint's items (`pull-request-simple`): no merge state fields. */
export type PullRequestSimpleJson = Omit<
  PullRequestJson,
  | 'merged'
  | 'mergeable'
  | 'mergeable_state'
  | 'merged_by'
  | 'comments'
  | 'commits'
  | 'maintainer_can_modify'
>;

export type MergeResultJson = S['pull-request-merge-result'];
export type BasicErrorJson = S['basic-error'];
export type ValidationErrorJson = S['validation-error'];
