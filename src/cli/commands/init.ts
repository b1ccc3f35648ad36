// `paperlist init`: adopts an existing list repository from the folder that holds its README. It
// reads the list in whatever layout it has, writes the data file, the settings that reproduce the
// layout, the issue form and the workflow, and adds the markers to the README (nothing else in it
// changes). Files that exist are left alone unless --force; lines that are not entries are listed.
import { resolve } from 'node:path';
import { createTextFile, pathExists } from '../../adapters/fs/create.js';
import { readTextFile, writeTextFile } from '../../adapters/fs/files.js';
import { planInit } from '../../core/import/init/plan.js';
import type { Problem } from '../../core/problem.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_INPUT, EXIT_OK } from '../exit.js';
import { DEFAULT_CONFIG, DEFAULT_DATA, DEFAULT_README } from '../inputs.js';
import type { CliIo } from '../io.js';
import { reportProblems } from '../report.js';
import { initUsage } from '../usage.js';

export const FORM_FILE = '.github/ISSUE_TEMPLATE/suggest-paper.yml';
export const WORKFLOW_FILE = '.github/workflows/paperlist.yml';

export const initCommand: Command = {
  name: 'init',
  summary: 'adopt an existing list: data file, settings, markers, issue form and workflow',
  usage: initUsage,
  run: async (args, io) => runInit(args, io),
};

function runInit(args: string[], io: CliIo): number {
  const { values } = parseCommandArgs({
    args,
    strict: true,
    options: {
      readme: { type: 'string', default: DEFAULT_README },
      data: { type: 'string', default: DEFAULT_DATA },
      config: { type: 'string', default: DEFAULT_CONFIG },
      stamp: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  });
  const at = (file: string) => resolve(io.cwd, file);
  const readme = readTextFile(
    at(values.readme),
    values.readme,
    'pass --readme with the path of the README',
  );
  if (!readme.ok) {
    reportProblems(io, readme.problems);
    return EXIT_INPUT;
  }
  const outputs = [values.data, values.config, FORM_FILE, WORKFLOW_FILE];
  const taken = values.force ? [] : outputs.filter((f) => pathExists(at(f)));
  if (taken.length > 0) {
    reportProblems(
      io,
      taken.map((file): Problem => ({
        file,
        message: 'already exists; nothing was written',
        hint: 'pass --force to overwrite it, or --data/--config to write elsewhere',
      })),
    );
    return EXIT_INPUT;
  }
  const { plan, problems } = planInit(readme.value, {
    stamp: values.stamp,
    time: io.now(),
    readmeFile: values.readme,
    dataFile: values.data,
    settingsFile: values.config,
  });
  if (!plan) {
    reportProblems(io, problems);
    return EXIT_INPUT;
  }
  const files: [string, string][] = [
    [values.data, plan.data],
    [values.config, plan.settings],
    [FORM_FILE, plan.form],
    [WORKFLOW_FILE, plan.workflow],
  ];
  for (const [file, text] of files) {
    const written = createTextFile(at(file), file, text);
    if (!written.ok) {
      reportProblems(io, written.problems);
      return EXIT_INPUT;
    }
    io.stdout(`wrote ${file}\n`);
  }
  if (plan.readme !== readme.value) {
    const written = writeTextFile(at(values.readme), values.readme, plan.readme);
    if (!written.ok) {
      reportProblems(io, written.problems);
      return EXIT_INPUT;
    }
  }
  const s = plan.summary;
  io.stdout(
    `${values.readme}: ${s.entries} ${s.entries === 1 ? 'entry' : 'entries'} in ${s.sections} ` +
      `${s.sections === 1 ? 'section' : 'sections'} (${s.kind} layout) between the markers on lines ` +
      `${s.lines[0]} and ${s.lines[1]}${s.markersAdded ? ' (added)' : ''}${values.stamp ? ', "Last Update" zone added' : ''}\n`,
  );
  if (problems.length > 0) {
    io.stdout(
      `${problems.length} ${problems.length === 1 ? 'line was' : 'lines were'} not read as papers (kept as written):\n`,
    );
  }
  reportProblems(io, problems);
  return problems.length > 0 ? EXIT_INPUT : EXIT_OK;
}
