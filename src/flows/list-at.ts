// Loads the list's files at one commit through the API: data, README and settings, read in parallel.
import type { Head } from '../adapters/github/commits.js';
import { readRepoFile, type RepoFile } from '../adapters/github/files.js';
import { loadData } from '../core/data/load.js';
import { formatProblem, InputError, type Problem } from '../core/problem.js';
import { unusedFieldWarnings } from '../core/settings/fields.js';
import { parseSettings } from '../core/settings/parse.js';
import type { Settings } from '../core/settings/types.js';
import type { PaperList } from '../core/types.js';
import type { FlowContext } from './context.js';

export interface ListAt {
  head: Head;
  data: RepoFile;
  readme: RepoFile;
  list: PaperList;
  settings: Settings;
}

/** Reads and checks the list at `head`; throws InputError with every problem if it is unusable. */
export async function loadListAt(ctx: FlowContext, head: Head): Promise<ListAt> {
  const { dataFile, readme: readmePath, config } = ctx.paths;
  const [data, readme, configFile] = await Promise.all([
    readRepoFile(ctx.gh, ctx.repo, dataFile, head.sha),
    readRepoFile(ctx.gh, ctx.repo, readmePath, head.sha),
    readRepoFile(ctx.gh, ctx.repo, config, head.sha),
  ]);
  const problems: Problem[] = [];
  if (!data) problems.push(missing(dataFile, 'data-file'));
  if (!readme) problems.push(missing(readmePath, 'readme'));
  const { settings, problems: settingProblems } = parseSettings(configFile?.text, config);
  problems.push(...settingProblems);
  if (!data || !readme) throw new InputError(problems);
  const loaded = loadData(data.text, dataFile);
  problems.push(...loaded.problems);
  if (problems.length > 0) throw new InputError(problems);
  for (const w of unusedFieldWarnings(settings, loaded.list, config)) ctx.warn(formatProblem(w));
  return { head, data, readme, list: loaded.list, settings };
}

function missing(path: string, input: string): Problem {
  return {
    file: path,
    message: `file not found on the default branch`,
    hint: `create it, or set the action's \`${input}\` input to where it is`,
  };
}
