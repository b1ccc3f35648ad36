// Hand edits for `paperlist render`: rows and cells a person changed in the README's tables are
// adopted into the data file before rendering, and said. Which side changed is told by the data
// file's earlier version: `--base FILE`, else the committed version when the data file is in a git
// work tree; without either, the data file wins wherever a row and the data disagree.
import { resolve } from 'node:path';
import { readTextFile } from '../adapters/fs/files.js';
import { committedText } from '../adapters/git/committed.js';
import { planAdoption, type AdoptionPlan } from '../core/adopt/plan.js';
import { loadData } from '../core/data/load.js';
import type { Problem } from '../core/problem.js';
import type { Settings } from '../core/settings/types.js';
import type { PaperList } from '../core/types.js';
import type { CliIo } from './io.js';

export interface CliAdoption {
  plan?: AdoptionPlan;
  problems: Problem[];
}

export function adoptHandEdits(
  io: CliIo,
  files: { data: string; readme: string; base: string | undefined },
  texts: { data: string; readme: string },
  list: PaperList,
  settings: Settings,
): CliAdoption {
  const base = baseList(io, files.data, files.base);
  if (!base.ok) return { problems: base.problems };
  const plan = planAdoption({
    readme: texts.readme,
    list,
    settings,
    file: files.readme,
    dataText: texts.data,
    dataFile: files.data,
    ...(base.list ? { base: base.list } : {}),
  });
  return { plan, problems: plan.ok ? [] : plan.problems };
}

function baseList(
  io: CliIo,
  dataFile: string,
  baseFile: string | undefined,
): { ok: true; list: PaperList | undefined } | { ok: false; problems: Problem[] } {
  const text =
    baseFile === undefined
      ? committedText(resolve(io.cwd, dataFile))
      : readTextFile(
          resolve(io.cwd, baseFile),
          baseFile,
          'pass --base with an earlier copy of the data file',
        );
  if (text === undefined) return { ok: true, list: undefined };
  if (typeof text !== 'string' && !text.ok) return { ok: false, problems: text.problems };
  const value = typeof text === 'string' ? text : text.value;
  const loaded = loadData(value, baseFile ?? `${dataFile} (committed)`);
  // A committed version that does not load tells nothing; a --base file that does not is an error.
  if (!loaded.ok) {
    return baseFile === undefined
      ? { ok: true, list: undefined }
      : { ok: false, problems: loaded.problems };
  }
  return { ok: true, list: loaded.value };
}
