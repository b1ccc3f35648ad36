// The README as the importers read it: refused past a bound before anything parses it
// (../../limits/markdown.ts), else parsed once (../../markdown/parse.ts), with the emphasis markers that
// the general parser (remark) reads held to their own bound, since its cost grows with them.
import type { Root } from 'mdast';
import { BOUNDS } from '../../limits/bounds.js';
import { checkMarkdownBounds, MARKDOWN_BOUNDS } from '../../limits/markdown.js';
import { grouped, refusal } from '../../limits/refusal.js';
import { parseMarkdownWithin } from '../../markdown/parse.js';
import type { Problem } from '../../problem.js';

export function parseReadme(
  markdown: string,
  file: string,
): { tree: Root; refused?: undefined } | { tree?: undefined; refused: Problem } {
  const refused = checkMarkdownBounds(markdown, file, MARKDOWN_BOUNDS, 'the README');
  if (refused) return { refused };
  const bound = BOUNDS.inlineMarkers;
  const read = parseMarkdownWithin(markdown, bound.max);
  if ('type' in read) return { tree: read };
  const found = `the text besides headings, table rows and one-line list items has ${grouped(read.markers)} emphasis markers (*, _ or ~), counting the part that starts here`;
  return { refused: refusal({ file, line: read.line, found, bound }) };
}
