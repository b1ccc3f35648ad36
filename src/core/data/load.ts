// Reads a data file strictly. The happy path reads the YAML data files are made of with a small
// reader of its own (../yaml/fast-read.ts), and anything beyond that with js-yaml (about 0.2 s for
// 10,000 papers, `npm run bench:core`); the `yaml` package, which knows positions but is ten times
// slower, is only asked where the problems are once something is wrong.

import jsyaml from 'js-yaml';
import { BOUNDS } from '../limits/bounds.js';
import { checkYamlBounds } from '../limits/yaml.js';
import type { Problem } from '../problem.js';
import { failure as failed, success, type Result } from '../result.js';
import type { PaperList } from '../types.js';
import { isMapping } from '../yaml/describe.js';
import { keysInOrder, locate, parseWithPositions } from '../yaml/locate.js';
import type { PositionedDocument } from '../yaml/locate.js';
import { readSimpleYaml } from '../yaml/fast-read.js';
import { formatDataPath } from '../yaml/path.js';
import { jsYamlProblem, syntaxProblems, type SyntaxOptions } from '../yaml/syntax.js';
import { topLevelKeys } from './top-level.js';
import { validateData } from './validate.js';
import type { KeysOf, PathProblem } from './validate.js';

/**
 * Parses and validates a data file's text: the papers by section in file order, or every problem
 * found. `file` is the name used in problems.
 */
export function loadData(text: string, file: string): Result<PaperList> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The small reader takes only shallow, alias-free texts whose numbers are years: the depth bound,
  // the anchor check and the check of oddly written years have nothing to find in them.
  const simple = source.length <= BOUNDS.dataFileChars.max ? readSimpleYaml(source) : undefined;
  const read = simple !== undefined ? success(simple) : readWithJsYaml(source, file);
  if (!read.ok) return read;
  const value = read.value;
  if (value === null || value === undefined) {
    return failed([
      {
        file,
        message: 'the data file is empty',
        hint: 'add a section: its name and a colon, then indented "category:" and "list:" lines',
      },
    ]);
  }

  let parsed: PositionedDocument | undefined;
  let keysOf: KeysOf | undefined;
  if (needsFileOrder(value)) {
    const doc = (parsed = parseWithPositions(source));
    keysOf = (map, path) => keysInOrder(doc, path) ?? Object.keys(map);
  }
  const { list, problems } = validateData(value, keysOf);
  problems.push(...unwrittenNames(list, source));
  const spelled =
    problems.length === 0 && simple === undefined ? oddlyWrittenYears(source, file) : [];
  if (spelled.length > 0) return failed(spelled);
  if (problems.length === 0) return success(list);

  parsed ??= parseWithPositions(source);
  return failed(locateProblems(parsed, file, problems));
}

/** Path problems as problems a person reads: each with its line and column in the file. */
export function locateProblems(
  parsed: PositionedDocument,
  file: string,
  problems: PathProblem[],
): Problem[] {
  return problems.map((p): Problem => {
    const where = locate(parsed, p.at, p.onKey);
    const problem: Problem = { file, message: p.message, hint: p.hint };
    if (where) {
      problem.line = where.line;
      problem.column = where.column;
    }
    const field = formatDataPath(p.field);
    if (field) problem.field = field;
    return problem;
  });
}

/** How a data file is laid out, for the hints of a structure that breaks. */
const DATA_SHAPE: SyntaxOptions = {
  topLevel: 'a section starts with "Name:" at column 1',
  // A section with two `category:` or `list:` lines: the next section's name line is gone.
  missingParent: (path, key) =>
    path.length === 1 && (key === 'category' || key === 'list')
      ? 'a section starts with "Name:" at column 1: the line naming the section that starts here may be missing'
      : undefined,
};

/** The value js-yaml reads (core schema), after the bounds check; anchors are refused. */
function readWithJsYaml(source: string, file: string): Result<unknown> {
  // Both YAML parsers recurse once per level: a file nested thousands deep is refused unread.
  const bounds = { chars: BOUNDS.dataFileChars, depth: BOUNDS.yamlDepth };
  const refused = checkYamlBounds(source, file, bounds, 'the data file');
  if (refused) return failed([refused]);

  let value: unknown;
  let anchored = false;
  try {
    value = jsyaml.load(source, {
      // CORE_SCHEMA: no timestamps, no merge keys, unknown tags throw.
      schema: jsyaml.CORE_SCHEMA,
      listener(event, state) {
        // An alias without its anchor already throws, so refusing anchors refuses aliases too.
        const { anchor } = state as { anchor?: string | null };
        if (event === 'close' && anchor != null) anchored = true;
      },
    });
  } catch (error) {
    if (!(error instanceof jsyaml.YAMLException)) throw error;
    const parsed = parseWithPositions(source);
    const problems = syntaxProblems(parsed, source, file, formatDataPath, DATA_SHAPE);
    return failed(problems.length ? problems : [jsYamlProblem(error, file)]);
  }
  if (anchored) {
    const positioned = parseWithPositions(source);
    const problems = syntaxProblems(positioned, source, file, formatDataPath, DATA_SHAPE);
    return failed(problems.length ? problems : [{ file, message: 'anchors are not allowed' }]);
  }
  return success(value);
}

/**
 * Section names the parser read differently from how they are written: `0x10:` reads as "16",
 * `~:` as "null", `? {a: 1}` as "[object Object]". Each would show as a name nobody wrote.
 */
function unwrittenNames(list: PaperList, source: string): PathProblem[] {
  const written = new Set(topLevelKeys(source).map((k) => k.name));
  return list.sections
    .filter((s) => !written.has(s.name))
    .map((s) => ({
      field: [s.name],
      at: [s.name],
      onKey: true,
      message: `the section name is read as ${JSON.stringify(s.name)}, which is not how it is written`,
      hint: 'write the section name as plain text, in double quotes if needed, such as "2024 papers":',
    }));
}

/**
 * An unquoted `year:` value on its own line (a paper's field, or the first field of a list item).
 * A blank follows the colon: `- year:+2024` is one piece of text, no key.
 */
const YEAR_LINE = /^([ \t]*(?:- +)?year:[ \t]+)([^\s"'#][^\n#]*?)[ \t]*(?:#[^\n]*)?\r?$/gm;

/**
 * Years the reader accepted as a number but that are not written as four digits: `0x7E8`, `+2024`,
 * `2.024e3` all read as 2024, and the file should say what the README shows.
 */
function oddlyWrittenYears(source: string, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const m of source.matchAll(YEAR_LINE)) {
    const written = m[2] ?? '';
    if (/^\d{4}$/.test(written)) continue;
    const read = readAlone(written);
    if (typeof read !== 'number') continue;
    const before = source.slice(0, m.index);
    problems.push({
      file,
      line: before.split('\n').length,
      column: (m[1] ?? '').length + 1,
      field: 'year',
      message: `the year is written as ${written}, which reads as ${read}`,
      hint: `write the year as four digits in double quotes, such as "${read}"`,
    });
  }
  return problems;
}

/** What a value's text reads as on its own; undefined when it is no YAML alone (`year::  "x"`). */
function readAlone(written: string): unknown {
  try {
    return jsyaml.load(written, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
}

const arrayIndex = /^(?:0|[1-9][0-9]{0,8})$/u;

/**
 * JS objects list integer-like keys ("2024", "1") first, whatever the file order. Sections and
 * link labels must keep file order, so such files take their key order from the slower parser.
 */
function needsFileOrder(value: unknown): boolean {
  if (!isMapping(value)) return false;
  for (const [name, section] of Object.entries(value)) {
    if (arrayIndex.test(name)) return true;
    const list = isMapping(section) ? section.list : undefined;
    if (!Array.isArray(list)) continue;
    for (const paper of list) {
      const links = isMapping(paper) ? paper.links : undefined;
      if (isMapping(links) && Object.keys(links).some((label) => arrayIndex.test(label)))
        return true;
    }
  }
  return false;
}
