// The visible text of inline Markdown, as a reader sees it (a heading's name): `\|` comes back as
// `|`, `&amp;` as `&`, a link as its text; HTML and images show no text of their own.
import type { PhrasingContent } from 'mdast';

/**
 * U+2060 WORD JOINER: the renderer writes it (as `&#8288;`) inside `www.`, `https://` and `a@b.c` so
 * GitHub does not turn them into links. It is invisible and never part of a paper's data.
 */
const WORD_JOINER = /\u2060/g;

export function inlineText(nodes: readonly PhrasingContent[]): string {
  return nodes.map(shown).join('').replace(WORD_JOINER, '');
}

function shown(node: PhrasingContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  return 'children' in node ? inlineText(node.children as PhrasingContent[]) : '';
}
