// `paperlist <command>`: dispatch, help, version and usage errors. Commands live in ./commands and
// are listed in ./catalog.ts; only the one that runs is loaded.
import { UsageError } from './args.js';
import { COMMANDS } from './catalog.js';
import { EXIT_OK, EXIT_USAGE } from './exit.js';
import { processIo, type CliIo } from './io.js';
import { reportProblems } from './report.js';
import { closest } from '../core/settings/closest.js';
import { mainUsage, usageLine } from './usage.js';
import { VERSION } from './version.js';

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(args: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = args;
  const usage = mainUsage(COMMANDS);
  if (name === '-h' || name === '--help') {
    io.stdout(usage);
    return EXIT_OK;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  const names = COMMANDS.map((c) => c.name);
  if (!command) {
    const message =
      name === undefined
        ? 'no command given'
        : name.startsWith('-')
          ? `unknown option "${name}"`
          : `unknown command "${name}"`;
    const guess = name === undefined || name.startsWith('-') ? undefined : closest(name, names);
    return usageError(io, guess ? `${message}; did you mean "${guess}"?` : message, usage);
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(command.usage);
    return EXIT_OK;
  }
  const code = await command.load();
  try {
    return await code.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError)
      return usageError(io, error.message, command.usage, command.name);
    throw error;
  }
}

/**
 * A wrong command line: what is wrong, the command's one usage line, and where the full help is.
 * The whole help would bury the one line that says what went wrong.
 */
function usageError(io: CliIo, message: string, usage: string, command?: string): number {
  const help = `paperlist ${command ? `${command} ` : ''}--help`;
  reportProblems(io, [
    {
      field: command ? `paperlist ${command}` : 'paperlist',
      message,
      hint: `run "${help}" for ${command ? 'its options' : 'the commands'}`,
    },
  ]);
  io.stderr(`${usageLine(usage)}\n`);
  if (!command) io.stderr(`Commands: ${COMMANDS.map((c) => c.name).join(', ')}\n`);
  return EXIT_USAGE;
}
