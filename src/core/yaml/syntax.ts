// Explains why a YAML text cannot be read (syntax, duplicate keys, tags, anchors), with positions.
// Called only after the fast parser refused the text, so it may be slow.

import { isAlias } from 'yaml';
import type { YAMLError } from 'yaml';
import type { Problem } from '../problem.js';
import { pathAt, walk } from './locate.js';
import type { PositionedDocument } from './locate.js';
import { formatPath } from './path.js';
import { alignmentNote, indentationNote, type StructureContext } from './structure.js';
import type { Segment } from './path.js';

const quoting =
  'put a value that contains ": " or " #", or starts with a special character, in double quotes';
const indenting = 'line up the fields of one entry at the same indentation, using spaces';
const fullValue = 'write the value out in full everywhere it is used';
const duplicate = 'a key may appear only once in a mapping: merge the two entries or remove one';

const hintsByCode: Record<string, string> = {
  BAD_INDENT: indenting,
  TAB_AS_INDENT: 'indent with spaces only',
  BLOCK_AS_IMPLICIT_KEY: 'put the whole value in double quotes, or line up the fields of one entry',
  MULTILINE_IMPLICIT_KEY:
    'put the whole value in double quotes, or line up the fields of one entry',
  BAD_SCALAR_START: 'put the value in double quotes',
  UNEXPECTED_TOKEN:
    'put the whole value in double quotes; after the closing quote only a comment may follow',
  MULTIPLE_DOCS: 'remove the "---" line: the file is a single mapping',
};

/** Errors after which the parser reads the rest of the text out of step: later ones follow from it. */
const STRUCTURAL = new Set([
  'BAD_INDENT',
  'UNEXPECTED_TOKEN',
  'MISSING_CHAR',
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
]);

// Own words where the parser's would puzzle someone who only edits the list.
const messagesByCode: Record<string, (message: string) => string> = {
  BLOCK_AS_IMPLICIT_KEY: () => 'a value contains ": " or is indented under another value',
  MULTILINE_IMPLICIT_KEY: () => 'a key is split over several lines',
  MULTIPLE_DOCS: () => 'the file holds more than one YAML document',
};

/** MISSING_CHAR's message and hint, by what is missing: a quote, a bracket, a `- `, a `:`. */
function missingChar(message: string): { message: string; hint: string } {
  if (message.includes('quote'))
    return {
      message: 'a closing quote is missing',
      hint: 'add the closing quote at the end of the value, on the same line',
    };
  if (/flow|, between/u.test(message))
    return {
      message: 'a closing bracket or a comma is missing',
      hint: 'close the "[" or "{" opened on this line, with commas between its items',
    };
  if (message.includes('- indicator'))
    return {
      message: 'this line is no item of the list it is in',
      hint: 'start it with "- " like the other items, or line it up with the fields above it',
    };
  return {
    message: 'this line is not "name: value"',
    hint: 'write it as "name: value"; put a value that contains ": " in double quotes',
  };
}

// The tags CORE_SCHEMA knows; any other (`!foo`, `!!timestamp`, `!!binary`) is refused.
const coreTags = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

function sentence(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/u, '');
}

/** A problem and where it is in the text, for sorting and for telling causes from consequences. */
interface Found {
  offset: number;
  problem: Problem;
  /** The parser reads the text after it out of step. */
  structural: boolean;
}

export interface SyntaxOptions extends StructureContext {
  /**
   * For a key that appears twice at `path`: a hint when that means a line that starts a mapping is
   * missing (two `category:` lines in one section: the next section's name was deleted).
   */
  missingParent?: (path: readonly Segment[], key: string) => string | undefined;
}

const DEFAULT_OPTIONS: SyntaxOptions = { topLevel: 'a top-level key starts at column 1' };

/**
 * Every problem the `yaml` parser sees, plus anchors, aliases and tags, in file order. After the
 * first error that puts the parser out of step (a line indented wrong, a quote left open), the later
 * ones are its consequences: they are counted in one line, not listed. `name` turns a document path
 * into the field name shown to people.
 */
export function syntaxProblems(
  parsed: PositionedDocument,
  text: string,
  file: string,
  name: (path: readonly Segment[]) => string = formatPath,
  options: SyntaxOptions = DEFAULT_OPTIONS,
): Problem[] {
  const found = new Map<number, Found>();
  const add = (offset: number, path: readonly Segment[], note: Note, structural = false) => {
    if (found.has(offset)) return; // one problem per place: the parser often reports a cause twice
    const { line, col } = parsed.lines.linePos(offset);
    const problem: Problem = { file, line, column: col, message: note.message, hint: note.hint };
    if (note.line !== undefined) problem.line = note.line;
    if (note.column !== undefined) problem.column = note.column;
    const field = name(path);
    if (field) problem.field = field;
    found.set(offset, { offset, problem, structural });
  };
  for (const error of parsed.doc.errors) fromError(parsed, text, error, options, add);
  nodeProblems(parsed, text, add);
  return collapse([...found.values()].sort((a, b) => a.offset - b.offset));
}

interface Note {
  message: string;
  hint: string;
  line?: number;
  column?: number;
}

type Add = (offset: number, path: readonly Segment[], note: Note, structural?: boolean) => void;

function fromError(
  parsed: PositionedDocument,
  text: string,
  error: YAMLError,
  options: SyntaxOptions,
  add: Add,
): void {
  const offset = error.pos[0];
  if (error.code === 'DUPLICATE_KEY') {
    const path = pathAt(parsed, offset);
    const key = path.at(-1) ?? text.slice(error.pos[0], error.pos[1]);
    const message = `the key ${JSON.stringify(key)} appears more than once`;
    const parent = options.missingParent?.(path.slice(0, -1), String(key));
    add(offset, path.slice(0, -1), { message, hint: parent ?? duplicate }, parent !== undefined);
    return;
  }
  const structural = STRUCTURAL.has(error.code);
  const path = pathAt(parsed, offset, true);
  if (/end with an? [\]}]/u.test(error.message)) return add(offset, path, unclosedFlow, true);
  const moved = structural ? movedLine(parsed, text, error, options) : undefined;
  if (moved) return add(offset, path, moved, true);
  const aligned =
    error.code === 'BAD_INDENT'
      ? alignmentNote(text, parsed.lines.linePos(offset).line)
      : undefined;
  if (aligned) return add(offset, path, aligned, true);
  if (error.code === 'MISSING_CHAR') return add(offset, path, missingChar(error.message), true);
  const message = messagesByCode[error.code]?.(error.message) ?? sentence(error.message);
  add(offset, path, { message, hint: hintsByCode[error.code] ?? quoting }, structural);
}

const unclosedFlow: Note = {
  message: 'a "[" or "{" opened above is not closed',
  hint: 'close it with "]" or "}" on the line where it opened, with commas between its items',
};

/** Implicit-key errors name the value before the line that broke: look at the lines after it too. */
const SPANNING = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

/**
 * The indentation note of the line an error comes from, if one is out of step: the error's line, the
 * lines its range covers, and for an implicit key the line after it. A token in the middle of a line
 * is a value's text (`"x" y`), not the line's place.
 */
function movedLine(
  parsed: PositionedDocument,
  text: string,
  error: YAMLError,
  options: SyntaxOptions,
): Note | undefined {
  const { lines } = parsed;
  const first = lines.linePos(error.pos[0]).line;
  const lineStart = lines.lineStarts[first - 1] ?? 0;
  const startsLine = text.slice(lineStart, error.pos[0]).trim() === '';
  if (error.code === 'UNEXPECTED_TOKEN' && !startsLine) return undefined;
  const last = Math.max(lines.linePos(error.pos[1]).line, SPANNING.has(error.code) ? first + 1 : 0);
  for (let line = first; line <= last; line++) {
    const note = indentationNote(text, line, options);
    if (note) return note;
  }
  return undefined;
}

/** Anchors, aliases and tags, which the parser accepts and the data files do not. */
function nodeProblems(parsed: PositionedDocument, text: string, add: Add): void {
  walk(parsed, (node, path) => {
    if (!node.range) return;
    const start = node.range[0];
    if (isAlias(node)) {
      const message = `aliases such as *${node.source} are not allowed`;
      add(start, path, { message, hint: fullValue });
      return;
    }
    // A node's range starts after its properties (`&name`, `!tag`), so look just before it.
    if (node.anchor) {
      const at = text.lastIndexOf(`&${node.anchor}`, start);
      const message = `anchors such as &${node.anchor} are not allowed`;
      add(at >= 0 ? at : start, path, { message, hint: fullValue });
    }
    if (node.tag && !coreTags.has(node.tag)) {
      const shown = node.tag.replace(/^tag:yaml\.org,2002:/u, '!!');
      const at = text.lastIndexOf(shown, start);
      const message = `tags such as ${shown} are not allowed`;
      add(at >= 0 ? at : start, path, { message, hint: 'remove the tag' });
    }
  });
}

/** The problems up to the first structural one, and one line counting those after it. */
function collapse(found: Found[]): Problem[] {
  const first = found.findIndex((f) => f.structural);
  if (first === -1) return found.map((f) => f.problem);
  const kept = found.slice(0, first + 1).map((f) => f.problem);
  const more = found.length - first - 1;
  const cause = kept.at(-1) as Problem;
  if (more > 0) {
    kept.push({
      ...(cause.file !== undefined ? { file: cause.file } : {}),
      message: `${more} more problem${more === 1 ? '' : 's'} after line ${cause.line} ${more === 1 ? 'is a likely consequence' : 'are likely consequences'} of this one`,
      hint: 'fix this one first, then check again',
    });
  }
  return kept;
}

/** A js-yaml error as a problem, for the rare text only js-yaml refuses. */
export function jsYamlProblem(
  error: { reason?: string; message: string; mark?: { line: number; column: number } },
  file: string,
): Problem {
  const reason = error.reason ?? error.message;
  const problem: Problem = { file, message: reason, hint: quoting };
  if (error.mark) {
    problem.line = error.mark.line + 1;
    problem.column = error.mark.column + 1;
  }
  if (reason.startsWith('unknown tag')) problem.hint = 'remove the tag';
  else if (reason.startsWith('duplicated mapping key')) problem.hint = duplicate;
  return problem;
}
