// Who may command: the permission GitHub's collaborator endpoint answers, read from `role_name`
// (where maintain and triage show) before `permission` (which says write and read for them).
import { expect, test } from 'vitest';
import type { GitHub } from '../../../src/adapters/github/client.js';
import {
  canCommand,
  getPermission,
  permissionOf,
} from '../../../src/adapters/github/permission.js';

const repo = { owner: 'octo', repo: 'papers' };

test('maintain and triage are read from role_name', () => {
  expect(permissionOf({ permission: 'write', role_name: 'maintain' })).toBe('maintain');
  expect(permissionOf({ permission: 'read', role_name: 'triage' })).toBe('triage');
  expect(permissionOf({ permission: 'admin', role_name: 'admin' })).toBe('admin');
});

test('a custom role counts as the base role it extends', () => {
  expect(permissionOf({ permission: 'write', role_name: 'paper-curator' })).toBe('write');
  expect(permissionOf({ permission: 'read', role_name: 'auditor' })).toBe('read');
  expect(permissionOf({})).toBe('none');
});

test('write, maintain and admin may command; triage, read and none may not', () => {
  const may = (['admin', 'maintain', 'write', 'triage', 'read', 'none'] as const).filter(
    canCommand,
  );
  expect(may).toEqual(['admin', 'maintain', 'write']);
});

test('asks the collaborator permission endpoint for the login, and a 404 is none', async () => {
  const asked: unknown[] = [];
  const gh = {
    request: (route: string, params: { username: string }) => {
      asked.push([route, params.username]);
      if (params.username === 'ghost')
        return Promise.reject(Object.assign(new Error('Not Found'), { status: 404 }));
      return Promise.resolve({ data: { permission: 'write', role_name: 'maintain' } });
    },
  } as unknown as GitHub;
  expect(await getPermission(gh, repo, 'mona')).toBe('maintain');
  expect(await getPermission(gh, repo, 'ghost')).toBe('none');
  expect(asked).toEqual([
    ['GET /repos/{owner}/{repo}/collaborators/{username}/permission', 'mona'],
    ['GET /repos/{owner}/{repo}/collaborators/{username}/permission', 'ghost'],
  ]);
});

test('other errors are not taken for an answer', async () => {
  const gh = {
    request: () => Promise.reject(Object.assign(new Error('Server Error'), { status: 500 })),
  } as unknown as GitHub;
  await expect(getPermission(gh, repo, 'mona')).rejects.toThrow('Server Error');
});
