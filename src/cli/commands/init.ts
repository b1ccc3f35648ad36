// `paperlist init`: adopts an existing list repository from the folder that holds its README. It
// reads the list in whatever layout it has, writes the data file, the settings that reproduce the
// layout, the issue form and the workflow, and adds the markers to the README (nothing else in it
// changes). Files that exist are left alone unless --force; lines that are not entries are listed.
import { resolve } from 'node:path';
import { pathExists } from '../../adapters/fs/create.js';
import { defaultBranch } from '../../adapters/fs/git-branch.js';
import { readTextFile } from '../../adapters/fs/files.js';
import { reviewList } from '../../core/data/list-checks.js';
import { loadData } from '../../core/data/load.js';
import { planInit, type InitPlan } from '../../core/import/init/plan.js';
import { formatProblem, type Problem } from '../../core/problem.js';
import type { Result } from '../../core/result.js';
import { defineCommand } from '../command.js';
import { EXIT_INPUT, EXIT_OK } from '../exit.js';
import type { CliIo } from '../io.js';
import { CONFIG_OUTPUT_OPTION, DATA_OPTION, README_OPTION } from '../options.js';
import { writeFiles } from '../outputs.js';
import { failWithProblems, reportProblems } from '../report.js';

export const FORM_FILE = '.github/ISSUE_TEMPLATE/suggest-paper.yml';
export const WORKFLOW_FILE = '.github/workflows/paperlist.yml';

/** Where init reads and writes, as the command line names the files. */
interface InitFiles {
  readme: string;
  data: string;
  config: string;
  stamp: boolean;
  force: boolean;
}

export const initCommand = defineCommand({
  options: {
    ...README_OPTION,
    ...DATA_OPTION,
    ...CONFIG_OUTPUT_OPTION,
    stamp: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    branch: { type: 'string' },
  },
  run: ({ values }, io) => {
    const readme = readTextFile(
      resolve(io.cwd, values.readme),
      values.readme,
      'pass --readme with the path of the README',
    );
    if (!readme.ok) return failWithProblems(io, readme.problems);
    const taken = takenOutputs(io, values);
    if (taken.length > 0) return failWithProblems(io, taken);
    const planned = planInit(readme.value, {
      stamp: values.stamp,
      time: io.now(),
      readmeFile: values.readme,
      dataFile: values.data,
      settingsFile: values.config,
      branch: values.branch ?? defaultBranch(io.cwd) ?? 'main',
    });
    if (!planned.ok) return failWithProblems(io, planned.problems);
    const plan = planned.value;
    const problems = planned.warnings ?? [];
    const written = writeInit(io, values, plan, readme.value);
    if (!written.ok) return failWithProblems(io, written.problems);
    reportInit(io, values, plan, problems);
    reportTwice(io, values, plan);
    return problems.length > 0 ? EXIT_INPUT : EXIT_OK;
  },
});

/** The files init would write that exist already (none with --force): each a problem. */
function takenOutputs(io: CliIo, files: InitFiles): Problem[] {
  if (files.force) return [];
  const outputs = [files.data, files.config, FORM_FILE, WORKFLOW_FILE];
  return outputs
    .filter((file) => pathExists(resolve(io.cwd, file)))
    .map((file) => ({
      file,
      message: 'already exists; nothing was written',
      hint: 'pass --force to overwrite it, or --data/--config to write elsewhere',
    }));
}

/** The new files (each said as it is written), then the README when the markers were added. */
function writeInit(io: CliIo, files: InitFiles, plan: InitPlan, readme: string): Result<void> {
  const created = writeFiles(
    io,
    [
      [files.data, plan.data],
      [files.config, plan.settings],
      [FORM_FILE, plan.form],
      [WORKFLOW_FILE, plan.workflow],
    ],
    { create: true, written: (file) => io.stdout(`wrote ${file}\n`) },
  );
  if (!created.ok || plan.readme === readme) return created;
  return writeFiles(io, [[files.readme, plan.readme]]);
}

/** What was read, and every line that was not read as a paper (kept as written). */
function reportInit(io: CliIo, files: InitFiles, plan: InitPlan, problems: Problem[]): void {
  const s = plan.summary;
  io.stdout(
    `${files.readme}: ${s.entries} ${s.entries === 1 ? 'entry' : 'entries'} in ${s.sections} ` +
      `${s.sections === 1 ? 'section' : 'sections'} (${s.kind} layout) between the markers on lines ` +
      `${s.lines[0]} and ${s.lines[1]}${s.markersAdded ? ' (added)' : ''}${s.stamp === 'added' ? ', "Last Update" zone added' : ''}\n`,
  );
  if (s.mindmap) {
    const counts = s.mindmap.counts ? ', with counts' : '';
    io.stdout(`${files.readme}: the mindmap zone is kept: name "${s.mindmap.name}"${counts}\n`);
  }
  if (s.stamp === 'kept') {
    io.stdout(
      `${files.readme}: the "Last Update" zone is kept up to date, in UTC unless "time-zone" in ${files.config} says otherwise\n`,
    );
  } else if (s.stamp === 'left') {
    io.stdout(
      `${files.readme}: the "Last Update" zone is not in paperlist's format, so it is left as written ("stamp: false")\n`,
    );
  }
  if (problems.length > 0) {
    io.stdout(
      `${problems.length} ${problems.length === 1 ? 'line was' : 'lines were'} not read as papers (kept as written):\n`,
    );
  }
  reportProblems(io, problems);
}

/**
 * Papers the README lists twice in one section, said now as warnings: `validate` refuses them, so
 * the maintainer learns it when adopting, with the data file's lines to remove one of each pair.
 */
function reportTwice(io: CliIo, files: InitFiles, plan: InitPlan): void {
  const list = loadData(plan.data, files.data);
  if (!list.ok) return;
  for (const p of reviewList(plan.data, files.data, list.value).problems) {
    io.stderr(`warning: ${formatProblem(p)}\n`);
  }
}
