import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  countOf,
  listWords
} from "./chunk-R5OX4NAX.js";
import {
  reviewList
} from "./chunk-RNXYKG2P.js";
import "./chunk-63NZPSEG.js";
import "./chunk-F3GNWPX4.js";
import {
  CONFIG_OPTION,
  DATA_OPTION,
  DEFAULT_CONFIG,
  loadListAndSettings
} from "./chunk-V5URNJWK.js";
import {
  countPapers
} from "./chunk-BVLRBHM7.js";
import {
  defineCommand
} from "./chunk-3YN6SMB7.js";
import {
  EXIT_OK,
  closest,
  failWithProblems,
  formatProblem
} from "./chunk-TXPXFCIC.js";
import "./chunk-XQCVUMMA.js";

// src/core/settings/fields.ts
var KNOWN = ["title", "abbr", "venue", "year", "links"];
function unusedFieldWarnings(settings, list, file) {
  const present = new Set(KNOWN);
  for (const section of list.sections) {
    for (const paper of section.papers)
      for (const key of Object.keys(paper.extra)) present.add(key);
  }
  const named = [
    ...settings.columns.map((c) => ({ key: "columns", field: c.field })),
    ...settings.sort.map((s) => ({ key: "sort", field: s.field }))
  ];
  const warned = /* @__PURE__ */ new Set();
  return named.flatMap(({ key, field }) => {
    if (present.has(field) || warned.has(`${key}:${field}`)) return [];
    warned.add(`${key}:${field}`);
    const guess = closest(field, [...present]);
    return [
      {
        file,
        field: key,
        message: `no paper has a field "${field}"`,
        hint: guess ? `did you mean "${guess}"?` : "check the spelling of the field name"
      }
    ];
  });
}

// src/cli/commands/validate.ts
var validateCommand = defineCommand({
  options: { ...DATA_OPTION, ...CONFIG_OPTION },
  run: ({ values }, io) => {
    const read = loadListAndSettings(io, values);
    if (!read.ok) return failWithProblems(io, read.problems);
    const { list, settings, dataText } = read.value;
    const configFile = values.config ?? DEFAULT_CONFIG;
    const review = reviewList(dataText, values.data, list, settings);
    const warnings = [
      ...unusedFieldWarnings(settings, list, configFile),
      ...read.warnings ?? [],
      ...review.warnings
    ];
    for (const w of warnings) io.stderr(`warning: ${formatProblem(w)}
`);
    if (review.problems.length > 0) return failWithProblems(io, review.problems);
    io.stdout(`${values.data}: ${summarize(list, listWords(settings))}
`);
    return EXIT_OK;
  }
});
function summarize(list, words) {
  const rows = list.sections.reduce((n, s) => n + s.papers.length, 0);
  const papers = countPapers(list);
  return `${countOf(rows, words)} in ${count(list.sections.length, "section")}, ${count(papers, "paper")}`;
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
export {
  summarize,
  validateCommand
};
