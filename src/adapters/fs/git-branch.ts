// The default branch of the git repository a folder is in, read from its files (no git process):
// the branch `origin/HEAD` points at, else the branch checked out. Undefined outside a repository.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** The repository's git folder for `folder` (a `.git` folder, or the one a `.git` file names). */
function gitDir(folder: string): string | undefined {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    try {
      if (statSync(dotGit).isDirectory()) return dotGit;
      const named = /^gitdir: (.+)$/m.exec(read(dotGit) ?? '')?.[1];
      if (named) return resolve(dir, named);
    } catch {
      // not here: look in the folder above
    }
    if (dirname(dir) === dir) return undefined;
  }
}

export function defaultBranch(folder: string): string | undefined {
  const git = gitDir(folder);
  if (!git) return undefined;
  const common = read(join(git, 'commondir'));
  const shared = common ? resolve(git, common) : git;
  const origin = /^ref: refs\/remotes\/origin\/(.+)$/.exec(
    read(join(shared, 'refs/remotes/origin/HEAD')) ?? '',
  )?.[1];
  if (origin) return origin;
  return /^ref: refs\/heads\/(.+)$/.exec(read(join(git, 'HEAD')) ?? '')?.[1];
}
