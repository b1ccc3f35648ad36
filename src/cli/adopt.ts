// Hand edits for `paperlist render`: rows and cells a person changed in the README's tables are
// adopted into the data file before rendering, and said. Which side changed is told by the data
// file's earlier version: `--base FILE`, else the committed version when the data file is in a git
// work tree; without either, the data file wins wherever a row and the data disagree.
import { resolve } from 'node:path';
import { readOptionalTextFile, readTextFile } from '../adapters/fs/files.js';
import { committedText } from '../adapters/git/committed.js';
import type { AdoptedData } from '../core/adopt/apply.js';
import { planAdoption } from '../core/adopt/plan.js';
import type { AdoptedSettings } from '../core/adopt/reimport/plan.js';
import type { HandEdits } from '../core/adopt/types.js';
import { loadData } from '../core/data/load.js';
import { failure, success, type Result } from '../core/result.js';
import type { ListFiles } from '../core/suggest/apply.js';
import type { PaperList } from '../core/types.js';
import { DEFAULT_CONFIG } from './inputs.js';
import type { CliIo } from './io.js';

/** The hand edits found, and the data file with them adopted (absent when none is to adopt). */
export interface CliAdoption {
  edits: HandEdits;
  data: AdoptedData | undefined;
  /** The settings file rewritten (its name, text and value) when the list's structure changed. */
  settings?: AdoptedSettings & { file: string };
  /** Whether the data file's earlier state was known (--base, or the committed version). */
  withBase?: boolean;
}

/**
 * The hand edits of `files.readmeText`'s tables; `baseFile` is --base, if given; `configFile` is
 * --config (the default settings file otherwise).
 */
export function adoptHandEdits(
  io: CliIo,
  files: ListFiles,
  baseFile: string | undefined,
  configFile?: string,
): Result<CliAdoption> {
  const base = baseList(io, files.dataFile, baseFile);
  if (!base.ok) return base;
  const settingsFile = configFile ?? DEFAULT_CONFIG;
  const settingsText = readOptionalTextFile(resolve(io.cwd, settingsFile), settingsFile);
  const plan = planAdoption({
    settingsFile,
    ...(settingsText.ok && settingsText.value !== undefined
      ? { settingsText: settingsText.value }
      : {}),
    readme: files.readmeText,
    list: files.list,
    settings: files.settings,
    file: files.readmeFile,
    dataText: files.dataText,
    dataFile: files.dataFile,
    ...(base.value ? { base: base.value } : {}),
  });
  if (!plan.ok) return failure(plan.problems);
  const settings = plan.settings ? { settings: { ...plan.settings, file: settingsFile } } : {};
  return success({ edits: plan.edits, data: plan.data, ...settings, withBase: !!base.value });
}

/** The data file's earlier version: --base, else the committed one (none when there is none). */
function baseList(
  io: CliIo,
  dataFile: string,
  baseFile: string | undefined,
): Result<PaperList | undefined> {
  const text =
    baseFile === undefined
      ? committedText(resolve(io.cwd, dataFile))
      : readTextFile(
          resolve(io.cwd, baseFile),
          baseFile,
          'pass --base with an earlier copy of the data file',
        );
  if (text === undefined) return success(undefined);
  if (typeof text !== 'string' && !text.ok) return text;
  const value = typeof text === 'string' ? text : text.value;
  const loaded = loadData(value, baseFile ?? `${dataFile} (committed)`);
  // A committed version that does not load tells nothing; a --base file that does not is an error.
  if (!loaded.ok) return baseFile === undefined ? success(undefined) : loaded;
  return loaded;
}
