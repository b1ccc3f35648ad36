import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  applySuggestion,
  checkSuggestion,
  cliMetadataClient,
  describeSources,
  entryAnswers,
  lookUpPaper,
  mergeLookup,
  recognizeLink
} from "./chunk-7QAYLQVH.js";
import "./chunk-63NZPSEG.js";
import "./chunk-FOOCDGKC.js";
import {
  writeFiles
} from "./chunk-RHOKQ2GJ.js";
import "./chunk-J46YQAPX.js";
import "./chunk-FMYUJVAL.js";
import "./chunk-NIAEFTN3.js";
import {
  LIST_FILE_OPTIONS,
  loadListFiles
} from "./chunk-TCFBN7B6.js";
import "./chunk-BVLRBHM7.js";
import {
  defineCommand,
  loadData
} from "./chunk-7HK7VLBU.js";
import {
  EXIT_INPUT,
  EXIT_OK,
  UsageError,
  failWithProblems,
  formatProblem
} from "./chunk-2OZAOMV5.js";
import "./chunk-XQCVUMMA.js";

// src/cli/commands/add.ts
var addCommand = defineCommand({
  options: {
    section: { type: "string" },
    ...LIST_FILE_OPTIONS,
    "dry-run": { type: "boolean", default: false }
  },
  positionals: true,
  run: async ({ values, positionals }, io) => {
    if (positionals.length === 0) throw new UsageError("give at least one link");
    const files = loadListFiles(io, values);
    if (!files.ok) return failWithProblems(io, files.problems);
    const run = {
      io,
      files: files.value,
      section: chooseSection(files.value.list, values.section),
      client: cliMetadataClient(io, files.value.settings),
      dryRun: values["dry-run"]
    };
    return addLinks(run, positionals);
  }
});
function chooseSection(list, wanted) {
  const names = list.sections.map((s) => s.name);
  if (wanted === void 0) {
    if (names.length === 1 && names[0] !== void 0) return names[0];
    throw new UsageError(
      `--section is required: the list has ${names.length} sections (${names.join(", ")})`
    );
  }
  return wanted;
}
async function addLinks(run, links) {
  const { io } = run;
  let files = run.files;
  const failed = [];
  let added = 0;
  for (const link of links) {
    const outcome = await addLink(run, files, link);
    if (outcome.kind === "broken") return failWithProblems(io, outcome.problems);
    if (outcome.kind === "not-added") failed.push(`${link}: ${outcome.reason}`);
    else if (outcome.kind === "previewed") io.stdout(outcome.text);
    else {
      files = outcome.files;
      io.stdout(`Added "${outcome.title}" to ${run.section}
`);
    }
    if (outcome.kind !== "not-added") added++;
  }
  if (!run.dryRun && added > 0) {
    const written = writeFiles(io, [
      [files.dataFile, files.dataText],
      [files.readmeFile, files.readmeText]
    ]);
    if (!written.ok) return failWithProblems(io, written.problems);
  }
  for (const f of failed) io.stderr(`not added: ${f}
`);
  return failed.length > 0 ? EXIT_INPUT : EXIT_OK;
}
async function addLink(run, files, link) {
  const target = recognizeLink(link);
  if (target.kind === "unknown") {
    return {
      kind: "not-added",
      reason: "not an arXiv, DOI, OpenReview or ACL Anthology link, nor a web address"
    };
  }
  const found = await lookUpPaper(run.client, target);
  for (const gap of found.gaps.filter((g) => g.kind === "unavailable")) {
    run.io.stderr(`warning: ${link}: ${gap.service} could not be asked: ${gap.message}
`);
  }
  const merged = mergeLookup({}, found, files.list, files.settings);
  const answers = entryAnswers(merged, target);
  const check = checkSuggestion({ ...answers.fields, sections: [run.section] }, files.list, {
    now: run.io.now(),
    openSuggestions: [],
    extra: answers.extra
  });
  if (!check.ok) {
    return { kind: "not-added", reason: check.problems.map((p) => formatProblem(p)).join("; ") };
  }
  if (run.dryRun) return { kind: "previewed", text: `${link}
${describeSources(merged)}
` };
  const { paper, sections } = check.value;
  const next = withPaper(files, paper, sections);
  return next.ok ? { kind: "added", files: next.value, title: paper.title } : { kind: "broken", problems: next.problems };
}
function withPaper(files, paper, sections) {
  const applied = applySuggestion(files, paper, sections);
  if (!applied.ok) return applied;
  const reloaded = loadData(applied.value.data, files.dataFile);
  if (!reloaded.ok) return reloaded;
  return {
    ok: true,
    value: {
      ...files,
      list: reloaded.value,
      dataText: applied.value.data,
      readmeText: applied.value.readme
    }
  };
}
export {
  addCommand
};
