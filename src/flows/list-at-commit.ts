// The list's files at one commit: data, README and settings read through the API in parallel
// (`loadListAtCommit`), then checked into a usable list by a pure function (`listFromFiles`) that tests
// call with files of their own.
import type { Head } from '../adapters/github/commits.js';
import { readRepoFile, type RepoFile } from '../adapters/github/files.js';
import { loadData } from '../core/data/load.js';
import { formatProblem, InputError, type Problem } from '../core/problem.js';
import { unusedFieldWarnings } from '../core/settings/fields.js';
import { templateFieldProblems } from '../core/settings/templates.js';
import { parseSettings } from '../core/settings/parse.js';
import type { Settings } from '../core/settings/types.js';
import type { PaperList } from '../core/types.js';
import { failure, problemsOf, success, type Result } from '../core/result.js';
import type { FlowContext, FlowPaths } from './context.js';

/** The list as it is at one commit of the default branch. */
export interface ListAtCommit {
  head: Head;
  data: RepoFile;
  readme: RepoFile;
  list: PaperList;
  settings: Settings;
  /** The settings file as read (absent: defaults apply). */
  config?: RepoFile;
}

/** The files as read; undefined for a file that does not exist. */
export interface ListFiles {
  data: RepoFile | undefined;
  readme: RepoFile | undefined;
  config: RepoFile | undefined;
}

/** Reads and checks the list at `head`; throws InputError with every problem if it is unusable. */
export async function loadListAtCommit(ctx: FlowContext, head: Head): Promise<ListAtCommit> {
  const { dataFile, readme, config } = ctx.paths;
  const [dataText, readmeText, configText] = await Promise.all([
    readRepoFile(ctx.gh, ctx.repo, dataFile, head.sha),
    readRepoFile(ctx.gh, ctx.repo, readme, head.sha),
    readRepoFile(ctx.gh, ctx.repo, config, head.sha),
  ]);
  const checked = listFromFiles(
    head,
    { data: dataText, readme: readmeText, config: configText },
    ctx.paths,
  );
  if (!checked.ok) throw new InputError(checked.problems);
  for (const w of checked.warnings ?? []) ctx.warn(formatProblem(w));
  return checked.value;
}

/** The list from its files, or every problem that makes it unusable (file, field and line). */
export function listFromFiles(
  head: Head,
  files: ListFiles,
  paths: FlowPaths,
): Result<ListAtCommit> {
  const { data, readme } = files;
  const problems: Problem[] = [];
  if (!data) problems.push(missing(paths.dataFile, 'data-file'));
  if (!readme) problems.push(missing(paths.readme, 'readme'));
  const settings = parseSettings(files.config?.text, paths.config);
  problems.push(...problemsOf(settings));
  if (!data || !readme) return failure(problems);
  const loaded = loadData(data.text, paths.dataFile);
  problems.push(...problemsOf(loaded));
  if (!settings.ok || !loaded.ok || problems.length > 0) return failure(problems);
  const list = loaded.value;
  const fields = templateFieldProblems(settings.value, list, {
    config: paths.config,
    data: paths.dataFile,
    configText: files.config?.text,
    dataText: data.text,
  });
  if (fields.problems.length > 0) return failure(fields.problems);
  const warnings = [...unusedFieldWarnings(settings.value, list, paths.config), ...fields.warnings];
  const config = files.config ? { config: files.config } : {};
  return success({ head, data, readme, list, settings: settings.value, ...config }, warnings);
}

function missing(path: string, input: string): Problem {
  return {
    file: path,
    message: `file not found on the default branch`,
    hint: `create it, or set the action's \`${input}\` input to where it is`,
  };
}
