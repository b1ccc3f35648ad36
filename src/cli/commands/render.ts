// `paperlist render`: data + settings + README -> README, written only when its bytes change. Rows
// and cells edited by hand in the tables are adopted into the data file first (../adopt.ts), and
// each adoption is printed; `--check` counts them as a difference.
import { resolve } from 'node:path';
import { createPatch } from 'diff';
import { writeTextFile } from '../../adapters/fs/files.js';
import { describeHandEdits } from '../../core/adopt/describe.js';
import { hasHandEdits, type HandEdits } from '../../core/adopt/types.js';
import { renderReadme } from '../../core/render/readme.js';
import { adoptHandEdits } from '../adopt.js';
import { parseCommandArgs, UsageError } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_INPUT, EXIT_OK } from '../exit.js';
import {
  DEFAULT_DATA,
  DEFAULT_README,
  loadDataFileText,
  loadReadmeFile,
  loadSettingsFile,
} from '../inputs.js';
import type { CliIo } from '../io.js';
import { reportProblems } from '../report.js';
import { keepStamp, readmeToWrite } from '../../core/render/keep-stamp.js';
import { parseInstant } from '../time.js';
import { renderUsage } from '../usage.js';
import { problemsOf } from '../../core/result.js';

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
      base: { type: 'string' },
      time: { type: 'string' },
      check: { type: 'boolean', default: false },
    },
  });
  const instant = values.time === undefined ? undefined : parseInstant(values.time);
  if (instant && !instant.ok) throw new UsageError(`--time: ${instant.message}`);
  const time = instant?.value;

  const data = loadDataFileText(io, values.data);
  const settings = loadSettingsFile(io, values.config);
  const readme = loadReadmeFile(io, values.readme);
  if (!data.ok || !settings.ok || !readme.ok) {
    reportProblems(io, [...problemsOf(data), ...problemsOf(settings), ...problemsOf(readme)]);
    return EXIT_INPUT;
  }
  const adoption = adoptHandEdits(
    io,
    { data: values.data, readme: values.readme, base: values.base },
    { data: data.value.text, readme: readme.value },
    data.value.list,
    settings.value,
  );
  if (!adoption.plan?.ok) {
    reportProblems(io, adoption.problems);
    return EXIT_INPUT;
  }
  const { edits, data: adopted } = adoption.plan;

  const rendered = renderReadme(
    readme.value,
    adopted?.list ?? data.value.list,
    settings.value,
    time ?? io.now(),
    values.readme,
  );
  if (!rendered.ok) {
    reportProblems(io, rendered.problems);
    return EXIT_INPUT;
  }

  // Without --time, the stamp moves only when the rest changes, as in the action: rendering an
  // up-to-date README again leaves it as it is. Adopted hand edits are a change of the list.
  const restamp = time !== undefined || adopted !== undefined;
  const expected = readmeToWrite(rendered.value, readme.value, settings.value, restamp);
  if (values.check) {
    if (expected === readme.value && !hasHandEdits(edits)) {
      io.stdout(`${values.readme}: up to date\n`);
      return EXIT_OK;
    }
    // The diff leaves the stamp out unless --time asks for one: it shows what is out of date.
    const shown = time === undefined ? keepStamp(expected, readme.value, settings.value) : expected;
    io.stdout(createPatch(values.readme, readme.value, shown, 'current', 'rendered'));
    printHandEdits(io, edits, values.readme, values.data);
    reportProblems(io, [
      {
        file: values.readme,
        message:
          edits.adoptions.length + edits.putBack.length > 0
            ? 'holds hand edits of the tables; the lines above say what render would do with them'
            : 'not up to date; the diff shows what render would change',
        hint: 'run "paperlist render" and commit the result',
      },
    ]);
    return EXIT_INPUT;
  }

  printHandEdits(io, edits, values.readme, values.data);
  if (adopted) {
    const written = writeTextFile(resolve(io.cwd, values.data), values.data, adopted.text);
    if (!written.ok) {
      reportProblems(io, written.problems);
      return EXIT_INPUT;
    }
    io.stdout(`${values.data}: updated with the hand edits of ${values.readme}\n`);
  }
  if (expected === readme.value) {
    io.stdout(`${values.readme}: up to date\n`);
    return EXIT_OK;
  }
  const written = writeTextFile(resolve(io.cwd, values.readme), values.readme, expected);
  if (!written.ok) {
    reportProblems(io, written.problems);
    return EXIT_INPUT;
  }
  io.stdout(`${values.readme}: updated\n`);
  return EXIT_OK;
}

function printHandEdits(io: CliIo, edits: HandEdits, readme: string, dataFile: string): void {
  const lines = describeHandEdits(edits, dataFile);
  if (lines.length === 0) return;
  io.stdout(`${readme}: hand edits of the tables:\n`);
  for (const line of lines) io.stdout(`  - ${line}\n`);
}
