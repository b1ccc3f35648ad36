// The Materials cell: `[[PAGE](url)] [[PDF](url)]`, each link becoming a labelled PaperLink.
import type { PhrasingContent } from 'mdast';
import type { Problem } from '../problem.js';
import type { PaperLink } from '../types.js';
import { inlineText, isAutolink } from './text.js';

export interface CellContext {
  file: string;
  /** Data path of the cell, such as `Survey[2].links`. */
  field: string;
  source: string;
}

/** A 1-based line and column in the README. */
export interface Where {
  line: number;
  column: number;
}

/**
 * Reads the links of a Materials cell; anything that is not a labelled link is reported. `where[i]`
 * is where `links[i]` starts, when known.
 */
export function readMaterials(
  nodes: PhrasingContent[],
  ctx: CellContext,
): { links: PaperLink[]; where: (Where | undefined)[]; problems: Problem[] } {
  const links: PaperLink[] = [];
  const where: (Where | undefined)[] = [];
  const problems: Problem[] = [];
  const report = (node: PhrasingContent, message: string, hint: string) =>
    problems.push({ ...at(node, ctx.file), field: ctx.field, message, hint });

  for (const node of nodes) {
    if (node.type === 'text') {
      // The brackets around each link and the spaces between links are layout, not content.
      const rest = node.value.replace(/^[[\]\s]+|[[\]\s]+$/g, '');
      if (rest !== '') {
        report(
          node,
          `"${rest}" is not a link and was not imported`,
          'write each material as [[LABEL](https://...)]',
        );
      }
      continue;
    }
    if (node.type !== 'link') {
      const what = node.type === 'html' ? `HTML ${JSON.stringify(node.value)}` : node.type;
      report(
        node,
        `${what} is not a link and was not imported`,
        'write each material as [[LABEL](https://...)]',
      );
      continue;
    }
    const read = inlineText(node.children, ctx.source);
    const label = read.text.trim();
    if (isAutolink(node, ctx.source) || label === '') {
      report(
        node,
        `link ${JSON.stringify(node.url)} has no label and was not imported`,
        `write it as [[PDF](${node.url})] with the label you want shown`,
      );
      continue;
    }
    const twin = links.find((l) => l.label === label);
    if (twin) {
      report(
        node,
        `a second "${label}" link ${JSON.stringify(node.url)} was not imported`,
        'use each label once per paper; give this link its own label, such as CODE or SLIDES',
      );
      continue;
    }
    links.push({ label, url: node.url });
    const start = node.position?.start;
    where.push(start ? { line: start.line, column: start.column } : undefined);
  }
  return { links, where, problems };
}

/** Location of a node as Problem fields. */
export function at(
  node: { position?: { start: { line: number; column: number } } | undefined },
  file: string,
) {
  const start = node.position?.start;
  return start ? { file, line: start.line, column: start.column } : { file };
}
