// The repository, its branches and the authenticated user.
import { HttpError, route, type Route } from '../http.js';
import type { BranchJson, PrivateUserJson } from '../schemas.js';
import { repoApi, repositoryJson, userJson } from '../views.js';

export const repoRoutes: Route[] = [
  route('GET', '/repos/{owner}/{repo}', 'repos/repos#get-a-repository', (ctx) => ({
    status: 200,
    body: repositoryJson(ctx, ctx.repo),
  })),
  route(
    'GET',
    '/repos/{owner}/{repo}/branches/{+branch}',
    'branches/branches#get-a-branch',
    (ctx) => {
      const name = ctx.params.branch as string;
      const sha = ctx.repo.git.refs.get(`refs/heads/${name}`);
      if (!sha) throw new HttpError(404, 'Branch not found');
      const body: BranchJson = {
        name,
        commit: { sha, url: `${repoApi(ctx, ctx.repo)}/commits/${sha}` },
        protected: ctx.repo.protectedBranches.has(name),
      };
      return { status: 200, body };
    },
  ),
  route('GET', '/user', 'users/users#get-the-authenticated-user', (ctx) => {
    if (ctx.user.installation) throw new HttpError(403, 'Resource not accessible by integration');
    const body: PrivateUserJson = {
      ...userJson(ctx, ctx.user),
      name: ctx.user.name,
      email: ctx.user.email,
      created_at: '2020-01-01T00:00:00Z',
    };
    return { status: 200, body };
  }),
];
