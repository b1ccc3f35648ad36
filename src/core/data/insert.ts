// Adds a paper to the data file by inserting text, so the file's diff is exactly the new entry's
// lines and nothing else is re-formatted. Every result is proven by parsing it again: it must equal
// the old data plus the new paper at the end of each chosen section (or at the one place asked
// for, see `insertPaperAt`), or nothing is returned.
import { topLevelKeys } from './top-level.js';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { Problem } from '../problem.js';
import type { Result } from '../result.js';
import type { Paper } from '../types.js';
import { isMapping } from '../yaml/describe.js';

interface Line {
  start: number;
  /** End of the content, before `\r\n` or `\n`. */
  end: number;
  /** Start of the next line (text.length for the last one). */
  next: number;
  text: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

interface Style {
  /** Column of `-`. */
  item: number;
  /** Spaces between `-` and the first key. */
  gap: number;
  /** Indentation step of the keys under `links:`. */
  step: number;
}

/** The lines of text[from, to), with offsets into the whole text. */
function splitLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < to) {
    const nl = text.indexOf('\n', start);
    const next = nl === -1 || nl >= to ? to : nl + 1;
    const eol = nl === -1 || nl >= to ? to : nl;
    const end = eol > start && text[eol - 1] === '\r' ? eol - 1 : eol;
    lines.push({ start, end, next, text: text.slice(start, end) });
    start = next;
  }
  return lines;
}

const indentOf = (s: string): number => s.length - s.trimStart().length;
const isBlank = (s: string): boolean => s.trim() === '';
const isComment = (s: string): boolean => s.trimStart().startsWith('#');
const isContent = (s: string): boolean => !isBlank(s) && !isComment(s);
const isItem = (s: string): boolean => /^-(\s|$)/.test(s.trimStart());

/** JSON text made valid YAML: YAML also wants DEL, C1 controls and a few others escaped. */
const yamlSafe = (json: string): string =>
  json.replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** A double-quoted scalar: JSON strings are valid YAML, so any text survives a round trip. */
const quote = (value: string): string => yamlSafe(JSON.stringify(value));

const key = (k: string): string => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : quote(k));

/** Extra fields keep their type: JSON is YAML's flow style. */
const scalar = (value: unknown): string => yamlSafe(JSON.stringify(value) ?? 'null');

/** The paper as the data file holds it: links as an ordered label -> URL mapping. */
function rawPaper(p: Paper): Record<string, unknown> {
  const raw: Record<string, unknown> = { title: p.title };
  if (p.abbr !== undefined) raw.abbr = p.abbr;
  if (p.venue !== undefined) raw.venue = p.venue;
  if (p.year !== undefined) raw.year = p.year;
  if (p.links.length > 0) raw.links = Object.fromEntries(p.links.map((l) => [l.label, l.url]));
  for (const [k, v] of Object.entries(p.extra)) if (v !== undefined) raw[k] = v;
  return raw;
}

function entryLines(p: Paper, style: Style): string[] {
  const pad = ' '.repeat(style.item + 1 + style.gap);
  const sub = pad + ' '.repeat(style.step);
  const lines = [`${' '.repeat(style.item)}-${' '.repeat(style.gap)}title: ${quote(p.title)}`];
  if (p.abbr !== undefined) lines.push(`${pad}abbr: ${quote(p.abbr)}`);
  if (p.venue !== undefined) lines.push(`${pad}venue: ${quote(p.venue)}`);
  if (p.year !== undefined) lines.push(`${pad}year: ${quote(p.year)}`);
  if (p.links.length > 0) {
    lines.push(`${pad}links:`);
    for (const l of p.links) lines.push(`${sub}${key(l.label)}: ${quote(l.url)}`);
  }
  for (const [k, v] of Object.entries(p.extra)) {
    if (v === undefined) continue;
    // A list of plain values is written as init writes it (one `- ` line each), as a person would.
    if (Array.isArray(v) && v.length > 0 && v.every((x) => x === null || typeof x !== 'object')) {
      lines.push(`${pad}${key(k)}:`, ...v.map((x) => `${sub}- ${scalar(x)}`));
    } else lines.push(`${pad}${key(k)}: ${scalar(v)}`);
  }
  return lines;
}

/** The style of the block list whose first item is at line `first`, within lines [first, end). */
function styleOf(lines: Line[], first: number, end: number): Style {
  const line = lines[first]?.text ?? '';
  const item = indentOf(line);
  const afterDash = line.slice(item + 1);
  const gap = isBlank(afterDash) ? 1 : indentOf(afterDash);
  let step = 2;
  for (let i = first; i < end; i++) {
    if (!/^\s*(?:-\s+)?links\s*:\s*(?:#.*)?$/.test(lines[i]?.text ?? '')) continue;
    const col = (lines[i]?.text ?? '').indexOf('links');
    const below = lines.slice(i + 1, end).find((l) => isContent(l.text));
    if (below && indentOf(below.text) > col) step = indentOf(below.text) - col;
    break;
  }
  return { item, gap, step };
}

/** For an empty list: the offset of `-` from `list:` used elsewhere in the file, else 2. */
function fileItemOffset(text: string): number {
  const m = /^( +)list[ \t]*:[ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*( *)-[ \t\r\n]/m.exec(text);
  const offset = m ? (m[2] ?? '').length - (m[1] ?? '').length : -1;
  return offset >= 0 ? offset : 2;
}

type Plan = { edits: Edit[] } | { problem: Problem };

const lineNumber = (text: string, offset: number): number =>
  text.slice(0, offset).split('\n').length;

/** The section's `list:` line among its child keys (indented `childIndent`), with its match. */
function findListKey(
  lines: Line[],
  childIndent: number,
): { at: number; match: RegExpExecArray } | undefined {
  for (let i = 0; i < lines.length && childIndent > 0; i++) {
    const t = lines[i]?.text ?? '';
    const match = /^(\s*)(?:list|"list"|'list')\s*:(.*)$/.exec(t);
    if (match && indentOf(t) === childIndent) return { at: i, match };
  }
  return undefined;
}

/** An edit inserting `entry`'s lines after line `l`, with the file's own line breaks. */
function insertAfter(text: string, l: Line, entry: string[]): Edit {
  const eol = text.slice(l.end, l.next) || (text.includes('\r\n') ? '\r\n' : '\n');
  // The last line of a file without a final line break gets one before the entry, not after.
  const added = l.next === l.end ? eol + entry.join(eol) : entry.map((e) => e + eol).join('');
  return { start: l.next, end: l.next, text: added };
}

/**
 * The block list after the `list:` line at `listAt`: its first item line (-1 when it has none) and
 * its last line. The list runs from its first `- ` line while lines are indented deeper than its
 * items, or are further items. A comment indented deeper than the items belongs to the last entry;
 * blank lines and comments at the items' level or less after the last entry stay after the new one.
 */
function listExtent(
  lines: Line[],
  listAt: number,
  childIndent: number,
): { first: number; last: number } {
  let first = -1;
  let last = listAt;
  for (let i = listAt + 1; i < lines.length; i++) {
    const t = lines[i]?.text ?? '';
    if (isBlank(t)) continue;
    const ind = indentOf(t);
    if (first === -1) {
      if (isComment(t)) continue;
      if (!isItem(t) || ind < childIndent) break;
      first = i;
    } else {
      const itemIndent = indentOf(lines[first]?.text ?? '');
      if (isComment(t) && ind <= itemIndent) continue;
      if (ind < itemIndent || (ind === itemIndent && !isItem(t))) break;
    }
    last = i;
  }
  return { first, last };
}

/** The edits that add `paper` to the section whose value spans `lines` (the lines after its key). */
function planSection(
  text: string,
  lines: Line[],
  keyStart: number,
  target: Target,
  paper: Paper,
  file: string,
): Plan {
  const section = target.section;
  const where = (offset: number, message: string, hint: string): Plan => ({
    problem: { file, line: lineNumber(text, offset), column: 1, field: section, message, hint },
  });
  const childIndent = indentOf(lines.find((l) => isContent(l.text))?.text ?? '');
  const list = findListKey(lines, childIndent);
  const listLine = list && lines[list.at];
  if (list === undefined || listLine === undefined) {
    return where(
      keyStart,
      `the section "${section}" has no \`list:\` to add the paper to`,
      'give the section a `list:` key on its own line, indented under the section name',
    );
  }
  const rest = list.match[2] ?? '';
  const value = rest.replace(/\s+#.*$/, '').trim();
  const newListStyle = (): Style => ({ item: childIndent + fileItemOffset(text), gap: 1, step: 2 });

  if (value !== '') {
    if (!/^(?:\[\s*\]|null|~)$/.test(value)) {
      return where(
        listLine.start,
        `the list of "${section}" is written inline (flow style), so the paper cannot be added to it`,
        'write the list as one `- title: ...` entry per line, like the other sections',
      );
    }
    // `list: []` becomes a block list holding the new entry; a comment on the line stays.
    const comment = /\s(#.*)$/.exec(rest)?.[1];
    const head = `${list.match[1] ?? ''}list:${comment !== undefined ? ` ${comment}` : ''}`;
    return {
      edits: [
        { start: listLine.start, end: listLine.end, text: head },
        insertAfter(text, listLine, entryLines(paper, newListStyle())),
      ],
    };
  }

  const { first, last } = listExtent(lines, list.at, childIndent);
  const style = first === -1 ? newListStyle() : styleOf(lines, first, last + 1);
  const entry = entryLines(paper, style);
  const items = first === -1 ? [] : itemStarts(lines, first, last);
  if (target.at !== undefined && target.at > items.length) {
    return where(
      listLine.start,
      `the list of "${section}" has ${items.length} ${items.length === 1 ? 'entry' : 'entries'}, so the paper cannot go at place ${target.at + 1}`,
      'please report the data file that caused this; nothing was changed',
    );
  }
  if (target.at === undefined || target.at === items.length) {
    return { edits: [insertAfter(text, lines[last] as Line, entry)] };
  }
  return { edits: [insertBetween(text, lines, items, target.at, entry)] };
}

/** The line indexes of the items of the block list running over lines [first, last]. */
function itemStarts(lines: Line[], first: number, last: number): number[] {
  const itemIndent = indentOf(lines[first]?.text ?? '');
  const out: number[] = [];
  for (let i = first; i <= last; i++) {
    const t = lines[i]?.text ?? '';
    if (indentOf(t) === itemIndent && isItem(t)) out.push(i);
  }
  return out;
}

/** The last line of item `k` of a list (not its last): its deepest-indented line before item k+1. */
function entryEnd(lines: Line[], items: number[], k: number): number {
  const start = items[k] as number;
  const itemIndent = indentOf(lines[start]?.text ?? '');
  let end = start;
  for (let i = start + 1; i < (items[k + 1] as number); i++) {
    const t = lines[i]?.text ?? '';
    if (!isBlank(t) && indentOf(t) > itemIndent) end = i;
  }
  return end;
}

/**
 * An edit putting `entry` before the item `items[at]` of a list, right after the entry before it
 * (comments at the items' level belong to the entry after them, as in `listExtent`). When only
 * blank lines part two entries, the new one is parted from the next the same way, so a list
 * written with blank lines between its entries keeps them.
 */
function insertBetween(
  text: string,
  lines: Line[],
  items: number[],
  at: number,
  entry: string[],
): Edit {
  const next = lines[items[at] as number] as Line;
  const eol = text.slice(next.end, next.next) || (text.includes('\r\n') ? '\r\n' : '\n');
  const lead = entry.map((e) => e + eol).join('');
  /** The text between item k and item k+1 when it is only blank lines. */
  const blankGap = (k: number): string | undefined => {
    const end = entryEnd(lines, items, k);
    const after = items[k + 1] as number;
    if (!lines.slice(end + 1, after).every((l) => isBlank(l.text))) return undefined;
    return text.slice((lines[end] as Line).next, (lines[after] as Line).start);
  };
  const before = (gap: string): Edit => ({ start: next.start, end: next.start, text: lead + gap });
  if (at === 0) return before(items.length > 1 ? (blankGap(0) ?? '') : '');
  const gap = blankGap(at - 1);
  if (gap !== undefined) return before(gap);
  return insertAfter(text, lines[entryEnd(lines, items, at - 1)] as Line, entry);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => sameValue(ra[k], rb[k]));
}

const sameKeys = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * Whether `after` is `before` with `paper` in the list of each section of `sections`: at the place
 * the section asks for, else appended.
 */
function isBeforePlusPaper(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  sections: ReadonlyMap<string, number | undefined>,
  paper: Record<string, unknown>,
): boolean {
  if (!sameKeys(Object.keys(before), Object.keys(after))) return false;
  return Object.keys(before).every((k) => {
    if (!sections.has(k)) return sameValue(before[k], after[k]);
    const b = before[k];
    if (!isMapping(b)) return false;
    const list = b.list ?? [];
    if (!Array.isArray(list)) return false;
    const at = sections.get(k) ?? list.length;
    return sameValue({ ...b, list: [...list.slice(0, at), paper, ...list.slice(at)] }, after[k]);
  });
}

type Parsed = { value: unknown } | { problem: Problem };

function parse(text: string, file: string): Parsed {
  try {
    return { value: load(text, { schema: CORE_SCHEMA, filename: file }) };
  } catch (e) {
    const mark = (e as { mark?: { line: number; column: number } }).mark;
    const reason = (e as { reason?: string }).reason ?? String(e);
    return {
      problem: {
        file,
        ...(mark ? { line: mark.line + 1, column: mark.column + 1 } : {}),
        message: `the data file is not valid YAML: ${reason}`,
        hint: 'fix the data file first; nothing was added',
      },
    };
  }
}

/** An anchor (`&name`) lets other sections share a node, so a change could show up elsewhere. */
const ANCHOR = /(?:^|[\s[{,])&\S/m;

interface Region {
  name: string;
  /** The place the paper goes in the section's list; undefined: at its end. */
  at: number | undefined;
  /** The old text of the section: its key line up to the next top-level key. */
  text: string;
}

/**
 * Proves `after` is `before` plus the paper in each section of `regions`. Fast path: the new file is
 * parsed whole and its top-level keys are the scanned ones, so the untouched bytes between the
 * sections parse as before; only the changed sections' old text is parsed, alone. Files where that
 * argument does not hold (anchors in a changed section, odd keys) get a whole parse of both.
 */
function prove(
  before: string,
  after: string,
  keys: string[],
  regions: Region[],
  paper: Record<string, unknown>,
  file: string,
): Problem | undefined {
  const failed: Problem = {
    file,
    message:
      'adding the paper by text would not give the old data plus the new entry, so nothing was changed',
    hint: 'add the entry by hand, and please report the data file that caused this',
  };
  const sections = new Map(regions.map((r) => [r.name, r.at]));
  const next = parse(after, file);
  if ('problem' in next) {
    const old = parse(before, file);
    return 'problem' in old ? old.problem : failed;
  }
  if (!isMapping(next.value)) return failed;
  if (sameKeys(Object.keys(next.value), keys) && regions.every((r) => !ANCHOR.test(r.text))) {
    const oldPart: Record<string, unknown> = {};
    const newPart: Record<string, unknown> = {};
    const fast = regions.every((r) => {
      const old = parse(r.text, file);
      if (
        !('value' in old) ||
        !isMapping(old.value) ||
        !sameKeys(Object.keys(old.value), [r.name])
      ) {
        return false;
      }
      oldPart[r.name] = old.value[r.name];
      newPart[r.name] = (next.value as Record<string, unknown>)[r.name];
      return true;
    });
    if (fast) return isBeforePlusPaper(oldPart, newPart, sections, paper) ? undefined : failed;
  }
  const old = parse(before, file);
  if ('problem' in old) return old.problem;
  if (!isMapping(old.value)) return failed;
  return isBeforePlusPaper(old.value, next.value, sections, paper) ? undefined : failed;
}

/** A section to add the paper to, and where in its list (undefined: at its end). */
interface Target {
  section: string;
  at: number | undefined;
}

/**
 * Adds `paper` at the end of the list of each of `sections` (names as in the data file), in the
 * indentation style of that list. Fails, rather than returning a wrong file, when the result does
 * not parse to the old data plus the paper.
 */
export function insertPaper(
  dataText: string,
  sections: string[],
  paper: Paper,
  file: string,
): Result<string> {
  const targets = [...new Set(sections)].map((section) => ({ section, at: undefined }));
  return insertInto(dataText, targets, paper, file);
}

/**
 * Adds `paper` to the list of `section` so that it becomes its entry at 0-based place `at` (the
 * list's length puts it at the end), after the entry before it and before the comments that
 * precede the entry after it. Proven like `insertPaper`.
 */
export function insertPaperAt(
  dataText: string,
  section: string,
  paper: Paper,
  at: number,
  file: string,
): Result<string> {
  return insertInto(dataText, [{ section, at }], paper, file);
}

function insertInto(
  dataText: string,
  targets: readonly Target[],
  paper: Paper,
  file: string,
): Result<string> {
  const tops = topLevelKeys(dataText);
  const edits: Edit[] = [];
  const regions: Region[] = [];
  const problems: Problem[] = [];
  for (const target of targets) {
    const { section } = target;
    const at = tops.findIndex((t) => t.name === section);
    const top = tops[at];
    if (top === undefined) {
      problems.push({
        file,
        field: section,
        message: `the section "${section}" is not in the data file`,
        hint: `use one of: ${tops.map((t) => t.name).join(', ')}`,
      });
      continue;
    }
    const end = tops[at + 1]?.start ?? dataText.length;
    const valueStart = splitLines(dataText, top.start, end)[0]?.next ?? end;
    const lines = splitLines(dataText, valueStart, end);
    const plan = planSection(dataText, lines, top.start, target, paper, file);
    if ('problem' in plan) problems.push(plan.problem);
    else edits.push(...plan.edits);
    regions.push({ name: section, at: target.at, text: dataText.slice(top.start, end) });
  }
  if (problems.length > 0) return { ok: false, problems };

  let out = dataText;
  for (const e of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  const unproven = prove(
    dataText,
    out,
    tops.map((t) => t.name),
    regions,
    rawPaper(paper),
    file,
  );
  return unproven ? { ok: false, problems: [unproven] } : { ok: true, value: out };
}
