// The committed version of a local file (`git show HEAD:./path`), for the CLI: the data file as
// it was when the README was last committed tells which side of a difference a person changed.
// git runs without a shell, with fixed arguments and the path as given on the command line. It runs
// only when the file's folder, or one above it, holds `.git` (or GIT_DIR names a repository): a
// list outside any repository, the common case of a one-off render, starts no process, and the
// child-process module is loaded only when git does run.
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file's text at HEAD, or undefined outside a git work tree or when HEAD lacks the file. */
export function committedText(path: string): string | undefined {
  const folder = dirname(path);
  if (!mayBeInWorkTree(folder)) return undefined;
  const { execFileSync } = process.getBuiltinModule('node:child_process');
  try {
    return execFileSync('git', ['show', `HEAD:./${basename(path)}`], {
      cwd: folder,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/**
 * False only when git could not find a repository from `folder`: no `.git` (a repository's folder,
 * or a linked work tree's file) in it or any folder above, and no GIT_DIR. When in doubt, true.
 */
function mayBeInWorkTree(folder: string): boolean {
  if (process.env['GIT_DIR'] !== undefined) return true;
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true;
    if (dirname(dir) === dir) return false;
  }
}
