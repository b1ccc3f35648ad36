// The only place the CLI touches the file system. Failures become Problems naming the file as the
// user wrote it, never a stack trace.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Problem } from '../../core/problem.js';
import type { Result } from '../../core/result.js';

/**
 * Reads a UTF-8 file; `shown` is the name used in messages, `hint` says how to point at another file.
 * Bytes that are not UTF-8 are refused, never replaced: the text may be written back.
 */
export function readTextFile(path: string, shown: string, hint: string): Result<string> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, problems: [fileProblem(error, shown, hint)] };
  }
  return decodeUtf8(bytes, shown);
}

/** Like readTextFile, but a missing file is `undefined` (for optional files such as the settings). */
export function readOptionalTextFile(path: string, shown: string): Result<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return { ok: true, value: undefined };
    return { ok: false, problems: [fileProblem(error, shown, 'check the file')] };
  }
  return decodeUtf8(bytes, shown);
}

/**
 * Strict UTF-8. A BOM is kept in the text (as U+FEFF), as `readFileSync(path, 'utf8')` kept it: the
 * loaders skip it, and a README written back keeps its first bytes.
 */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of `bytes`, or a problem naming the line of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, shown: string): Result<string> {
  try {
    return { ok: true, value: UTF8.decode(bytes) };
  } catch {
    return {
      ok: false,
      problems: [
        {
          file: shown,
          message: `not valid UTF-8 text (line ${lineOf(bytes, firstInvalidByte(bytes))})`,
          hint: 'save the file with the UTF-8 encoding (most editors offer it under "Save with encoding")',
        },
      ],
    };
  }
}

/** 1-based line of the byte at `offset`. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8 sequence (the Unicode
 * table of well-formed byte sequences: no overlong forms, surrogates or code points past U+10FFFF).
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      // Only the second byte has a narrower range; the later ones are plain continuation bytes.
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
    }
    i += length;
  }
  return bytes.length;
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
