// A reader for the YAML that data files are made of: block mappings and sequences indented with
// spaces, one-line double-quoted, single-quoted and plain scalars, `[]` and `{}`, and comments.
// That is every file paperlist writes and nearly every file a person edits, and this reader takes
// a fraction of js-yaml's time on them (one regular expression reads each line). It gives the value
// js-yaml's core schema gives, or `undefined` the moment the text holds anything else (anchors,
// tags, block or multi-line scalars, flow collections with content, tabs, numbers other than a
// year, duplicate keys...), and the caller asks js-yaml, which also reports the errors. So this
// reader never decides on its own what a file means; a differential test checks it against js-yaml.

/** Nesting the reader takes; deeper texts go to js-yaml and the depth bound (data files nest 5). */
const MAX_DEPTH = 16;

/**
 * Characters this reader leaves to js-yaml: controls (tabs included), C1 controls and NEL, line and
 * paragraph separators, BOM and non-characters, a CR not followed by LF, lone surrogates.
 */
const LEAVE_TO_JS_YAML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// The line expression is linear in the line's length: every space run is taken whole (` +(?! )`),
// a plain key cannot run past its `: `, and no two alternatives can take the same text, so a failed
// match is never retried at many places (a line like `a: "\": "\": ...` stays one pass).
const FIRST = String.raw`[^\s\-?:,[\]{}#&*!|>'"%@\x60]`;
/** A plain value: a space run continues it only before a character other than `#`. */
const PLAIN_VALUE = String.raw`${FIRST}(?:[^ \n\r]| +(?=[^ \n\r#]))*`;
/** A plain key: as a plain value, and a colon continues it only before a character. */
const PLAIN_KEY = String.raw`${FIRST}(?:[^ :\n\r]|:(?=[^ \n\r])| +(?=[^ \n\r#]))*`;
// Quoted scalars as unrolled loops: a run of ordinary characters is one step for the engine.
const DOUBLE = String.raw`"[^"\\\n]*(?:\\[^\n][^"\\\n]*)*"`;
const SINGLE = String.raw`'[^'\n]*(?:''[^'\n]*)*'`;
const VALUE = String.raw`${DOUBLE}|${SINGLE}|\[\]|\{\}|${PLAIN_VALUE}`;
const SPACES = String.raw` +(?! )`;
const COMMENT = String.raw`#[^\n]*`;
/** After a key's colon: nothing, or spaces then a comment, or a value, spaces and a comment. */
const AFTER_KEY = String.raw`(?:${SPACES}(?:${COMMENT}|(${VALUE})(?:${SPACES}(?:${COMMENT})?)?)?)?`;
/**
 * One line: its indentation (1), then a comment; or a dash and the spaces after it (2), then a
 * comment, or a key (3: quoted or plain, as written) with its value (4), or a value (5), each as
 * written. Anything else does not match, and js-yaml reads the text.
 */
const LINE = new RegExp(
  String.raw`( *)(?! )(?:${COMMENT}|(-(?= |\r?\n|$)(?:${SPACES})?)?` +
    String.raw`(?:${COMMENT}|(${DOUBLE}|${SINGLE}|${PLAIN_KEY}):(?= |\r?\n|$)${AFTER_KEY}|` +
    String.raw`(${VALUE})(?:${SPACES}(?:${COMMENT})?)?)?)\r?(?:\n|$)`,
  'y',
);

/** Not simple enough for this reader: js-yaml must read the text. */
class NotSimple extends Error {}

/** Nothing after a key's colon or a dash: the value is the block under it, if any. */
const NOTHING = Symbol('nothing');

/** The text's lines, read. */
interface Lines {
  /** Indentation in spaces; -1 for a line without content (blank or comment). */
  indent: Int32Array;
  /** Column where the key or value starts (after a dash and its spaces). */
  col: Int32Array;
  /** Whether the line starts with a dash. */
  item: Uint8Array;
  key: (string | undefined)[];
  value: unknown[];
  count: number;
}

interface Reader extends Lines {
  /** The next line to read. */
  at: number;
}

/** The value js-yaml's core schema reads from `text`, or undefined when js-yaml must read it. */
export function readSimpleYaml(text: string): unknown {
  if (LEAVE_TO_JS_YAML.test(text)) return undefined;
  try {
    const lines = readLines(text);
    const r: Reader = { ...lines, at: 0 };
    skipEmpty(r);
    if (r.at >= r.count) return undefined; // no content: js-yaml says what that is
    const value = readBlock(r, r.indent[r.at] as number, 0);
    skipEmpty(r);
    return r.at >= r.count ? value : undefined;
  } catch (error) {
    if (error instanceof NotSimple) return undefined;
    throw error;
  }
}

function readLines(text: string): Lines {
  const capacity = text.length / 8 + 16;
  const lines: Lines = {
    indent: new Int32Array(capacity),
    col: new Int32Array(capacity),
    item: new Uint8Array(capacity),
    key: [],
    value: [],
    count: 0,
  };
  // A list repeats a dozen keys: each is read once (and the same string is every paper's key).
  const keys = new Map<string, string>();
  LINE.lastIndex = 0;
  let n = 0;
  for (;;) {
    const start = LINE.lastIndex;
    const m = LINE.exec(text);
    if (m === null || n >= capacity) throw new NotSimple();
    readLine(lines, n++, m, keys);
    if (LINE.lastIndex >= text.length) break;
    if (LINE.lastIndex === start) throw new NotSimple();
  }
  lines.count = n;
  return lines;
}

function readLine(lines: Lines, n: number, m: RegExpExecArray, keys: Map<string, string>): void {
  // Index access, not destructuring: this runs once per line, mostly before the code is optimised.
  const indent = (m[1] as string).length;
  const dash = m[2];
  const written = m[3];
  let key: string | undefined;
  if (written !== undefined) {
    key = keys.get(written);
    if (key === undefined) keys.set(written, (key = keyName(written)));
  }
  const raw = m[4] ?? m[5];
  const value = raw === undefined ? NOTHING : scalarValue(raw);
  lines.key[n] = key;
  lines.value[n] = value;
  if (dash === undefined && key === undefined) {
    // A plain text that is neither a key nor after a dash: a continued scalar, say.
    if (value !== NOTHING) throw new NotSimple();
    lines.indent[n] = -1; // blank or comment
    return;
  }
  lines.indent[n] = indent;
  lines.col[n] = dash === undefined ? indent : indent + dash.length;
  lines.item[n] = dash === undefined ? 0 : 1;
}

/** What a one-line scalar, as written, reads as. */
function scalarValue(raw: string): unknown {
  const c = raw.charCodeAt(0);
  if (c === 0x22) return unescapeDouble(raw.slice(1, -1));
  if (c === 0x27) return unescapeSingle(raw.slice(1, -1));
  if (raw === '[]') return [];
  if (raw === '{}') return {};
  // `a: b` in a value would be a mapping there, which js-yaml refuses: its message is better.
  if (raw.includes(': ') || raw.endsWith(':')) throw new NotSimple();
  return plainScalar(raw);
}

/** The name a key, as written, reads as. */
function keyName(written: string): string {
  const c = written.charCodeAt(0);
  if (c === 0x22) return unescapeDouble(written.slice(1, -1));
  if (c === 0x27) return unescapeSingle(written.slice(1, -1));
  // YAML trims a plain key (`a : b` is "a"): the text would differ from the key. (The line
  // expression already ends a plain key at its first `: ` and before a ` #` comment.)
  if (written.endsWith(' ')) throw new NotSimple();
  const value = plainScalar(written);
  if (typeof value === 'string') return value;
  // Keys that read as something but text (`true:`, `~:`) are left to js-yaml; a year is its text.
  if (typeof value === 'number' && String(value) === written) return written;
  throw new NotSimple();
}

function skipEmpty(r: Reader): void {
  while (r.at < r.count && r.indent[r.at] === -1) r.at++;
}

/** The next content line's indentation, or -1 at the end of the text. */
function nextIndent(r: Reader): number {
  skipEmpty(r);
  return r.at < r.count ? (r.indent[r.at] as number) : -1;
}

/** A block collection whose first line (the current one) is indented by `indent`. */
function readBlock(r: Reader, indent: number, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new NotSimple();
  return r.item[r.at] === 1
    ? readSequence(r, indent, depth)
    : readMapping(r, indent, indent, depth);
}

function readSequence(r: Reader, indent: number, depth: number): unknown[] {
  const items: unknown[] = [];
  while (nextIndent(r) === indent && r.item[r.at] === 1) {
    if (r.key[r.at] !== undefined) {
      items.push(readMapping(r, r.col[r.at] as number, indent, depth + 1));
      continue;
    }
    const value = r.value[r.at];
    r.at++;
    if (value !== NOTHING) {
      items.push(scalarEnds(r, value, indent));
      continue;
    }
    const item = nestedValue(r, indent, false, depth);
    // After an item of nothing js-yaml takes the next dash into this sequence, however little it is
    // indented (`-\n  -\n- x` reads as [[null, "x"]]): such a text is its to read.
    const next = nextIndent(r);
    if (item === null && next >= 0 && next < indent && r.item[r.at] === 1) throw new NotSimple();
    items.push(item);
  }
  if (nextIndent(r) > indent) throw new NotSimple();
  return items;
}

/**
 * A mapping whose keys start at `col`; its first key may sit after a sequence's dash, on a line
 * indented by `lineIndent` (less than `col` then).
 */
function readMapping(
  r: Reader,
  col: number,
  lineIndent: number,
  depth: number,
): Record<string, unknown> {
  if (depth > MAX_DEPTH) throw new NotSimple();
  const map: Record<string, unknown> = {};
  let first = true;
  while (first || (nextIndent(r) === col && r.item[r.at] === 0)) {
    first = false;
    const key = r.key[r.at];
    if (key === undefined || key === '__proto__' || Object.hasOwn(map, key)) throw new NotSimple();
    const value = r.value[r.at];
    r.at++;
    map[key] = value === NOTHING ? nestedValue(r, col, true, depth) : scalarEnds(r, value, col);
  }
  // A line indented more than the mapping's own line, yet not one of its keys: not simple.
  const next = nextIndent(r);
  if (next > lineIndent || (next === col && lineIndent === col)) throw new NotSimple();
  return map;
}

/** The block under a key or a dash with nothing after it: nested, or null when nothing is. */
function nestedValue(r: Reader, parent: number, underKey: boolean, depth: number): unknown {
  const next = nextIndent(r);
  if (next > parent) return readBlock(r, next, depth + 1);
  // A sequence may sit at its key's own indentation.
  if (underKey && next === parent && r.item[r.at] === 1) return readSequence(r, next, depth + 1);
  return null;
}

/** After a one-line scalar nothing may be indented under it (that would continue it). */
function scalarEnds(r: Reader, value: unknown, indent: number): unknown {
  if (nextIndent(r) > indent) throw new NotSimple();
  return value;
}

/** Plain scalars the core schema reads as null or as a boolean. */
const NULLS = new Set(['~', 'null', 'Null', 'NULL']);
const BOOLEANS = new Map([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);
const YEAR = /^[1-9][0-9]{3}$/;

/**
 * What a plain scalar reads as under the core schema, for the plain scalars this reader takes:
 * text not starting like a number, null, booleans, and four-digit integers (a year).
 */
function plainScalar(written: string): unknown {
  if (written === '') return null;
  const c = written.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2e) {
    if (YEAR.test(written)) return Number(written);
    throw new NotSimple(); // other numbers have many spellings: js-yaml reads them
  }
  if (c === 0x7e || c === 0x6e || c === 0x4e) return NULLS.has(written) ? null : written;
  if (c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46) return BOOLEANS.get(written) ?? written;
  return written;
}

const ESCAPES: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '0': '\0',
  a: '\x07',
  v: '\v',
  e: '\x1b',
};

/** A single-quoted scalar's content: `''` is a quote. */
function unescapeSingle(content: string): string {
  return content.includes("''") ? content.replaceAll("''", "'") : content;
}

/** A double-quoted scalar's content with its escapes read. */
function unescapeDouble(content: string): string {
  if (!content.includes('\\')) return content;
  return content.replace(/\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|.)/g, (_, code: string) => {
    const simple = ESCAPES[code];
    if (simple !== undefined) return simple;
    const point = code.length > 1 ? parseInt(code.slice(1), 16) : -1;
    // Other escapes (\N, \_, \L, \P, \U, an escaped space) and surrogate halves: js-yaml reads them.
    if (point < 0 || (point >= 0xd800 && point <= 0xdfff)) throw new NotSimple();
    return String.fromCharCode(point);
  });
}
