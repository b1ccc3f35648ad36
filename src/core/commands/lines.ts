// The lines of a comment that may hold a command: lines of a paragraph at the top level of the
// comment, read as GitHub reads it (remark with GFM). A line inside a block quote, a fenced or
// indented code block, a list, a table, HTML or an inline code span is quoted or shown, not said,
// so it never counts: quoting someone's command in a reply must not run it again.
import type { Node, Root } from 'mdast';
import { checkMarkdownBounds, MARKDOWN_BOUNDS } from '../limits/markdown.js';
import { parseWithRemark } from '../markdown/parse.js';

export const PREFIX = '/paperlist';

/** A line that starts with the command prefix: its text (trimmed) and 1-based line number. */
export interface CommandLine {
  text: string;
  line: number;
}

const STARTS = /^[ \t]*\/paperlist(?=\s|$)/i;

/**
 * Lines of `body` (line breaks already `\n`) that start with `/paperlist` and count. A comment past
 * the Markdown bounds (quotes or lists nested past 32 levels, thousands of emphasis markers: no
 * comment a person writes) is not read at all, as remark's time and stack grow with them.
 */
export function commandLines(body: string): CommandLine[] {
  if (!body.toLowerCase().includes(PREFIX)) return [];
  if (checkMarkdownBounds(body, undefined, MARKDOWN_BOUNDS, 'the comment')) return [];
  const starts = lineStarts(body);
  const tree: Root = parseWithRemark(body);
  const found: CommandLine[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || !node.position) continue;
    const opaque = opaqueSpans(node);
    for (let line = node.position.start.line; line <= node.position.end.line; line++) {
      const from = starts[line - 1]!;
      const to = starts[line] === undefined ? body.length : starts[line]! - 1;
      const text = body.slice(from, to);
      const m = STARTS.exec(text);
      if (!m) continue;
      const at = from + m[0].length - PREFIX.length;
      if (opaque.some(([a, b]) => at >= a && at < b)) continue;
      found.push({ text: text.trim(), line });
    }
  }
  return found;
}

/** Offsets covered by inline code and inline HTML (a comment running over lines, say). */
function opaqueSpans(node: Node): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const visit = (n: Node): void => {
    const p = n.position;
    if ((n.type === 'inlineCode' || n.type === 'html') && p) {
      spans.push([p.start.offset ?? 0, p.end.offset ?? 0]);
    }
    for (const c of (n as { children?: Node[] }).children ?? []) visit(c);
  };
  visit(node);
  return spans;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
