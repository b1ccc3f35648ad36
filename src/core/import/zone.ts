// Which top-level nodes to read: those between the main-zone markers when the README has them (the
// rest is prose), else the whole document (a list written before any generator existed).
import type { RootContent } from 'mdast';
import type { Problem } from '../problem.js';
import type { MarkerPair } from '../settings/types.js';

export const DEFAULT_MAIN_MARKERS: MarkerPair = {
  start: '<!-- main-start -->',
  end: '<!-- main-end -->',
};

/** The nodes inside the zone, or all of them when neither marker is present. */
export function zoneNodes(
  nodes: RootContent[],
  markers: MarkerPair,
  file: string,
): { nodes: RootContent[]; problems: Problem[] } {
  const start = nodes.findIndex((n) => isMarker(n, markers.start));
  const end = nodes.findIndex((n) => isMarker(n, markers.end));
  if (start === -1 && end === -1) return { nodes, problems: [] };
  if (start !== -1 && end !== -1 && start < end) {
    return { nodes: nodes.slice(start + 1, end), problems: [] };
  }
  // A broken pair: read what can be read and say so, rather than importing nothing.
  const from = start === -1 ? 0 : start + 1;
  const to = end === -1 || end < start ? nodes.length : end;
  const present = start === -1 ? markers.end : markers.start;
  const missing = start === -1 ? markers.start : markers.end;
  const node = nodes[start === -1 ? end : start];
  const problem: Problem = {
    file,
    ...(node?.position
      ? { line: node.position.start.line, column: node.position.start.column }
      : {}),
    message:
      start !== -1 && end !== -1
        ? `marker "${markers.end}" comes before "${markers.start}"; read from the start marker to the end`
        : `marker "${present}" has no matching "${missing}"; read ${start === -1 ? 'up to' : 'from'} it`,
    hint: 'put the start marker above the tables and the end marker below them',
  };
  return { nodes: nodes.slice(from, to), problems: [problem] };
}

/** A marker is an HTML node whose text is the marker, alone on its line (spaces around allowed). */
function isMarker(node: RootContent, marker: string): boolean {
  return node.type === 'html' && node.value.trim() === marker;
}
