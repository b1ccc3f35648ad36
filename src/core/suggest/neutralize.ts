// Text copied from an issue into a comment or pull request must not notify anyone or link other
// issues: `@name` would ping a person or team, `#12` or `GH-12` would cross-reference an issue.
import { escapeCell } from '../render/escape.js';

/** U+2060 WORD JOINER: invisible, but GitHub no longer sees a mention or an issue reference. */
const JOINER = '\u2060';

// `&#8288;` and the like (character references written by the cell escaping) are no references.
const REFERENCE = /@(?=[A-Za-z0-9])|(?<!&)#(?=\d)|&#(?!\d+;)(?=\d)|\bGH-(?=\d)/gi;

function neutralizeText(text: string): string {
  return text.replace(REFERENCE, (m) =>
    /^gh-$/i.test(m) ? m.slice(0, 2) + JOINER + '-' : m + JOINER,
  );
}

/**
 * Breaks `@mentions` and `#123` / `GH-123` references in generated Markdown (such as a rendered
 * row), leaving link destinations (`](...)`) intact so the links still work.
 */
export function neutralizeReferences(markdown: string): string {
  const destination = /(?<!\\)\]\([^)\s]*\)/g;
  let out = '';
  let at = 0;
  for (const m of markdown.matchAll(destination)) {
    out += neutralizeText(markdown.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + neutralizeText(markdown.slice(at));
}

/** Untrusted text for a line of Markdown: no formatting, HTML, links, mentions or references. */
export function safeInline(text: string): string {
  return neutralizeText(escapeCell(text));
}
