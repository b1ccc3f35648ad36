import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
  name = "UsageError";
};
function parseCommandArgs(config) {
  try {
    return parseArgs(config);
  } catch (error) {
    if (error instanceof TypeError && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      throw new UsageError(firstSentence(error.message));
    }
    throw error;
  }
}
function firstSentence(message) {
  const end = message.search(/\.(\s|$)/);
  return end === -1 ? message : message.slice(0, end);
}

// src/core/settings/closest.ts
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function closest(word, candidates) {
  const normal = (s) => s.toLowerCase().replace(/[_\s]/gu, "-");
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 2)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(normal(word), normal(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

// src/cli/exit.ts
var EXIT_OK = 0;
var EXIT_INPUT = 1;
var EXIT_USAGE = 2;

// src/core/limits/bounds.ts
var FIX = "check that this is the right file, or simplify that part";
var bound = (max, unit, normal, fix = FIX) => ({
  max,
  unit,
  normal,
  fix
});
var BOUNDS = {
  /** Data file size. 32 million characters hold about 130,000 papers. */
  dataFileChars: bound(
    32e6,
    "characters",
    "a list of 3,000 papers is about 700,000 characters"
  ),
  /** Settings file size. */
  settingsFileChars: bound(
    256e3,
    "characters",
    "a settings file is usually under 2,000 characters"
  ),
  /** Markdown read as tables (README import, hand edits in zones). */
  markdownChars: bound(
    5e6,
    "characters",
    "the README of a list of 3,000 papers is about 600,000 characters"
  ),
  /** An issue body; GitHub itself stores at most 65,536 characters. */
  issueBodyChars: bound(
    65536,
    "characters",
    "a filled-in suggestion form is usually under 3,000 characters",
    "shorten the answers, the notes above all"
  ),
  /** Nested YAML collections (block and flow): a data file's papers sit 5 levels deep. */
  yamlDepth: bound(32, "levels", "a data file nests its links 5 levels deep"),
  /** Nested Markdown containers: block quotes and list items. */
  markdownDepth: bound(32, "levels", "a README nests lists and quotes at most 3 or 4 levels"),
  /** Cells in one table row (header, delimiter or body row). */
  tableColumns: bound(64, "columns", "a paper table has 5 to 10 columns"),
  /** Table cells in the whole Markdown text. */
  tableCells: bound(
    1e5,
    "table cells",
    "a list of 3,000 papers has about 18,000 cells, one of 10,000 papers 52,000"
  ),
  /** Emphasis and strike-through markers (`*`, `_`, `~` runs) in one paragraph or table row. */
  inlineMarkersPerBlock: bound(
    500,
    "emphasis markers",
    "a table row has at most a few, such as **bold** text"
  ),
  /**
   * Emphasis and strike-through markers in the Markdown the general parser reads: everything but
   * headings, comments, table rows and one-line list items, which are read line by line.
   */
  inlineMarkers: bound(
    3e4,
    "emphasis markers",
    "a list of 3,000 papers written as two-line entries with a bold title each has about 6,000"
  ),
  /** Emphasis and strike-through markers in the whole Markdown text. */
  inlineMarkersAll: bound(
    3e5,
    "emphasis markers",
    "a list of 10,000 papers with a bold name and an italic venue in each entry has about 40,000"
  ),
  /** A metadata service's answer (arXiv, Crossref, ...), read by the lookup client. */
  metadataAnswerBytes: bound(
    4 * 1024 * 1024,
    "bytes",
    "an answer about one paper is under 100 KB",
    "the service answered with something that is not about one paper"
  )
};
var PROBLEMS_SHOWN = 50;
var FIELD_SHOWN = 120;
var MESSAGE_SHOWN = 600;

// src/core/limits/refusal.ts
function grouped(n) {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+$)/gu, ",");
}
function refusal({ file, line, found, bound: bound2, reads }) {
  const problem = {
    message: `${found}; paperlist reads ${reads ?? `at most ${grouped(bound2.max)} ${bound2.unit}`}`,
    hint: `${bound2.normal}; ${bound2.fix}`
  };
  if (file !== void 0) problem.file = file;
  if (line !== void 0) problem.line = line;
  return problem;
}

// src/core/limits/problems.ts
function capProblems(problems, max = PROBLEMS_SHOWN) {
  const shown = problems.slice(0, max);
  return { shown, more: problems.length - shown.length };
}
function moreProblems(more) {
  return `\u2026 and ${grouped(more)} more problem${more === 1 ? "" : "s"}, shown once the ones above are fixed`;
}
function cutMiddle(text, max) {
  if (text.length <= max) return text;
  const keep = Math.max(2, max - 1);
  let head = Math.ceil(keep / 2);
  let tail = text.length - Math.floor(keep / 2);
  if (isLowSurrogate(text.charCodeAt(head))) head--;
  if (isLowSurrogate(text.charCodeAt(tail))) tail++;
  return `${text.slice(0, head)}\u2026${text.slice(tail)}`;
}
function isLowSurrogate(code) {
  return code >= 56320 && code <= 57343;
}

// src/core/problem.ts
function formatProblem(p) {
  const where = [p.file, p.line, p.line !== void 0 ? p.column : void 0].filter((x) => x !== void 0 && x !== "").join(":");
  const head = where ? `${cutMiddle(where, FIELD_SHOWN)}: ` : "";
  const field = p.field ? `${cutMiddle(p.field, FIELD_SHOWN)}: ` : "";
  const hint = p.hint ? ` (${cutMiddle(p.hint, MESSAGE_SHOWN)})` : "";
  return `${head}${field}${cutMiddle(p.message, MESSAGE_SHOWN)}${hint}`;
}

// src/cli/report.ts
function reportProblems(io, problems) {
  const { shown, more } = capProblems(problems);
  for (const problem of shown) io.stderr(`${formatProblem(problem)}
`);
  if (more > 0) io.stderr(`${moreProblems(more)}
`);
}
function failWithProblems(io, problems) {
  reportProblems(io, problems);
  return EXIT_INPUT;
}

export {
  UsageError,
  parseCommandArgs,
  BOUNDS,
  grouped,
  refusal,
  editDistance,
  closest,
  EXIT_OK,
  EXIT_INPUT,
  EXIT_USAGE,
  formatProblem,
  reportProblems,
  failWithProblems
};
