// A new entry written as its section's entries are: the template they follow (a neighbour's own
// when most keep their own), the mark they write for a value they lack, and the spacing most of
// them are typed with. Pure: the paper to store, from the list and settings as they are.
import { entryTemplate, sectionLayout } from '../render/layouts/zone.js';
import type { Settings } from '../settings/types.js';
import type { Paper, PaperList } from '../types.js';
import { withNeighbourShape } from './neighbour-shape.js';
import { alwaysShown, withCommonSpacing, withStandIns } from './stand-ins.js';
import { parseTemplate } from '../render/layouts/template.js';
import { fieldText } from '../render/field.js';

/** `paper` as the entries of the first of `sections` would write it (lists in their own layout). */
export function likeNeighbours(
  paper: Paper,
  list: PaperList,
  settings: Settings,
  sections: readonly string[],
): Paper {
  const layout = settings.layout;
  const name = sections[0];
  const section = list.sections.find((s) => s.name === name);
  if (!layout || name === undefined || !section || section.papers.length === 0) return paper;
  const shaped = withNeighbourShape(paper, section.papers);
  const own = sectionLayout(layout, name);
  const template = entryTemplate(shaped, own.item ?? layout.item, own.styles);
  const filled = withKindsFilled(shaped, template);
  return withCommonSpacing(withStandIns(filled, section.papers, template), section.papers);
}

/**
 * The form asks once per kind of value (`note`), while a template may write the kind again in a
 * numbered field (`note-2`, the same number in a badge's text): each numbered field the template
 * always writes and the paper lacks gets the value of its kind.
 */
function withKindsFilled(paper: Paper, template: string): Paper {
  const shown = new Set<string>();
  try {
    alwaysShown(parseTemplate(template), new Set(), shown);
  } catch {
    return paper;
  }
  const extra = { ...paper.extra };
  let changed = false;
  for (const field of shown) {
    const kind = /^(.+)-\d+$/.exec(field)?.[1];
    if (kind === undefined || Object.hasOwn(extra, field)) continue;
    const value = fieldText(paper, kind);
    if (value === undefined || value === '' || !Object.hasOwn(paper.extra, kind)) continue;
    extra[field] = paper.extra[kind];
    changed = true;
  }
  return changed ? { ...paper, extra } : paper;
}
