// The settings file with another `layout`: the README's structure changed by hand (a new, renamed or
// removed heading, a note between entries), and the layout is what writes it back. Only the
// `layout` key is replaced; the file's other keys and comments stay as they are.
import YAML from 'yaml';
import { canonicalJson } from '../../canonical-json.js';
import { fromLayout, type LayoutSettings } from '../../settings/layout.js';

/** Whether two layouts write the same README. */
export function sameLayout(a: LayoutSettings | undefined, b: LayoutSettings): boolean {
  return a !== undefined && canonicalJson(fromLayout(a)) === canonicalJson(fromLayout(b));
}

/**
 * How the settings are written, as `init` writes them: folded double-quoted text does not read back
 * a line holding only spaces, so each string stays on one line.
 */
const WRITE = {
  lineWidth: 0,
  blockQuote: false,
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
} as const;

/** `text` (a settings file) with `layout` in place of its layout. */
export function withLayout(text: string, layout: LayoutSettings): string {
  const doc = YAML.parseDocument(text);
  if (doc.contents === null) return YAML.stringify({ layout: fromLayout(layout) }, WRITE);
  doc.set('layout', doc.createNode(fromLayout(layout)));
  return doc.toString(WRITE);
}
