// Runs `main` in-process against a temporary folder, capturing what it prints.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Workspace {
  dir: string;
  run(args: string[], now?: Date): Promise<Run>;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Copies a fixture file (path under __tests__/fixtures) into the workspace. */
  copy(fixture: string, file: string): void;
  remove(): void;
}

/** The clock a run sees unless a test gives another: far from any stamp a fixture holds. */
export const DEFAULT_NOW = new Date('2030-01-02T03:04:05Z');

export function workspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'paperlist-cli-'));
  return {
    dir,
    async run(args, now = DEFAULT_NOW) {
      let stdout = '';
      let stderr = '';
      const code = await main(args, {
        stdout: (text) => void (stdout += text),
        stderr: (text) => void (stderr += text),
        cwd: dir,
        now: () => now,
      });
      return { code, stdout, stderr };
    },
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    write: (file, text) => {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    },
    copy: (fixture, file) => {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      cpSync(join(FIXTURES, fixture), join(dir, file));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
