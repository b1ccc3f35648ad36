// Points written in one cell (`● First point. <br>● Second point.`): the breaks and bullets are the
// layout, the points are the values. Read as a list whose separator the template writes back
// (`● {{details " <br>● "}}`), so a value holds no markup and a new entry's points look the same.
import { escapeText } from '../../render/layouts/fill.js';
import { templateLiteral } from '../../render/layouts/template.js';

/** A bullet: one or two signs that are not words, markup or quotes, then spaces. */
const BULLET = /^([^\p{L}\p{N}\s<>[\]()*_`!#|\\'"{}]{1,2}[ \t]+)/u;
const BREAK = /[ \t]*<br\s*\/?>[ \t]*/gi;

export interface Points {
  items: string[];
  /** The template text for the field `name`: the first bullet, then the joined items. */
  tag: (name: string) => string;
}

/**
 * `text` read as points: every part between breaks starts with the same bullet, and every break
 * between two points is the same `<br>` (spaces before it may differ). Undefined
 * otherwise, so the text is kept as written.
 */
export function readPoints(text: string): Points | undefined {
  const breaks = [...text.matchAll(BREAK)];
  if (breaks.length === 0) return undefined;
  const parts: string[] = [];
  const seps = new Set<string>();
  const breakAt: string[] = [];
  let at = 0;
  for (const b of breaks) {
    parts.push(text.slice(at, b.index));
    seps.add(b[0]);
    breakAt.push(b[0]);
    at = b.index + b[0].length;
  }
  parts.push(text.slice(at));
  const bullet = BULLET.exec(parts[0]!)?.[1];
  const trimmed = new Set([...seps].map((s) => s.trimStart()));
  if (bullet === undefined || trimmed.size !== 1) return undefined;
  // Breaks written after uneven spaces: the fewest are the layout's, more stay with the point
  // before, as typed.
  const between = [...seps].sort((a, b) => a.length - b.length)[0]!;
  const items: string[] = [];
  for (const [i, part] of parts.entries()) {
    if (!part.startsWith(bullet)) return undefined;
    let item = part.slice(bullet.length);
    if (seps.size > 1 && i < parts.length - 1) item += breakAt[i]!.slice(0, -between.length);
    if (item.trim() === '' || item.trimStart() !== item) return undefined;
    items.push(item);
  }
  const sep = JSON.stringify(between + bullet);
  // Points that write back as themselves are escaped as any value; others (`~40%`, `<tags>`)
  // are kept as written, as a quote's text is.
  const plain = items.every((item) => escapeText(item, 'markdown', 'x') === item);
  return {
    items,
    tag: (name) =>
      `${templateLiteral(bullet)}${plain ? `{{${name} ${sep}}}` : `{{{${name} ${sep}}}}`}`,
  };
}
