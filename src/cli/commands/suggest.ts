// `paperlist suggest`: applies a suggestion issue's body to the local files, exactly as the bot does
// (same form reading, checks, duplicate search and apply); there are no open suggestions locally.
import { resolve } from 'node:path';
import { readOptionalTextFile, readTextFile } from '../../adapters/fs/files.js';
import type { FormTemplate } from '../../core/form/types.js';
import { formatProblem, type Problem } from '../../core/problem.js';
import { recognizeLink } from '../../core/metadata/link.js';
import { withLookup, withLookupNotes, type LookedUp } from '../../core/metadata/suggestion.js';
import type { Settings } from '../../core/settings/types.js';
import { cleanText } from '../../core/suggest/normalize.js';
import { lookUpPaper } from '../../flows/metadata/lookup.js';
import { applySuggestion, type ListFiles } from '../../core/suggest/apply.js';
import { checkSuggestion } from '../../core/suggest/check.js';
import type { CheckResult, PassedCheck } from '../../core/suggest/types.js';
import { FORM_PATH, readAnswers } from '../../core/form/answers.js';
import { UsageError } from '../args.js';
import { defineCommand } from '../command.js';
import { cliMetadataClient } from '../metadata.js';
import { EXIT_OK } from '../exit.js';
import { loadListFiles } from '../inputs.js';
import type { CliIo } from '../io.js';
import { LIST_FILE_OPTIONS } from '../options.js';
import { writeFiles } from '../outputs.js';
import { failWithProblems } from '../report.js';
import { failure, problemsOf, success, type Result } from '../../core/result.js';

export const suggestCommand = defineCommand({
  options: { issue: { type: 'string' }, ...LIST_FILE_OPTIONS },
  run: async ({ values }, io) => {
    if (values.issue === undefined) throw new UsageError('--issue is required');
    const issueFile = values.issue;
    const body = readTextFile(
      resolve(io.cwd, issueFile),
      issueFile,
      'pass --issue with the path of the issue body',
    );
    const files = loadListFiles(io, values);
    if (!body.ok || !files.ok) {
      return failWithProblems(io, [...problemsOf(body), ...problemsOf(files)]);
    }
    const answers = await readIssueAnswers(io, body.value, issueFile, files.value);
    if (!answers.ok) return failWithProblems(io, answers.problems);
    const named = (p: Problem) => withLabel(p, answers.value.form, issueFile);
    const check = await checkAnswers(io, answers.value.fields, files.value);
    if (!check.ok) return failWithProblems(io, check.problems.map(named));
    return addChecked(io, files.value, check, named);
  },
});

/** The issue's answers and the form they were read with (its labels name the problems). */
interface IssueAnswers {
  form: FormTemplate;
  fields: Record<string, string | string[]>;
}

/**
 * The body read with the built-in form, or with the repository's when the body needs it; a form that
 * cannot be read (not UTF-8, a folder) is an error, not a silent fallback to the built-in form.
 */
async function readIssueAnswers(
  io: CliIo,
  body: string,
  issueFile: string,
  files: ListFiles,
): Promise<Result<IssueAnswers>> {
  const templateProblems: Problem[] = [];
  const { form, parsed } = await readAnswers(
    body,
    files.list,
    files.settings,
    async () => {
      const template = readOptionalTextFile(resolve(io.cwd, FORM_PATH), FORM_PATH);
      if (template.ok) return template.value;
      templateProblems.push(...template.problems);
      return undefined;
    },
    (message) => io.stderr(`note: ${message}\n`),
  );
  if (templateProblems.length > 0) return failure(templateProblems);
  if (parsed.refused) return failure([{ ...parsed.refused, file: issueFile }]);
  return success({ form, fields: parsed.fields });
}

/** The answers with the link's look-up filled in, checked as the bot checks them. */
async function checkAnswers(
  io: CliIo,
  fields: Record<string, string | string[]>,
  files: ListFiles,
): Promise<CheckResult> {
  const looked = withLookup(
    fields,
    await lookUpAnswer(io, fields.link, fields.title, files.settings),
    files.list,
    files.settings,
    'cli',
  );
  return withLookupNotes(
    checkSuggestion(looked.fields, files.list, {
      now: io.now(),
      openSuggestions: [],
      extra: looked.extra,
    }),
    looked,
  );
}

/** Writes the checked paper into the data file and the README, then says so (warnings first). */
function addChecked(
  io: CliIo,
  files: ListFiles,
  check: PassedCheck,
  named: (p: Problem) => Problem,
): number {
  const { paper, sections } = check.value;
  const applied = applySuggestion(files, paper, sections);
  if (!applied.ok) return failWithProblems(io, applied.problems);
  const written = writeFiles(io, [
    [files.dataFile, applied.value.data],
    [files.readmeFile, applied.value.readme],
  ]);
  if (!written.ok) return failWithProblems(io, written.problems);
  for (const warning of check.warnings ?? []) {
    io.stderr(`warning: ${formatProblem(named(warning))}\n`);
  }
  io.stdout(`Added "${paper.title}" to ${sections.join(', ')}\n`);
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
