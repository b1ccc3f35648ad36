// `paperlist site --out DIR`: the reader page (`index.html`), `papers.bib` and `feed.xml`, built from
// the data file and written into DIR.
import { resolve } from 'node:path';
import { writeFolder } from '../../adapters/fs/folder.js';
import { renderReaderFiles } from '../../core/outputs/files.js';
import { UsageError } from '../args.js';
import { defineCommand } from '../command.js';
import { EXIT_OK } from '../exit.js';
import { loadListAndSettings } from '../inputs.js';
import { CONFIG_OPTION, DATA_OPTION } from '../options.js';
import { failWithProblems } from '../report.js';
import { timeOption } from '../time.js';

export const siteCommand = defineCommand({
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
    const read = loadListAndSettings(io, values);
    if (!read.ok) return failWithProblems(io, read.problems);
    const { list, settings } = read.value;
    const files = renderReaderFiles(list, {
      name: settings.name,
      ...(settings.intro ? { intro: settings.intro } : {}),
      ...(settings.siteUrl ? { siteUrl: settings.siteUrl } : {}),
      time: time ?? io.now(),
    });
    const written = writeFolder(resolve(io.cwd, values.out), values.out, files);
    if (!written.ok) return failWithProblems(io, written.problems);
    for (const file of written.value) io.stdout(`${file}: written\n`);
    return EXIT_OK;
  },
});
