// `paperlist suggest`: applies a suggestion issue's body to the local files, exactly as the bot does
// (same form reading, checks, duplicate search and apply); there are no open suggestions locally.
import { resolve } from 'node:path';
import { readOptionalTextFile, readTextFile, writeTextFile } from '../../adapters/fs/files.js';
import { loadData } from '../../core/data/load.js';
import type { FormTemplate } from '../../core/form/types.js';
import { formatProblem, type Problem } from '../../core/problem.js';
import { recognizeLink } from '../../core/metadata/link.js';
import { withLookup, withLookupNotes, type LookedUp } from '../../core/metadata/suggestion.js';
import type { Settings } from '../../core/settings/types.js';
import { cleanText } from '../../core/suggest/normalize.js';
import { lookUpPaper } from '../../flows/metadata/lookup.js';
import { applySuggestion } from '../../core/suggest/apply.js';
import { checkSuggestion } from '../../core/suggest/check.js';
import { FORM_PATH, readAnswers } from '../../core/form/answers.js';
import { parseCommandArgs, UsageError } from '../args.js';
import type { Command } from '../command.js';
import { cliMetadataClient } from '../metadata.js';
import { EXIT_INPUT, EXIT_OK } from '../exit.js';
import { DEFAULT_DATA, DEFAULT_README, loadReadmeFile, loadSettingsFile } from '../inputs.js';
import type { CliIo } from '../io.js';
import { reportProblems } from '../report.js';
import { problemsOf } from '../../core/result.js';

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

async function runSuggest(args: string[], io: CliIo): Promise<number> {
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
  const issueFile = values.issue;

  const body = readTextFile(
    resolve(io.cwd, issueFile),
    issueFile,
    'pass --issue with the path of the issue body',
  );
  const dataText = readTextFile(
    resolve(io.cwd, values.data),
    values.data,
    'pass --data with the path of the data file',
  );
  const settings = loadSettingsFile(io, values.config);
  const readme = loadReadmeFile(io, values.readme);
  const data = dataText.ok ? loadData(dataText.value, values.data) : dataText;
  if (!body.ok || !dataText.ok || !data.ok || !settings.ok || !readme.ok) {
    reportProblems(io, [body, data, settings, readme].flatMap(problemsOf));
    return EXIT_INPUT;
  }

  // The form is read only when the body needs it; a form that cannot be read (not UTF-8, a folder)
  // is an error, not a silent fallback to the built-in form.
  const templateProblems: Problem[] = [];
  const { form, parsed } = await readAnswers(
    body.value,
    data.value,
    settings.value,
    async () => {
      const template = readOptionalTextFile(resolve(io.cwd, FORM_PATH), FORM_PATH);
      if (template.ok) return template.value;
      templateProblems.push(...template.problems);
      return undefined;
    },
    (message) => io.stderr(`note: ${message}\n`),
  );
  if (templateProblems.length > 0) {
    reportProblems(io, templateProblems);
    return EXIT_INPUT;
  }
  if (parsed.refused) {
    reportProblems(io, [{ ...parsed.refused, file: issueFile }]);
    return EXIT_INPUT;
  }
  const looked = withLookup(
    parsed.fields,
    await lookUpAnswer(io, parsed.fields.link, parsed.fields.title, settings.value),
    data.value,
    settings.value,
  );
  const check = withLookupNotes(
    checkSuggestion(looked.fields, data.value, {
      now: io.now(),
      openSuggestions: [],
      extra: looked.extra,
    }),
    looked,
  );
  const named = (p: Problem) => withLabel(p, form, issueFile);
  if (!check.ok) {
    reportProblems(io, check.problems.map(named));
    return EXIT_INPUT;
  }

  const applied = applySuggestion(
    {
      dataFile: values.data,
      dataText: dataText.value,
      readmeFile: values.readme,
      readmeText: readme.value,
      list: data.value,
      settings: settings.value,
    },
    check.paper,
    check.sections,
  );
  if (!applied.ok) {
    reportProblems(io, applied.problems);
    return EXIT_INPUT;
  }
  for (const [file, text] of [
    [values.data, applied.value.data],
    [values.readme, applied.value.readme],
  ] as const) {
    const written = writeTextFile(resolve(io.cwd, file), file, text);
    if (!written.ok) {
      reportProblems(io, written.problems);
      return EXIT_INPUT;
    }
  }
  for (const warning of check.warnings) io.stderr(`warning: ${formatProblem(named(warning))}\n`);
  io.stdout(`Added "${check.paper.title}" to ${check.sections.join(', ')}\n`);
  return EXIT_OK;
}

/** A problem of an answer, named by the form's label as the status comment names it. */
function withLabel(problem: Problem, form: FormTemplate, file: string): Problem {
  const label = form.fields.find((f) => f.id === problem.field)?.label ?? problem.field;
  return { ...problem, file, ...(label !== undefined ? { field: label } : {}) };
}

/** What the services know about the body's `link` answer, asked as the bot asks them. */
async function lookUpAnswer(
  io: CliIo,
  linkAnswer: string | string[] | undefined,
  titleAnswer: string | string[] | undefined,
  settings: Settings,
): Promise<LookedUp | undefined> {
  const raw = cleanText(Array.isArray(linkAnswer) ? linkAnswer.join(' ') : (linkAnswer ?? ''));
  if (raw === '') return undefined;
  const link = recognizeLink(raw);
  if (link.kind === 'unknown') return { raw, link };
  const client = cliMetadataClient(io, settings);
  const title = cleanText(Array.isArray(titleAnswer) ? titleAnswer.join(' ') : (titleAnswer ?? ''));
  return { raw, link, result: await lookUpPaper(client, link, title !== '' ? title : undefined) };
}
