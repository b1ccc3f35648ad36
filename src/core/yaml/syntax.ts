// Explains why a YAML text cannot be read (syntax, duplicate keys, tags, anchors), with positions.
// Called only after the fast parser refused the text, so it may be slow.

import { isAlias } from 'yaml';
import type { YAMLError } from 'yaml';
import type { Problem } from '../problem.js';
import { pathAt, walk } from './locate.js';
import type { PositionedDocument } from './locate.js';
import { formatPath } from './path.js';
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
  MISSING_CHAR: 'close the quote or bracket that was opened',
  MULTIPLE_DOCS: 'remove the "---" line: the file is a single mapping',
};

// Own words where the parser's would puzzle someone who only edits the list.
const messagesByCode: Record<string, (message: string) => string> = {
  BLOCK_AS_IMPLICIT_KEY: () => 'a value contains ": " or is indented under another value',
  MULTILINE_IMPLICIT_KEY: () => 'a key is split over several lines',
  MISSING_CHAR: (message) =>
    message.includes('quote') ? 'a closing quote is missing' : sentence(message),
  MULTIPLE_DOCS: () => 'the file holds more than one YAML document',
};

// The tags CORE_SCHEMA knows; any other (`!foo`, `!!timestamp`, `!!binary`) is refused.
const coreTags = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

function sentence(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/u, '');
}

/**
 * Every problem the `yaml` parser sees, plus anchors, aliases and tags, in file order.
 * `name` turns a document path into the field name shown to people.
 */
export function syntaxProblems(
  parsed: PositionedDocument,
  text: string,
  file: string,
  name: (path: readonly Segment[]) => string = formatPath,
): Problem[] {
  const { doc, lines } = parsed;
  const found: { offset: number; problem: Problem }[] = [];
  const seen = new Set<number>();
  const add = (offset: number, path: readonly Segment[], message: string, hint: string) => {
    if (seen.has(offset)) return; // one problem per place: the parser often reports a cause twice
    seen.add(offset);
    const { line, col } = lines.linePos(offset);
    const problem: Problem = { file, line, column: col, message, hint };
    const field = name(path);
    if (field) problem.field = field;
    found.push({ offset, problem });
  };

  const fromError = (error: YAMLError) => {
    const offset = error.pos[0];
    if (error.code === 'DUPLICATE_KEY') {
      const path = pathAt(parsed, offset);
      const key = path.at(-1) ?? text.slice(error.pos[0], error.pos[1]);
      const what = `the key ${JSON.stringify(key)} appears more than once`;
      add(offset, path.slice(0, -1), what, duplicate);
    } else {
      const message = messagesByCode[error.code]?.(error.message) ?? sentence(error.message);
      add(offset, pathAt(parsed, offset, true), message, hintsByCode[error.code] ?? quoting);
    }
  };
  doc.errors.forEach(fromError);

  walk(parsed, (node, path) => {
    if (!node.range) return;
    const start = node.range[0];
    if (isAlias(node)) {
      add(start, path, `aliases such as *${node.source} are not allowed`, fullValue);
      return;
    }
    // A node's range starts after its properties (`&name`, `!tag`), so look just before it.
    if (node.anchor) {
      const at = text.lastIndexOf(`&${node.anchor}`, start);
      add(at >= 0 ? at : start, path, `anchors such as &${node.anchor} are not allowed`, fullValue);
    }
    if (node.tag && !coreTags.has(node.tag)) {
      const shown = node.tag.replace(/^tag:yaml\.org,2002:/u, '!!');
      const at = text.lastIndexOf(shown, start);
      add(at >= 0 ? at : start, path, `tags such as ${shown} are not allowed`, 'remove the tag');
    }
  });

  found.sort((a, b) => a.offset - b.offset);
  return found.map((f) => f.problem);
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
