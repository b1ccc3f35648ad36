// The data file's committed version, as `paperlist render` reads it to tell which side of a
// difference a person changed: found from the file's folder, below it, in a linked work tree or
// through GIT_DIR; nothing outside a repository or for a file HEAD lacks.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { committedText } from '../../../src/adapters/git/committed.js';

let dir: string;
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
    cwd,
    stdio: 'ignore',
  });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'paperlist-git-'));
  mkdirSync(join(dir, 'repo', 'lists'), { recursive: true });
  writeFileSync(join(dir, 'repo', 'lists', 'data.yaml'), 'committed\n');
  writeFileSync(join(dir, 'repo', 'top.yaml'), 'top\n');
  git(join(dir, 'repo'), 'init', '-q');
  git(join(dir, 'repo'), 'add', '.');
  git(join(dir, 'repo'), 'commit', '-qm', 'list');
  writeFileSync(join(dir, 'repo', 'lists', 'data.yaml'), 'edited\n');
});
afterEach(() => {
  delete process.env['GIT_DIR'];
  rmSync(dir, { recursive: true, force: true });
});

test('the committed text of a file in a folder below the repository', () => {
  expect(committedText(join(dir, 'repo', 'lists', 'data.yaml'))).toBe('committed\n');
});

test('none outside any repository, and none for a file HEAD lacks', () => {
  writeFileSync(join(dir, 'data.yaml'), 'loose\n');
  expect(committedText(join(dir, 'data.yaml'))).toBeUndefined();
  expect(committedText(join(dir, 'repo', 'lists', 'new.yaml'))).toBeUndefined();
});

test('a linked work tree, whose .git is a file', () => {
  git(join(dir, 'repo'), 'worktree', 'add', '-q', join(dir, 'linked'));
  expect(committedText(join(dir, 'linked', 'lists', 'data.yaml'))).toBe('committed\n');
});

test('GIT_DIR names the repository of a folder that holds no .git', () => {
  mkdirSync(join(dir, 'elsewhere'));
  expect(committedText(join(dir, 'elsewhere', 'top.yaml'))).toBeUndefined();
  // With GIT_DIR and no GIT_WORK_TREE, git takes the current folder as the top of the work tree.
  process.env['GIT_DIR'] = join(dir, 'repo', '.git');
  expect(committedText(join(dir, 'elsewhere', 'top.yaml'))).toBe('top\n');
});
