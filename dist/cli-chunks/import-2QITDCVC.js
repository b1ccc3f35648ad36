import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  DEFAULT_MAIN_MARKERS,
  importReadme
} from "./chunk-3MIXX3WX.js";
import {
  importLayout,
  parseReadme,
  serializeData,
  toLf
} from "./chunk-KMBFU3U6.js";
import "./chunk-U5M3AKID.js";
import "./chunk-NIAEFTN3.js";
import "./chunk-BVLRBHM7.js";
import {
  defineCommand,
  readTextFile
} from "./chunk-DV2QTVBS.js";
import {
  EXIT_INPUT,
  EXIT_OK,
  UsageError,
  failWithProblems,
  reportProblems
} from "./chunk-TXPXFCIC.js";
import "./chunk-XQCVUMMA.js";

// src/cli/commands/import.ts
import { resolve } from "node:path";

// src/core/import/any.ts
function importAny(text, file, options = {}) {
  const markdown = toLf(text);
  const markers = options.markers ?? DEFAULT_MAIN_MARKERS;
  const { tree, refused } = parseReadme(markdown, file);
  if (refused) return { list: { sections: [] }, problems: [refused] };
  const read = importLayout(markdown, file, { markers, tree });
  if (!/^ {0,3}\|/m.test(markdown))
    return { list: read.list, problems: read.problems, layout: read.layout };
  const tables = importReadme(markdown, file, { markers, tree });
  const count = (list) => list.sections.reduce((n, s) => n + s.papers.length, 0);
  const rows = count(tables.list);
  if (rows > 0 && (rows >= read.entries || tables.problems.length > 0)) return tables;
  return { list: read.list, problems: read.problems, layout: read.layout };
}

// src/cli/commands/import.ts
var importCommand = defineCommand({
  options: {},
  positionals: true,
  run: ({ positionals }, io) => {
    const [file, ...more] = positionals;
    if (file === void 0) throw new UsageError("import needs the README to read");
    if (more.length > 0) throw new UsageError(`import reads one README, got ${positionals.length}`);
    const text = readTextFile(resolve(io.cwd, file), file, "give the path of the README to import");
    if (!text.ok) return failWithProblems(io, text.problems);
    const { list, problems } = importAny(text.value, file);
    if (list.sections.length > 0) io.stdout(serializeData(list));
    reportProblems(io, problems);
    return problems.length > 0 ? EXIT_INPUT : EXIT_OK;
  }
});
export {
  importCommand
};
