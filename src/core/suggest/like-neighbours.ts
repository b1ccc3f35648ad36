// A new entry written as its section's entries are: the template they follow (a neighbour's own
// when most keep their own), the mark they write for a value they lack, and the spacing most of
// them are typed with. Pure: the paper to store, from the list and settings as they are.
import { sectionLayout, shapeOf } from '../render/layouts/zone.js';
import type { Settings } from '../settings/types.js';
import type { Paper, PaperList } from '../types.js';
import { withNeighbourShape } from './neighbour-shape.js';
import { withCommonSpacing, withStandIns } from './stand-ins.js';

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
  const template = shapeOf(shaped) ?? sectionLayout(layout, name).item ?? layout.item;
  return withCommonSpacing(withStandIns(shaped, section.papers, template), section.papers);
}
