// Argument parsing with node's util.parseArgs; its errors become UsageError (exit 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** parseArgs in strict mode; pass `{ args, options, strict: true, allowPositionals }`. */
export function parseCommandArgs<T extends ParseArgsConfig & { strict: true }>(
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if (
      error instanceof TypeError &&
      String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
    ) {
      // Node's text is long ("... To specify a positional argument ..."); its first sentence is enough.
      throw new UsageError(firstSentence(error.message));
    }
    throw error;
  }
}

function firstSentence(message: string): string {
  const end = message.search(/\.(\s|$)/);
  return end === -1 ? message : message.slice(0, end);
}
