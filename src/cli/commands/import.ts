// `paperlist import README.md`: an existing README's list, in any layout -> a data file on stdout.
import { resolve } from 'node:path';
import { readTextFile } from '../../adapters/fs/files.js';
import { serializeData } from '../../core/data/serialize.js';
import { importAny } from '../../core/import/any.js';
import { UsageError } from '../args.js';
import { defineCommand } from '../command.js';
import { EXIT_INPUT, EXIT_OK } from '../exit.js';
import { failWithProblems, reportProblems } from '../report.js';

export const importCommand = defineCommand({
  options: {},
  positionals: true,
  run: ({ positionals }, io) => {
    const [file, ...more] = positionals;
    if (file === undefined) throw new UsageError('import needs the README to read');
    if (more.length > 0) throw new UsageError(`import reads one README, got ${positionals.length}`);
    const text = readTextFile(resolve(io.cwd, file), file, 'give the path of the README to import');
    if (!text.ok) return failWithProblems(io, text.problems);
    const { list, problems } = importAny(text.value, file);
    // What could be read is printed even when some rows could not: fixing the rest by hand is easier.
    if (list.sections.length > 0) io.stdout(serializeData(list));
    reportProblems(io, problems);
    return problems.length > 0 ? EXIT_INPUT : EXIT_OK;
  },
});
