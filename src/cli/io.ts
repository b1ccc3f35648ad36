// What a command may use of the outside world, passed in so tests can run commands in-process.
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Folder that relative paths are resolved against. */
  cwd: string;
  /** The clock; only `render` without `--time` reads it. */
  now(): Date;
  /** Environment variables (the metadata services' addresses, say); the process's when absent. */
  env?: Record<string, string | undefined>;
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  now: () => new Date(),
  env: process.env,
};
