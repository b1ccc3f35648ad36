// Entries' own templates (`shape`) for another layout than the one they were read with (the list's
// own, or the built-in tables): an entry keeps its template only when the layout's template for its
// section does not write it the same. The importer's templates are relative to the layout it
// learned; without this, entries the list's layout writes as they are would each keep a `shape`.
import { fillTemplate } from './fill.js';
import { escapeOf, sectionLayout, shapeOf, SHAPE_FIELD } from './zone.js';
import type { LayoutSettings } from '../../settings/layout.js';
import type { Paper, PaperList } from '../../types.js';

/** `list` with the templates `layout` makes needless dropped; `moved` hears of each paper replaced. */
export function fitShapes(
  list: PaperList,
  layout: LayoutSettings,
  linkLabels: Readonly<Record<string, string>>,
  moved: (from: Paper, to: Paper) => void = () => {},
): PaperList {
  const escape = escapeOf(layout);
  const sections = list.sections.map((section) => {
    const item = sectionLayout(layout, section.name).item ?? layout.item;
    const papers = section.papers.map((paper, i): Paper => {
      const shape = shapeOf(paper);
      if (shape === undefined) return paper;
      const extra = Object.fromEntries(
        Object.entries(paper.extra).filter(([key]) => key !== SHAPE_FIELD),
      );
      const plain = { ...paper, extra };
      const ctx = { escape, linkLabels, n: i + 1 };
      if (fillTemplate(shape, paper, ctx) !== fillTemplate(item, plain, ctx)) return paper;
      moved(paper, plain);
      return plain;
    });
    return { ...section, papers };
  });
  return { sections };
}
