// Writing the files a command changed, in order, stopping at the first that cannot be written (its
// problem is the command's answer; the files before it are written, as a person would expect).
import { resolve } from 'node:path';
import { createTextFile } from '../adapters/fs/create.js';
import { writeTextFile } from '../adapters/fs/files.js';
import type { Result } from '../core/result.js';
import type { CliIo } from './io.js';

/** A file to write: its name as the command line gave it, and its new text. */
export type FileText = readonly [file: string, text: string];

export interface WriteOptions {
  /** Make the file's folder first (for files that may not exist yet). */
  create?: boolean;
  /** Called after each file is written. */
  written?: (file: string) => void;
}

export function writeFiles(
  io: CliIo,
  files: readonly FileText[],
  options: WriteOptions = {},
): Result<void> {
  const write = options.create ? createTextFile : writeTextFile;
  for (const [file, text] of files) {
    const done = write(resolve(io.cwd, file), file, text);
    if (!done.ok) return done;
    options.written?.(file);
  }
  return { ok: true, value: undefined };
}
