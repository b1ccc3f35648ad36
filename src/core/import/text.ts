// The visible text of inline markdown. Cells are read as text the way a reader sees them, which is
// exactly what the renderer escapes: `\|` comes back as `|`, `&amp;` as `&`, ligatures untouched.
import type { PhrasingContent } from 'mdast';

/** Inline nodes that carry text the importer cannot keep as plain text. */
export type Unreadable = { node: PhrasingContent; what: string };

export interface InlineText {
  text: string;
  /** Links written as `[text](url)`: their text is kept, their URL is not. */
  links: PhrasingContent[];
  /** HTML and images: dropped, so the caller must report them. */
  unreadable: Unreadable[];
}

/**
 * U+2060 WORD JOINER: the renderer writes it (as `&#8288;`) inside `www.`, `https://` and `a@b.c` so
 * GitHub does not turn them into links. It is invisible and never part of a paper's data.
 */
const WORD_JOINER = /\u2060/g;

/** Concatenates the text of `nodes`, collecting what could not be kept as text. */
export function inlineText(nodes: PhrasingContent[], source: string): InlineText {
  const out: InlineText = { text: '', links: [], unreadable: [] };
  collect(nodes, source, out);
  out.text = out.text.replace(WORD_JOINER, '');
  return out;
}

function collect(nodes: PhrasingContent[], source: string, out: InlineText): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out.text += node.value;
        break;
      case 'break':
        out.text += ' ';
        break;
      case 'link':
        // A bare URL (`https://...`, `<https://...>`, `www.`) is text that GFM happened to link.
        if (!isAutolink(node, source)) out.links.push(node);
        collect(node.children, source, out);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        collect(node.children, source, out);
        break;
      case 'html':
        out.unreadable.push({ node, what: `HTML ${JSON.stringify(node.value)}` });
        break;
      case 'image':
        out.unreadable.push({ node, what: `image ${JSON.stringify(node.alt ?? '')}` });
        break;
      default:
        out.unreadable.push({ node, what: node.type });
    }
  }
}

/** True when a link node was not written with `[...]`, i.e. it is a bare or angle-bracket URL. */
export function isAutolink(node: PhrasingContent, source: string): boolean {
  const offset = node.position?.start.offset;
  return offset !== undefined && source[offset] !== '[';
}
