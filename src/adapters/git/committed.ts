// The committed version of a local file (`git show HEAD:./path`), for the CLI: the data file as
// it was when the README was last committed tells which side of a difference a person changed.
// git runs without a shell, with fixed arguments and the path as given on the command line.
import { execFileSync } from 'node:child_process';
import { dirname, basename } from 'node:path';

/** The file's text at HEAD, or undefined outside a git work tree or when HEAD lacks the file. */
export function committedText(path: string): string | undefined {
  try {
    return execFileSync('git', ['show', `HEAD:./${basename(path)}`], {
      cwd: dirname(path),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}
