// `paperlist render`: data + settings + README -> README, written only when its bytes change.
import { resolve } from 'node:path';
import { createPatch } from 'diff';
import { writeTextFile } from '../../adapters/fs/files.js';
import { renderReadme } from '../../core/render/readme.js';
import { problemsOf } from '../../core/result.js';
import { parseCommandArgs, UsageError } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit.js';
import {
  DEFAULT_DATA,
  DEFAULT_README,
  loadDataFile,
  loadReadmeFile,
  loadSettingsFile,
} from '../inputs.js';
import type { CliIo } from '../io.js';
import { failWithProblems } from '../report.js';
import { keepStamp, readmeToWrite } from '../../core/render/keep-stamp.js';
import { parseInstant } from '../time.js';
import { renderUsage } from '../usage.js';

export const renderCommand: Command = {
  name: 'render',
  summary: 'render the README from the data file (--check: only compare)',
  usage: renderUsage,
  run: async (args, io) => runRender(args, io),
};

function runRender(args: string[], io: CliIo): number {
  const { values } = parseCommandArgs({
    args,
    strict: true,
    options: {
      data: { type: 'string', default: DEFAULT_DATA },
      readme: { type: 'string', default: DEFAULT_README },
      config: { type: 'string' },
      time: { type: 'string' },
      check: { type: 'boolean', default: false },
    },
  });
  const instant = values.time === undefined ? undefined : parseInstant(values.time);
  if (instant && !instant.ok) throw new UsageError(`--time: ${instant.message}`);
  const time = instant?.value;

  const data = loadDataFile(io, values.data);
  const settings = loadSettingsFile(io, values.config);
  const readme = loadReadmeFile(io, values.readme);
  if (!data.ok || !settings.ok || !readme.ok) {
    return failWithProblems(io, [data, settings, readme].flatMap(problemsOf));
  }
  const current = readme.value;
  const rendered = renderReadme(
    current,
    data.value,
    settings.value,
    time ?? io.now(),
    values.readme,
  );
  if (!rendered.ok) return failWithProblems(io, rendered.problems);

  // Without --time, the stamp moves only when the rest changes, as in the action: rendering an
  // up-to-date README again leaves it as it is.
  const expected = readmeToWrite(rendered.value, current, settings.value, time !== undefined);
  if (expected === current) {
    io.stdout(`${values.readme}: up to date\n`);
    return EXIT_OK;
  }
  if (values.check) {
    // The diff leaves the stamp out unless --time asks for one: it shows what is out of date.
    const shown = time === undefined ? keepStamp(expected, current, settings.value) : expected;
    return reportStale(io, values.readme, current, shown);
  }
  const written = writeTextFile(resolve(io.cwd, values.readme), values.readme, expected);
  if (!written.ok) return failWithProblems(io, written.problems);
  io.stdout(`${values.readme}: updated\n`);
  return EXIT_OK;
}

/** `--check` on a stale README: the diff on stdout, the problem on stderr, exit 1. */
function reportStale(io: CliIo, file: string, current: string, expected: string): number {
  io.stdout(createPatch(file, current, expected, 'current', 'rendered'));
  return failWithProblems(io, [
    {
      file,
      message: 'not up to date; the diff shows what render would change',
      hint: 'run "paperlist render" and commit the result',
    },
  ]);
}
