// What a `paperlist <command>` module exports, and `defineCommand`, which parses a command's options
// (strictly, with node's util.parseArgs) before its body runs. A command's name, summary and help text
// are in the catalog (./catalog.ts), which loads the module only when that command runs.
import type { parseArgs, ParseArgsConfig } from 'node:util';
import { parseCommandArgs } from './args.js';
import type { CliIo } from './io.js';

/** A command's options, as util.parseArgs takes them. */
export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  /** Runs with the arguments after the command name; returns the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** What parseArgs gives for `options`: the option values and the positional arguments. */
export type ParsedArgs<O extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>
>;

export interface CommandSpec<O extends OptionsConfig> {
  options: O;
  /** Whether arguments other than options are allowed (a usage error otherwise). */
  positionals?: boolean;
  run(args: ParsedArgs<O>, io: CliIo): number | Promise<number>;
}

/** A command whose body gets its parsed options; a bad command line is a UsageError (exit 2). */
export function defineCommand<const O extends OptionsConfig>(spec: CommandSpec<O>): Command {
  return {
    run: async (args, io) => {
      const parsed = parseCommandArgs({
        args,
        strict: true,
        allowPositionals: spec.positionals ?? false,
        options: spec.options,
      }) as ParsedArgs<O>;
      return spec.run(parsed, io);
    },
  };
}
