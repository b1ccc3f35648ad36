import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  parseFormTemplate
} from "./chunk-IXKCALRC.js";
import {
  applySuggestion,
  checkSuggestion,
  cliMetadataClient,
  lookUpPaper,
  parseIssueBody,
  recognizeLink,
  withLookup,
  withLookupNotes
} from "./chunk-LBJGOEQH.js";
import "./chunk-BWKQ2OQF.js";
import {
  DEFAULT_SUGGESTION_LABEL,
  FIELD_SPECS
} from "./chunk-6SWOY4OF.js";
import {
  writeFiles
} from "./chunk-CCF2C3GI.js";
import "./chunk-J46YQAPX.js";
import "./chunk-LRJQDJNI.js";
import "./chunk-NIAEFTN3.js";
import "./chunk-63NZPSEG.js";
import {
  cleanText
} from "./chunk-F3GNWPX4.js";
import {
  LIST_FILE_OPTIONS,
  loadListFiles
} from "./chunk-V5URNJWK.js";
import "./chunk-BVLRBHM7.js";
import {
  defineCommand,
  failure,
  problemsOf,
  readOptionalTextFile,
  readTextFile,
  success
} from "./chunk-3YN6SMB7.js";
import {
  EXIT_OK,
  UsageError,
  failWithProblems,
  formatProblem
} from "./chunk-TXPXFCIC.js";
import "./chunk-XQCVUMMA.js";

// src/cli/commands/suggest.ts
import { resolve } from "node:path";

// src/core/form/builtin.ts
function BUILTIN_FORM(sections, opts = { label: DEFAULT_SUGGESTION_LABEL }) {
  return {
    labels: [opts.label],
    fields: FIELD_SPECS.map((spec) => ({
      id: spec.id,
      label: spec.label,
      type: spec.type,
      multiple: spec.multiple === true,
      required: spec.required,
      options: spec.type === "dropdown" ? [...sections] : []
    }))
  };
}

// src/core/form/answers.ts
var FORM_PATH = ".github/ISSUE_TEMPLATE/suggest-paper.yml";
async function readAnswers(body, list, settings, loadTemplate, log) {
  const builtin = BUILTIN_FORM(
    list.sections.map((s) => s.name),
    { label: settings.labels.suggestion }
  );
  const parsed = parseIssueBody(body, builtin);
  if (parsed.unknownHeadings.length === 0) return { form: builtin, parsed };
  const text = await loadTemplate();
  if (text === void 0) return { form: builtin, parsed };
  const template = parseFormTemplate(text, FORM_PATH);
  if (!template.ok) {
    log(`${FORM_PATH} could not be read; the built-in form is used instead`);
    return { form: builtin, parsed };
  }
  return { form: template.value, parsed: parseIssueBody(body, template.value) };
}

// src/cli/commands/suggest.ts
var suggestCommand = defineCommand({
  options: { issue: { type: "string" }, ...LIST_FILE_OPTIONS },
  run: async ({ values }, io) => {
    if (values.issue === void 0) throw new UsageError("--issue is required");
    const issueFile = values.issue;
    const body = readTextFile(
      resolve(io.cwd, issueFile),
      issueFile,
      "pass --issue with the path of the issue body"
    );
    const files = loadListFiles(io, values);
    if (!body.ok || !files.ok) {
      return failWithProblems(io, [...problemsOf(body), ...problemsOf(files)]);
    }
    const answers = await readIssueAnswers(io, body.value, issueFile, files.value);
    if (!answers.ok) return failWithProblems(io, answers.problems);
    const named = (p) => withLabel(p, answers.value.form, issueFile);
    const check = await checkAnswers(io, answers.value.fields, files.value);
    if (!check.ok) return failWithProblems(io, check.problems.map(named));
    return addChecked(io, files.value, check, named);
  }
});
async function readIssueAnswers(io, body, issueFile, files) {
  const templateProblems = [];
  const { form, parsed } = await readAnswers(
    body,
    files.list,
    files.settings,
    async () => {
      const template = readOptionalTextFile(resolve(io.cwd, FORM_PATH), FORM_PATH);
      if (template.ok) return template.value;
      templateProblems.push(...template.problems);
      return void 0;
    },
    (message) => io.stderr(`note: ${message}
`)
  );
  if (templateProblems.length > 0) return failure(templateProblems);
  if (parsed.refused) return failure([{ ...parsed.refused, file: issueFile }]);
  return success({ form, fields: parsed.fields });
}
async function checkAnswers(io, fields, files) {
  const looked = withLookup(
    fields,
    await lookUpAnswer(io, fields.link, fields.title, files.settings),
    files.list,
    files.settings,
    "cli"
  );
  return withLookupNotes(
    checkSuggestion(looked.fields, files.list, {
      now: io.now(),
      openSuggestions: [],
      extra: looked.extra
    }),
    looked
  );
}
function addChecked(io, files, check, named) {
  const { paper, sections } = check.value;
  const applied = applySuggestion(files, paper, sections);
  if (!applied.ok) return failWithProblems(io, applied.problems);
  const written = writeFiles(io, [
    [files.dataFile, applied.value.data],
    [files.readmeFile, applied.value.readme]
  ]);
  if (!written.ok) return failWithProblems(io, written.problems);
  for (const warning of check.warnings ?? []) {
    io.stderr(`warning: ${formatProblem(named(warning))}
`);
  }
  io.stdout(`Added "${paper.title}" to ${sections.join(", ")}
`);
  return EXIT_OK;
}
function withLabel(problem, form, file) {
  const label = form.fields.find((f) => f.id === problem.field)?.label ?? problem.field;
  return { ...problem, file, ...label !== void 0 ? { field: label } : {} };
}
async function lookUpAnswer(io, linkAnswer, titleAnswer, settings) {
  const raw = cleanText(Array.isArray(linkAnswer) ? linkAnswer.join(" ") : linkAnswer ?? "");
  if (raw === "") return void 0;
  const link = recognizeLink(raw);
  if (link.kind === "unknown") return { raw, link };
  const client = cliMetadataClient(io, settings);
  const title = cleanText(Array.isArray(titleAnswer) ? titleAnswer.join(" ") : titleAnswer ?? "");
  return { raw, link, result: await lookUpPaper(client, link, title !== "" ? title : void 0) };
}
export {
  suggestCommand
};
