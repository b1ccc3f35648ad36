// A person's permission on a repository (`GET .../collaborators/{username}/permission`): the owner is
// admin, collaborators have the role a test gave them, anyone else reads the public repository. As on
// GitHub, `role_name` names maintain and triage, which the older `permission` field folds into write
// and read; an unknown login answers 404.
import type { components } from '@octokit/openapi-types';
import { notFound, route, type Route } from '../http.js';
import type { UserJson } from '../schemas.js';
import type { RepoRecord } from '../state.js';
import { userJson } from '../views.js';

type S = components['schemas'];
export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read';
/** GitHub's answer; the user is sent with the fields the other routes send (schemas.ts). */
export type CollaboratorPermissionJson = Pick<
  S['repository-collaborator-permission'],
  'permission' | 'role_name'
> & { user: UserJson & Pick<S['collaborator'], 'role_name'> };

const store = new WeakMap<RepoRecord, Map<string, Role>>();

/** The repository's collaborators and their roles, by lower-cased login. */
export function collaboratorsOf(repo: RepoRecord): Map<string, Role> {
  let roles = store.get(repo);
  if (!roles) store.set(repo, (roles = new Map()));
  return roles;
}

const LEGACY: Record<Role, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
};

export const collaboratorRoutes: Route[] = [
  route(
    'GET',
    '/repos/{owner}/{repo}/collaborators/{username}/permission',
    'collaborators/collaborators#get-repository-permissions-for-a-user',
    (ctx) => {
      const login = ctx.params.username as string;
      const user = [...ctx.state.users.values()].find(
        (u) => u.login.toLowerCase() === login.toLowerCase(),
      );
      if (!user) throw notFound();
      const role: Role =
        user.login.toLowerCase() === ctx.repo.owner.toLowerCase()
          ? 'admin'
          : (collaboratorsOf(ctx.repo).get(user.login.toLowerCase()) ?? 'read');
      const body: CollaboratorPermissionJson = {
        permission: LEGACY[role],
        role_name: role,
        user: { ...userJson(ctx, user), role_name: role },
      };
      return { status: 200, body };
    },
  ),
];
