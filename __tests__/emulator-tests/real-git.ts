// A throwaway real git repository, to check the emulator's object ids against git's own.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface RealGit {
  dir: string;
  git(args: string[], input?: string, env?: Record<string, string>): string;
  write(files: Record<string, string>): void;
  dispose(): void;
}

export function realGit(): RealGit {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-git-'));
  const baseEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
  const git = (args: string[], input?: string, env: Record<string, string> = {}) =>
    execFileSync('git', args, {
      cwd: dir,
      input,
      env: { ...baseEnv, ...env },
      encoding: 'utf8',
    }).trim();
  git(['init', '-q']);
  return {
    dir,
    git,
    write(files) {
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Environment that makes `git commit-tree` write the given identity and time. */
export function identityEnv(name: string, email: string, iso: string): Record<string, string> {
  const date = `@${Math.floor(Date.parse(iso) / 1000)} +0000`;
  return {
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: name,
    GIT_COMMITTER_EMAIL: email,
    GIT_COMMITTER_DATE: date,
  };
}
