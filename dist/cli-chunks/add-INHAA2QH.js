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
  recognizeLink,
  serviceLabel
} from "./chunk-LBJGOEQH.js";
import "./chunk-BWKQ2OQF.js";
import "./chunk-6SWOY4OF.js";
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
  loadData
} from "./chunk-3YN6SMB7.js";
import {
  EXIT_INPUT,
  EXIT_OK,
  UsageError,
  failWithProblems,
  formatProblem
} from "./chunk-TXPXFCIC.js";
import "./chunk-XQCVUMMA.js";

// src/cli/typed.ts
var TYPED_OPTIONS = {
  title: { type: "string" },
  authors: { type: "string" },
  venue: { type: "string" },
  year: { type: "string" },
  abbr: { type: "string" },
  code: { type: "string" }
};
var FIELDS = ["title", "venue", "year", "abbr", "code"];
function typedValues(values) {
  const typed = { fields: {} };
  for (const f of FIELDS) {
    const v = cleanText(values[f] ?? "");
    if (v !== "") typed.fields[f] = v;
  }
  const names = (values.authors ?? "").split(/\s*(?:[,;&]|\band\b)\s*/u).map(cleanText).filter((n) => n !== "");
  if (names.length > 0) typed.authors = names;
  return typed;
}
function anyTyped(typed) {
  return Object.keys(typed.fields).length > 0 || typed.authors !== void 0;
}
function withTypedAuthors(merged, typed) {
  return typed.authors ? { ...merged, authors: { value: typed.authors, source: "typed" } } : merged;
}
function disagreementLines(merged) {
  return merged.disagreements.map(
    (d) => `--${d.field} is ${JSON.stringify(d.typed)}, ${serviceLabel(d.source)} says ${JSON.stringify(d.fetched)}; the typed value is kept`
  );
}

// src/cli/commands/add.ts
var addCommand = defineCommand({
  options: {
    section: { type: "string" },
    ...LIST_FILE_OPTIONS,
    "dry-run": { type: "boolean", default: false },
    ...TYPED_OPTIONS
  },
  positionals: true,
  run: async ({ values, positionals }, io) => {
    if (positionals.length === 0) throw new UsageError("give at least one link");
    const typed = typedValues(values);
    if (anyTyped(typed) && positionals.length > 1) {
      throw new UsageError(
        `--title, --authors, --venue, --year, --abbr and --code describe one paper: give one LINK with them (${positionals.length} given)`
      );
    }
    const files = loadListFiles(io, values);
    if (!files.ok) return failWithProblems(io, files.problems);
    const run = {
      io,
      files: files.value,
      section: chooseSection(files.value.list, values.section),
      client: cliMetadataClient(io, files.value.settings),
      dryRun: values["dry-run"],
      typed
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
      reason: "not an arXiv, DOI, OpenReview or ACL Anthology link, nor a web address (give the address of the paper's page, such as https://arxiv.org/abs/1703.09844, or its DOI)"
    };
  }
  const found = await lookUpPaper(run.client, target);
  for (const gap of found.gaps.filter((g) => g.kind === "unavailable")) {
    run.io.stderr(
      `warning: ${link}: ${serviceLabel(gap.service)} could not be asked: ${gap.message}
`
    );
  }
  const typed = run.typed.fields;
  const merged = withTypedAuthors(mergeLookup(typed, found, files.list, files.settings), run.typed);
  for (const line of disagreementLines(merged)) run.io.stderr(`warning: ${link}: ${line}
`);
  const answers = entryAnswers(merged, target);
  const check = checkSuggestion({ ...answers.fields, sections: [run.section] }, files.list, {
    now: run.io.now(),
    openSuggestions: [],
    extra: answers.extra,
    audience: "cli"
  });
  if (!check.ok) {
    const unknown = typed.title === void 0 || typed.year === void 0;
    if (found.fetched.length === 0 && unknown && check.duplicate === void 0)
      return { kind: "not-added", reason: notFound(found, run.typed) };
    return { kind: "not-added", reason: check.problems.map((p) => formatProblem(p)).join("; ") };
  }
  if (run.dryRun) return { kind: "previewed", text: `${link}
${describeSources(merged)}
` };
  const { paper, sections } = check.value;
  const next = withPaper(files, paper, sections);
  return next.ok ? { kind: "added", files: next.value, title: paper.title } : { kind: "broken", problems: next.problems };
}
function notFound(found, typed) {
  const names = (kind) => found.gaps.filter((g) => g.kind === kind).map((g) => serviceLabel(g.service));
  const asked = names("not-found");
  const down = names("unavailable");
  const where = [
    asked.length > 0 ? `asked: ${asked.join(", ")}` : "",
    down.length > 0 ? `could not be asked: ${down.join(", ")}` : ""
  ].filter((p) => p !== "");
  const missing = ["title", "year"].filter((f) => typed.fields[f] === void 0);
  const flags = missing.map((f) => f === "title" ? '--title "\u2026"' : "--year 2024").join(" ");
  return `no metadata service found this paper${where.length > 0 ? ` (${where.join("; ")})` : ""}, so its ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} unknown: type ${missing.length > 1 ? "them" : "it"} with ${flags} (and --authors, --venue if you know them)`;
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
