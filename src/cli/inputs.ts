// Loading the files the commands share. Each loader returns every problem it found so a command
// can report all of them at once before giving up.
import { resolve } from 'node:path';
import { readOptionalTextFile, readTextFile } from '../adapters/fs/files.js';
import { loadData } from '../core/data/load.js';
import { failure, problemsOf, success, type Result } from '../core/result.js';
import type { ListFiles } from '../core/suggest/apply.js';
import { parseSettings } from '../core/settings/parse.js';
import { templateFieldProblems } from '../core/settings/templates.js';
import type { Problem } from '../core/problem.js';
import type { Settings } from '../core/settings/types.js';
import type { PaperList } from '../core/types.js';
import type { CliIo } from './io.js';

export const DEFAULT_DATA = 'data.yaml';
export const DEFAULT_README = 'README.md';
export const DEFAULT_CONFIG = '.github/paperlist.yml';

export function loadDataFile(io: CliIo, file: string): Result<PaperList> {
  const text = readTextFile(
    resolve(io.cwd, file),
    file,
    'pass --data with the path of the data file',
  );
  return text.ok ? loadData(text.value, file) : text;
}

/** The settings; the default file may be absent (defaults apply), a file named with --config may not. */
export function loadSettingsFile(io: CliIo, file: string | undefined): Result<Settings> {
  const read = loadSettingsFileText(io, file);
  return read.ok ? success(read.value.settings) : read;
}

/** The settings and the text they were read from (undefined for an absent default file). */
function loadSettingsFileText(
  io: CliIo,
  file: string | undefined,
): Result<{ settings: Settings; text: string | undefined }> {
  const shown = file ?? DEFAULT_CONFIG;
  const text =
    file === undefined
      ? readOptionalTextFile(resolve(io.cwd, shown), shown)
      : readTextFile(
          resolve(io.cwd, shown),
          shown,
          'pass --config with the path of the settings file',
        );
  if (!text.ok) return text;
  const settings = parseSettings(text.value, shown);
  return settings.ok ? success({ settings: settings.value, text: text.value }) : settings;
}

export function loadReadmeFile(io: CliIo, file: string): Result<string> {
  return readTextFile(resolve(io.cwd, file), file, 'pass --readme with the path of the README');
}

/** The data file's text and list, for commands that edit the file. */
export function loadDataFileText(
  io: CliIo,
  file: string,
): Result<{ text: string; list: PaperList }> {
  const text = readTextFile(
    resolve(io.cwd, file),
    file,
    'pass --data with the path of the data file',
  );
  if (!text.ok) return text;
  const loaded = loadData(text.value, file);
  return loaded.ok ? { ok: true, value: { text: text.value, list: loaded.value } } : loaded;
}

/** The data file's list and the settings, for commands that only read them: every problem at once. */
export function loadListAndSettings(
  io: CliIo,
  names: { data: string; config?: string | undefined },
): Result<{ list: PaperList; settings: Settings; dataText: string }> {
  const data = loadDataFileText(io, names.data);
  const settings = loadSettingsFileText(io, names.config);
  if (!data.ok || !settings.ok) return failure([...problemsOf(data), ...problemsOf(settings)]);
  const fields = templateFields(data.value, settings.value, names);
  if (fields.problems.length > 0) return failure(fields.problems);
  return success(
    { list: data.value.list, settings: settings.value.settings, dataText: data.value.text },
    fields.warnings,
  );
}

/** The fields the layout's templates name that no entry has (see core/settings/templates.ts). */
function templateFields(
  data: { list: PaperList; text: string },
  settings: { settings: Settings; text: string | undefined },
  names: { data: string; config?: string | undefined },
): { problems: Problem[]; warnings: Problem[] } {
  return templateFieldProblems(settings.settings, data.list, {
    config: names.config ?? DEFAULT_CONFIG,
    data: names.data,
    configText: settings.text,
    dataText: data.text,
  });
}

/** The list's three files as the command line names them (`config` absent: the default, optional). */
export interface ListFileNames {
  data: string;
  readme: string;
  config?: string | undefined;
}

/** The data file, the settings and the README, for commands that edit them: every problem at once. */
export function loadListFiles(io: CliIo, names: ListFileNames): Result<ListFiles> {
  const data = loadDataFileText(io, names.data);
  const settings = loadSettingsFileText(io, names.config);
  const readme = loadReadmeFile(io, names.readme);
  if (!data.ok || !settings.ok || !readme.ok) {
    return failure([...problemsOf(data), ...problemsOf(settings), ...problemsOf(readme)]);
  }
  const fields = templateFields(data.value, settings.value, names);
  if (fields.problems.length > 0) return failure(fields.problems);
  return success({
    dataFile: names.data,
    dataText: data.value.text,
    readmeFile: names.readme,
    readmeText: readme.value,
    list: data.value.list,
    settings: settings.value.settings,
  });
}
