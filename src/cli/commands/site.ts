// `paperlist site --out DIR`: the reader page (`index.html`), `papers.bib` and `feed.xml`, built from
// the data file and written into DIR.
import { resolve } from 'node:path';
import { writeFolder } from '../../adapters/fs/folder.js';
import { renderReaderFiles } from '../../core/outputs/files.js';
import { UsageError } from '../args.js';
import { defineCommand } from '../command.js';
import { EXIT_OK } from '../exit.js';
import { loadDataFile, loadSettingsFile } from '../inputs.js';
import { CONFIG_OPTION, DATA_OPTION } from '../options.js';
import { failWithProblems } from '../report.js';
import { timeOption } from '../time.js';
import { siteUsage } from '../usage.js';
import { problemsOf } from '../../core/result.js';

export const siteCommand = defineCommand({
  name: 'site',
  summary: 'write the reader page, papers.bib and feed.xml into a folder',
  usage: siteUsage,
  options: {
    out: { type: 'string' },
    ...DATA_OPTION,
    ...CONFIG_OPTION,
    time: { type: 'string' },
  },
  run: ({ values }, io) => {
    if (values.out === undefined || values.out === '') {
      throw new UsageError('--out is required: the folder to write the page into');
    }
    const time = timeOption(values.time);
    const data = loadDataFile(io, values.data);
    const settings = loadSettingsFile(io, values.config);
    if (!data.ok || !settings.ok) {
      return failWithProblems(io, [...problemsOf(data), ...problemsOf(settings)]);
    }
    const files = renderReaderFiles(data.value, {
      name: settings.value.name,
      ...(settings.value.intro ? { intro: settings.value.intro } : {}),
      ...(settings.value.siteUrl ? { siteUrl: settings.value.siteUrl } : {}),
      time: time ?? io.now(),
    });
    const written = writeFolder(resolve(io.cwd, values.out), values.out, files);
    if (!written.ok) return failWithProblems(io, written.problems);
    for (const file of written.value) io.stdout(`${file}: written\n`);
    return EXIT_OK;
  },
});
