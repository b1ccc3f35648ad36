// Why a YAML text's structure breaks at a line, in the words of someone who edits a list by hand:
// which line is indented more or less than the lines it belongs with, and at which column it should
// start. The `yaml` parser says "unexpected scalar token" or "sequence item without - indicator";
// those are true, but the fix is almost always to move one line or to restore a deleted key line.

/** The shape of one line: where its text starts, and where its key starts after any `- `. */
interface LineShape {
  /** 1-based line number. */
  line: number;
  /** Spaces before the text. */
  indent: number;
  /** Column (0-based) where the key or value starts, after the indentation and any `- ` marks. */
  content: number;
  /** The key the line starts with (`title` of `- title: x`), when it has one. */
  key?: string;
  /** The line starts a list item (`- `). */
  item: boolean;
  /** The line ends with a key's colon: what follows is indented under it. */
  opensBlock: boolean;
}

/** What the file expects at its top level, for hints: `a section starts with "Name:" at column 1`. */
export interface StructureContext {
  topLevel: string;
}

export interface StructureNote {
  line: number;
  column: number;
  message: string;
  hint: string;
}

function shapeOf(text: string, line: number): LineShape | undefined {
  const body = text.replace(/\r$/u, '');
  const indent = body.length - body.trimStart().length;
  const rest = body.slice(indent);
  if (rest === '' || rest.startsWith('#')) return undefined;
  const item = /^-(\s|$)/u.test(rest);
  const dashes = /^(?:-[ ]+)*/u.exec(rest)?.[0].length ?? 0;
  const after = rest.slice(dashes);
  const key = /^([^\s:#"'][^:#]*?|"[^"]*"|'[^']*'):(\s|$)/u.exec(after)?.[1];
  const opensBlock = /:\s*(?:#.*)?$/u.test(after) || /[|>][-+0-9]*\s*(?:#.*)?$/u.test(after);
  return { line, indent, content: indent + dashes, item, opensBlock, ...(key ? { key } : {}) };
}

/** The content lines (no blank or comment line) of a text, 1-based. */
function contentLines(text: string): LineShape[] {
  const out: LineShape[] = [];
  text.split('\n').forEach((t, i) => {
    const shape = shapeOf(t, i + 1);
    if (shape) out.push(shape);
  });
  return out;
}

/** `title:` on line 4, or line 4, as a hint names the line to line up with. */
const named = (s: LineShape): string =>
  s.key ? `"${s.key}:" on line ${s.line}` : `line ${s.line}`;

/**
 * The lines that enclose `at` (each indented less than all those after it), nearest first: where a
 * line that ends the block of `at` could start.
 */
function enclosing(lines: LineShape[], at: number): LineShape[] {
  const out: LineShape[] = [];
  let min = Infinity;
  for (let i = at - 1; i >= 0; i--) {
    const s = lines[i] as LineShape;
    if (s.indent < min) {
      min = s.indent;
      out.push(s);
    }
  }
  return out;
}

/**
 * Whether a line may start at its column after the lines before it: where an enclosing line starts
 * (a list item only where an enclosing item starts), or under a key that opens a block.
 */
function fits(lines: LineShape[], index: number): boolean {
  const here = lines[index] as LineShape;
  const before = lines[index - 1];
  if (before?.opensBlock && here.indent >= before.indent) return true;
  return enclosing(lines, index).some((s) =>
    here.item
      ? s.item && s.indent === here.indent
      : s.indent === here.indent || s.content === here.indent,
  );
}

/**
 * A note when the line at `line` (1-based) is out of step with the lines around it, else undefined:
 * the file starts indented, or the line is indented more than a line that already has its value, or
 * it starts at a column where no block above it starts.
 */
export function indentationNote(
  text: string,
  line: number,
  ctx: StructureContext,
): StructureNote | undefined {
  const lines = contentLines(text);
  const first = lines[0];
  const index = lines.findIndex((s) => s.line >= line);
  const here = lines[index];
  if (!first || !here) return undefined;
  if (first.indent > 0 && here.indent < first.indent) {
    return {
      line: first.line,
      column: first.indent + 1,
      message: `the file starts indented, at column ${first.indent + 1}, with no name above it; line ${here.line}, at column ${here.indent + 1}, cannot follow that`,
      hint: `${ctx.topLevel}: the line naming what starts here may be missing`,
    };
  }
  const before = lines[index - 1];
  if (!before) return undefined;
  // A line the parser still took, but out of step with its block: the next line is where it shows.
  const earlier = lessIndented(lines, index - 1, ctx);
  if (earlier) return earlier;
  if (here.content > before.content && !before.opensBlock) {
    return {
      line: here.line,
      column: here.content + 1,
      message: `this line is indented more than ${named(before)}, which already has its value`,
      hint: here.item
        ? `a list goes under a key that ends with ":", such as "list:"; that line may be missing above line ${here.line}`
        : `start it at column ${before.content + 1}, as ${named(before)} does`,
    };
  }
  return lessIndented(lines, index, ctx);
}

/** A note when line `index` starts left of the line before it, at a column where no block above starts. */
function lessIndented(
  lines: LineShape[],
  index: number,
  ctx: StructureContext,
): StructureNote | undefined {
  const here = lines[index];
  const before = lines[index - 1];
  if (!here || !before || fits(lines, index)) return undefined;
  if (here.content >= before.content && here.indent >= before.indent) return undefined;
  const at = { line: here.line, column: here.indent + 1 };
  if (here.opensBlock && !here.item && here.indent < 2) {
    return {
      ...at,
      message: `this line starts at column ${here.indent + 1}, where no part of the file starts`,
      hint: `${ctx.topLevel}: start it at column 1`,
    };
  }
  if (before.opensBlock) {
    return {
      ...at,
      message: `this line starts left of ${named(before)}, which it belongs under`,
      hint: `start it at column ${before.indent + 3}, indented under ${named(before)}`,
    };
  }
  const { line: target, column } = lineUpWith(lines, index);
  const name = here.item && target.item ? namedItem(target) : named(target);
  return {
    ...at,
    message: `this line is indented less than the lines of its ${before.item || here.item ? 'list' : 'entry'} (column ${startOf(here) + 1}, where ${name} starts at column ${column + 1})`,
    hint: `start it at column ${column + 1}, as ${name} does`,
  };
}

/** Where a line is compared: a list item's `-`, else its key. */
const startOf = (s: LineShape): number => (s.item ? s.indent : s.content);

/** `"- title:" on line 4`: a list item as a hint names it. */
const namedItem = (s: LineShape): string =>
  s.key ? `"- ${s.key}:" on line ${s.line}` : `the item on line ${s.line}`;

/**
 * The enclosing line a line out of step most likely belongs with: of those it could line up with (an
 * item's `-` for an item, a key's column for a key), the one starting nearest its column, the more
 * indented on a tie; the line before it when there is none. A list item moved left is named with the
 * item above it, not with the last field of that item.
 */
function lineUpWith(lines: LineShape[], index: number): { line: LineShape; column: number } {
  const here = lines[index] as LineShape;
  const before = lines[index - 1] as LineShape;
  let best: { line: LineShape; column: number } | undefined;
  for (const s of enclosing(lines, index)) {
    if (here.item && !s.item) continue;
    const column = here.item ? s.indent : s.content;
    const distance = Math.abs(column - startOf(here));
    const bestDistance = best ? Math.abs(best.column - startOf(here)) : Infinity;
    if (distance < bestDistance || (distance === bestDistance && best && column > best.column)) {
      best = { line: s, column };
    }
  }
  return best ?? { line: before, column: before.content };
}

/**
 * For an error the parser puts on a line that is no further out of step than the lines around it
 * (all mapping items must start at the same column): the line it should line up with.
 */
export function alignmentNote(text: string, line: number): StructureNote | undefined {
  const lines = contentLines(text);
  const index = lines.findIndex((s) => s.line >= line);
  const here = lines[index];
  const before = lines[index - 1];
  if (!here || !before || before.opensBlock || here.content === before.content) return undefined;
  return {
    line: here.line,
    column: here.content + 1,
    message: `this line does not line up with ${named(before)}`,
    hint: `start it at column ${before.content + 1}, as ${named(before)} does`,
  };
}
