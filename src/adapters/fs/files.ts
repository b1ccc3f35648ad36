// The only place the CLI touches the file system. Failures become Problems naming the file as the
// user wrote it, never a stack trace.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Problem, Result } from '../../core/problem.js';

/** Reads a UTF-8 file; `shown` is the name used in messages, `hint` says how to point at another file. */
export function readTextFile(path: string, shown: string, hint: string): Result<string> {
  try {
    return { ok: true, value: readFileSync(path, 'utf8') };
  } catch (error) {
    return { ok: false, problems: [fileProblem(error, shown, hint)] };
  }
}

/** Like readTextFile, but a missing file is `undefined` (for optional files such as the settings). */
export function readOptionalTextFile(path: string, shown: string): Result<string | undefined> {
  try {
    return { ok: true, value: readFileSync(path, 'utf8') };
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return { ok: true, value: undefined };
    return { ok: false, problems: [fileProblem(error, shown, 'check the file')] };
  }
}

export function writeTextFile(path: string, shown: string, text: string): Result<void> {
  try {
    writeFileSync(path, text, 'utf8');
    return { ok: true, value: undefined };
  } catch (error) {
    return {
      ok: false,
      problems: [fileProblem(error, shown, 'check that the file can be written')],
    };
  }
}

function fileProblem(error: unknown, file: string, hint: string): Problem {
  switch (codeOf(error)) {
    case 'ENOENT':
      return { file, message: 'file not found', hint };
    case 'EISDIR':
      return { file, message: 'is a folder, not a file', hint };
    case 'EACCES':
    case 'EPERM':
      return { file, message: 'permission denied', hint: 'check the file permissions' };
    default:
      return { file, message: error instanceof Error ? error.message : String(error), hint };
  }
}

function codeOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}
