// Writing a set of generated files into one folder (the reader page and its companions), creating
// the folder when it is missing. Each file is written whole; the first failure is reported with the
// file's name as the person gave the folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../../core/result.js';

export function writeFolder(
  dir: string,
  shown: string,
  files: Record<string, string>,
): Result<string[]> {
  const written: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const display = `${shown.replace(/\/+$/, '')}/${name}`;
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, name), text, 'utf8');
      written.push(display);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        problems: [{ file: display, message, hint: 'check that the folder can be written' }],
      };
    }
  }
  return { ok: true, value: written };
}
