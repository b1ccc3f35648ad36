// The shape every `paperlist <command>` has; main.ts dispatches on `name`.
import type { CliIo } from './io.js';

export interface Command {
  name: string;
  /** One line for the command list in `paperlist --help`. */
  summary: string;
  /** The full text of `paperlist <command> --help`. */
  usage: string;
  /** Runs with the arguments after the command name; returns the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}
