// Creating files that may not exist yet (what `paperlist init` writes): whether a path is taken,
// and writing a file with its folders made first.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Result } from '../../core/result.js';
import { writeTextFile } from './files.js';

export function pathExists(path: string): boolean {
  return existsSync(path);
}

/** Writes `text` to `path`, creating its folder first. */
export function createTextFile(path: string, shown: string, text: string): Result<void> {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          file: shown,
          message: `its folder cannot be made (${error instanceof Error ? error.message : String(error)})`,
          hint: 'check that the folder can be written',
        },
      ],
    };
  }
  return writeTextFile(path, shown, text);
}
