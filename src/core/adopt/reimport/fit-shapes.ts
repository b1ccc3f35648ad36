// The zone as read, for a layout other than the one the importer learned from it (the list's own,
// or the built-in tables): an entry keeps its own template (`shape`) only when the layout's template
// for its section does not write it the same. The importer's templates are relative to the layout
// it learned; without this, entries the list's layout writes as they are would each gain a `shape`.
import { fillTemplate } from '../../render/layouts/fill.js';
import { escapeOf, sectionLayout, shapeOf, SHAPE_FIELD } from '../../render/layouts/zone.js';
import type { LayoutSettings } from '../../settings/layout.js';
import type { Paper } from '../../types.js';
import type { ReadZone } from './zone.js';

export function fitShapes(
  read: ReadZone,
  layout: LayoutSettings,
  linkLabels: Readonly<Record<string, string>>,
): ReadZone {
  if (layout === read.layout) return read;
  const escape = escapeOf(layout);
  const lines = new Map(read.lines);
  const sections = read.list.sections.map((section) => {
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
      const line = read.lines.get(paper);
      if (line !== undefined) lines.set(plain, line);
      return plain;
    });
    return { ...section, papers };
  });
  return { ...read, list: { sections }, lines };
}
