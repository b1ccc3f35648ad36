// The ATX headings of a Markdown document in order, outside fenced code blocks, with the text GitHub
// makes their anchors from. GitHub numbers repeated anchors (`#survey`, `#survey-1`) in document
// order, so a table of contents must see every heading of the README, prose ones included.
import GithubSlugger from 'github-slugger';

export interface Heading {
  level: number;
  text: string;
  /** Offset of the heading line in the document. */
  offset: number;
  /** The anchor GitHub gives it (without `#`). */
  slug: string;
}

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** A heading's visible text: Markdown escapes, inline code marks, emphasis and link syntax removed. */
export function headingText(source: string): string {
  return source
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/&#8288;/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/(?<!\\)[*`]/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .trim();
}

/** Every heading of `markdown`, with GitHub's anchors. */
export function readHeadings(markdown: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  let fence: string | undefined;
  let offset = 0;
  for (const line of markdown.split('\n')) {
    const clean = line.replace(/\r$/, '');
    const open = FENCE.exec(clean)?.[1];
    if (fence !== undefined) {
      if (open !== undefined && open[0] === fence[0] && open.length >= fence.length)
        fence = undefined;
    } else if (open !== undefined) {
      fence = open;
    } else {
      const m = ATX.exec(clean);
      if (m?.[1] !== undefined && m[2] !== undefined) {
        const text = headingText(m[2]);
        headings.push({ level: m[1].length, text, offset, slug: slugger.slug(text) });
      }
    }
    offset += line.length + 1;
  }
  return headings;
}
