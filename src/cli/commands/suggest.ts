// `paperlist suggest`: applies a suggestion issue's body to the local files, exactly as the bot does
// (same form reading, checks, duplicate search and apply); there are no open suggestions locally.
import { resolve } from 'node:path';
import { readOptionalTextFile, readTextFile, writeTextFile } from '../../adapters/fs/files.js';
import { loadData } from '../../core/data/load.js';
import { fieldLabel } from '../../core/form/labels.js';
import type { FormTemplate } from '../../core/form/types.js';
import { formatProblem, type Problem } from '../../core/problem.js';
import { failure, problemsOf, success, type Result } from '../../core/result.js';
import type { Settings } from '../../core/settings/types.js';
import type { PaperList } from '../../core/types.js';
import { applySuggestion } from '../../core/suggest/apply.js';
import { checkSuggestion } from '../../core/suggest/check.js';
import { FORM_PATH, readAnswers, type ReadForm } from '../../core/form/answers.js';
import { parseCommandArgs, UsageError } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit.js';
import { DEFAULT_DATA, DEFAULT_README, loadReadmeFile, loadSettingsFile } from '../inputs.js';
import type { CliIo } from '../io.js';
import { failWithProblems } from '../report.js';

export const suggestUsage = `Usage: paperlist suggest --issue BODY.md [--data F] [--readme F] [--config F]

Applies a paper suggestion to the local files as the bot does for a suggestion issue: reads
the answers of an issue form body, checks them, looks for the paper in the data file, then
adds it to the data file and regenerates the README's tables (the "Last Update" line is
kept). The answers are read with .github/ISSUE_TEMPLATE/suggest-paper.yml when the body
uses labels of its own, else with paperlist's built-in form.

Options:
  --issue F     the issue body: "### Label" headings, each followed by its answer
  --data F      data file (default data.yaml)
  --readme F    README to update (default README.md)
  --config F    settings file (default .github/paperlist.yml, used only if it exists)
  -h, --help    show this help

Exit codes: 0 added, 1 the suggestion or a file has problems (each printed on stderr, in the
words of the bot's status comment), 2 wrong command line.
`;

export const suggestCommand: Command = {
  name: 'suggest',
  summary: 'add a suggested paper (an issue form body) to the local files',
  usage: suggestUsage,
  run: async (args, io) => runSuggest(args, io),
};

interface SuggestArgs {
  issue: string;
  data: string;
  readme: string;
  config: string | undefined;
}

/** The local files a suggestion is applied to, loaded and checked. */
interface SuggestInputs {
  body: string;
  dataText: string;
  list: PaperList;
  settings: Settings;
  readme: string;
}

async function runSuggest(args: string[], io: CliIo): Promise<number> {
  const options = parseSuggestArgs(args);
  const inputs = loadSuggestInputs(io, options);
  if (!inputs.ok) return failWithProblems(io, inputs.problems);
  const answers = await readLocalAnswers(io, inputs.value);
  if (!answers.ok) return failWithProblems(io, answers.problems);
  const { form, parsed } = answers.value;
  if (parsed.refused) return failWithProblems(io, [{ ...parsed.refused, file: options.issue }]);
  const check = checkSuggestion(parsed.fields, inputs.value.list, {
    now: io.now(),
    openSuggestions: [],
  });
  const named = (p: Problem) => withLabel(p, form, options.issue);
  if (!check.ok) return failWithProblems(io, check.problems.map(named));
  const applied = applySuggestion(
    {
      dataFile: options.data,
      dataText: inputs.value.dataText,
      readmeFile: options.readme,
      readmeText: inputs.value.readme,
      list: inputs.value.list,
      settings: inputs.value.settings,
    },
    check.paper,
    check.sections,
  );
  if (!applied.ok) return failWithProblems(io, applied.problems);
  for (const [file, text] of [
    [options.data, applied.value.data],
    [options.readme, applied.value.readme],
  ] as const) {
    const written = writeTextFile(resolve(io.cwd, file), file, text);
    if (!written.ok) return failWithProblems(io, written.problems);
  }
  for (const warning of check.warnings) io.stderr(`warning: ${formatProblem(named(warning))}\n`);
  io.stdout(`Added "${check.paper.title}" to ${check.sections.join(', ')}\n`);
  return EXIT_OK;
}

function parseSuggestArgs(args: string[]): SuggestArgs {
  const { values } = parseCommandArgs({
    args,
    strict: true,
    options: {
      issue: { type: 'string' },
      data: { type: 'string', default: DEFAULT_DATA },
      readme: { type: 'string', default: DEFAULT_README },
      config: { type: 'string' },
    },
  });
  if (values.issue === undefined) throw new UsageError('--issue is required');
  return { issue: values.issue, data: values.data, readme: values.readme, config: values.config };
}

/** The issue body, data, settings and README, or every problem that stops the command. */
function loadSuggestInputs(io: CliIo, options: SuggestArgs): Result<SuggestInputs> {
  const body = readTextFile(
    resolve(io.cwd, options.issue),
    options.issue,
    'pass --issue with the path of the issue body',
  );
  const dataText = readTextFile(
    resolve(io.cwd, options.data),
    options.data,
    'pass --data with the path of the data file',
  );
  const settings = loadSettingsFile(io, options.config);
  const readme = loadReadmeFile(io, options.readme);
  const data = dataText.ok ? loadData(dataText.value, options.data) : dataText;
  if (!body.ok || !dataText.ok || !data.ok || !settings.ok || !readme.ok) {
    return failure([body, data, settings, readme].flatMap(problemsOf));
  }
  const value = { body: body.value, dataText: dataText.value, list: data.value };
  return success({ ...value, settings: settings.value, readme: readme.value });
}

/**
 * The body's answers, read as the bot reads them. The form is read only when the body needs it; a
 * form that cannot be read (not UTF-8, a folder) is an error, not a silent fallback to the built-in
 * form.
 */
async function readLocalAnswers(io: CliIo, inputs: SuggestInputs): Promise<Result<ReadForm>> {
  const templateProblems: Problem[] = [];
  const answers = await readAnswers(
    inputs.body,
    inputs.list,
    inputs.settings,
    () => {
      const template = readOptionalTextFile(resolve(io.cwd, FORM_PATH), FORM_PATH);
      if (template.ok) return Promise.resolve(template.value);
      templateProblems.push(...template.problems);
      return Promise.resolve(undefined);
    },
    (message) => io.stderr(`note: ${message}\n`),
  );
  return templateProblems.length > 0 ? failure(templateProblems) : success(answers);
}

/** A problem of an answer, named by the form's label as the status comment names it. */
function withLabel(problem: Problem, form: FormTemplate, file: string): Problem {
  const label = fieldLabel(form, problem.field);
  return { ...problem, file, ...(label !== undefined ? { field: label } : {}) };
}
