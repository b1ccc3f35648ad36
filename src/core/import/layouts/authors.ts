// Authors as a list of names. The reader takes an entry's authors as the text written; here the
// names are split at their separators (commas, "and", "&", ";"), the separators the list uses most
// are learned (between names, before the last, between two), and the `{{authors}}` tags of the
// layout become `{{authors ", " ", and " " and "}}`. An entry keeps its text when the names joined
// that way would not give it back, so nothing is lost (a text is written as it is).
import { joinedTag, joinItems, type Join } from '../../render/layouts/template.js';
import { entryTemplate, SHAPE_FIELD } from '../../render/layouts/zone.js';
import type { LayoutSettings } from '../../settings/layout.js';
import type { Section } from '../../types.js';

const SEPARATOR = /(,\s+(?:and|&)\s+|\s+(?:and|&)\s+|;\s+|,\s+)/;

/** Initials alone (`J.`, `A. B.`): half of a "Surname, J." name, never a whole one. */
const INITIALS = /^(?:\p{Lu}\.\s*)+$/u;

/** The names of `text` and the separators between them; undefined when a part is no name. */
export function splitNames(text: string): { names: string[]; seps: string[] } | undefined {
  const parts = text.split(SEPARATOR);
  const names = parts.filter((_, i) => i % 2 === 0);
  const seps = parts.filter((_, i) => i % 2 === 1);
  // "et al." is a list's last item of its own; written inside a name, the text is kept as it is.
  const bad = (n: string) =>
    n.trim() !== n || n === '' || INITIALS.test(n) || /\S\s+et al\b/.test(n);
  if (names.some(bad)) return undefined;
  return { names, seps };
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, c] of counts) if (best === undefined || c > counts.get(best)!) best = v;
  return best;
}

/** The separators most entries use; undefined when no entry names two people. */
export function learnJoin(texts: readonly string[]): Join | undefined {
  // An entry whose names are not all separated alike (`Smith, J. and Doe, A.`) says nothing.
  const splits = texts
    .map(splitNames)
    .filter((s): s is NonNullable<typeof s> => s !== undefined)
    .filter((s) => new Set(s.seps.slice(0, -1)).size <= 1);
  const seps = splits.flatMap((s) => (s.seps.length > 1 ? s.seps.slice(0, -1) : []));
  const lasts = splits.flatMap((s) => (s.seps.length > 1 ? s.seps.slice(-1) : []));
  const twos = splits.flatMap((s) => (s.seps.length === 1 ? s.seps : []));
  const sep = mostCommon(seps) ?? mostCommon(twos);
  if (sep === undefined) return undefined;
  const last = mostCommon(lasts) ?? sep;
  return { sep, last, two: mostCommon(twos) ?? last };
}

/** The names of `text` when joining them with `join` gives it back. */
export function joinedNames(text: string, join: Join): string[] | undefined {
  const names = splitNames(text)?.names;
  return names && joinItems(names, join) === text ? names : undefined;
}

/** `{{authors}}` written plainly: not the raw `{{{authors}}}`, which writes the text as it is. */
const PLAIN_TAG = /(?<!\{)\{\{authors\}\}(?!\})/g;
const plainTag = (template: string) => template.search(PLAIN_TAG) >= 0;

/** Gives `sections`' authors as lists and `layout`'s templates the separators (in place). */
export function authorLists(sections: readonly Section[], layout: LayoutSettings): void {
  const texts = sections.flatMap((s) =>
    s.papers.flatMap((p) => (typeof p.extra.authors === 'string' ? [p.extra.authors] : [])),
  );
  const join = learnJoin(texts);
  if (!join) return;
  // Lists read already are written joined with ", ": the separators must write them alike.
  const lists = sections.flatMap((s) => s.papers.map((p) => p.extra.authors));
  if (lists.some((v) => Array.isArray(v) && joinItems(v.map(String), join) !== v.join(', ')))
    return;
  const tag = joinedTag('authors', join);
  let changed = false;
  for (const section of sections) {
    const own = Object.hasOwn(layout.sections, section.name)
      ? layout.sections[section.name]
      : undefined;
    for (const paper of section.papers) {
      const text = paper.extra.authors;
      const shape = paper.extra[SHAPE_FIELD];
      // Only where the entry's template writes the field plainly (never raw or with a default).
      const template = entryTemplate(paper, own?.item ?? layout.item, own?.styles);
      const names = typeof text === 'string' ? joinedNames(text, join) : undefined;
      if (!names || !plainTag(template)) continue;
      paper.extra.authors = names;
      changed = true;
      if (typeof shape === 'string')
        paper.extra[SHAPE_FIELD] = shape.replaceAll(PLAIN_TAG, () => tag);
    }
  }
  if (!changed) return;
  layout.item = layout.item.replaceAll(PLAIN_TAG, () => tag);
  for (const own of Object.values(layout.sections)) {
    if (own.item !== undefined) own.item = own.item.replaceAll(PLAIN_TAG, () => tag);
    if (own.styles) own.styles = own.styles.map((t) => t.replaceAll(PLAIN_TAG, () => tag));
  }
}
