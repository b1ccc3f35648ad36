// A person's permission on the repository, as GitHub's collaborator permission endpoint answers it:
// who may command the bot. `author_association` is not enough (it says CONTRIBUTOR for members of an
// organisation whose membership is private), so commands always ask this.
import type { GitHub, Repo } from './client.js';
import { statusOf } from './errors.js';

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

const ROLES: readonly Permission[] = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];

/** Whether someone with `p` may command the bot: write, maintain or admin. */
export function canCommand(p: Permission): boolean {
  return p === 'admin' || p === 'maintain' || p === 'write';
}

/**
 * The answer's permission: `role_name` names maintain and triage (the older `permission` field says
 * write and read for them); a custom role's name is not one of these, and then `permission`, the
 * base role it extends, counts.
 */
export function permissionOf(answer: { permission?: string; role_name?: string }): Permission {
  const role = answer.role_name?.toLowerCase();
  if (role !== undefined && (ROLES as readonly string[]).includes(role)) return role as Permission;
  const base = answer.permission?.toLowerCase();
  return base !== undefined && (ROLES as readonly string[]).includes(base)
    ? (base as Permission)
    : 'none';
}

/** `login`'s permission on `repo`; `none` when GitHub does not know them as a user (404). */
export async function getPermission(gh: GitHub, repo: Repo, login: string): Promise<Permission> {
  try {
    const res = await gh.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
      ...repo,
      username: login,
    });
    return permissionOf(res.data);
  } catch (error) {
    if (statusOf(error) === 404) return 'none';
    throw error;
  }
}
