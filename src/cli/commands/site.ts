// `paperlist site --out DIR`: the reader page (`index.html`), `papers.bib` and `feed.xml`, built from
// the data file and written into DIR.
import { resolve } from 'node:path';
import { writeFolder } from '../../adapters/fs/folder.js';
import { renderReaderFiles } from '../../core/outputs/files.js';
import { parseCommandArgs, UsageError } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_INPUT, EXIT_OK } from '../exit.js';
import { DEFAULT_DATA, loadDataFile, loadSettingsFile } from '../inputs.js';
import type { CliIo } from '../io.js';
import { reportProblems } from '../report.js';
import { parseInstant } from '../time.js';
import { siteUsage } from '../usage.js';
import { problemsOf } from '../../core/result.js';

export const siteCommand: Command = {
  name: 'site',
  summary: 'write the reader page, papers.bib and feed.xml into a folder',
  usage: siteUsage,
  run: async (args, io) => runSite(args, io),
};

function runSite(args: string[], io: CliIo): number {
  const { values } = parseCommandArgs({
    args,
    strict: true,
    options: {
      out: { type: 'string' },
      data: { type: 'string', default: DEFAULT_DATA },
      config: { type: 'string' },
      time: { type: 'string' },
    },
  });
  if (values.out === undefined || values.out === '') {
    throw new UsageError('--out is required: the folder to write the page into');
  }
  const instant = values.time === undefined ? undefined : parseInstant(values.time);
  if (instant && !instant.ok) throw new UsageError(`--time: ${instant.message}`);

  const data = loadDataFile(io, values.data);
  const settings = loadSettingsFile(io, values.config);
  if (!data.ok || !settings.ok) {
    reportProblems(io, [...problemsOf(data), ...problemsOf(settings)]);
    return EXIT_INPUT;
  }
  const files = renderReaderFiles(data.value, {
    name: settings.value.name,
    ...(settings.value.intro ? { intro: settings.value.intro } : {}),
    ...(settings.value.siteUrl ? { siteUrl: settings.value.siteUrl } : {}),
    time: instant?.value ?? io.now(),
  });
  const written = writeFolder(resolve(io.cwd, values.out), values.out, files);
  if (!written.ok) {
    reportProblems(io, written.problems);
    return EXIT_INPUT;
  }
  for (const file of written.value) io.stdout(`${file}: written\n`);
  return EXIT_OK;
}
