// What the data renders in a list with its own layout, piece by piece: per section, the heading
// lines that identify it and each entry's text with the template that wrote it. Hand edits are
// found by comparing the zone as written with these pieces (./compare.ts).
import { withSpacing } from '../../render/layouts/spacing.js';
import { fillTemplate } from '../../render/layouts/fill.js';
import {
  escapeOf,
  heading,
  renderLayoutZone,
  sectionLayout,
  entryTemplate,
} from '../../render/layouts/zone.js';
import { sortPapers } from '../../render/sort.js';
import { withoutLeadingBlanks } from './by-template.js';
import type { LayoutSettings } from '../../settings/layout.js';
import type { Settings } from '../../settings/types.js';
import type { Paper, PaperList, Section } from '../../types.js';

export interface RenderedEntry {
  /** The entry as written, with the text its template puts before it. */
  text: string;
  paper: Paper;
  /** 0-based index of the paper in its section, in file order. */
  index: number;
}

export interface RenderedSection {
  name: string;
  section: Section;
  /** The category heading line the section stands under (undefined: none is written). */
  categoryLine: string | undefined;
  /** The section's own heading line (undefined: the layout writes none). */
  headingLine: string | undefined;
  /** The template of its entries that have none of their own. */
  item: string;
  /** Its other templates, which entries name in their `style` field. */
  styles: readonly string[] | undefined;
  /** Text between two of its entries. */
  itemGap: string;
  entries: RenderedEntry[];
  /** The entries by their text without the blank lines before it, in order: found without a scan. */
  byText: Map<string, RenderedEntry[]>;
}

export interface RenderedZone {
  sections: RenderedSection[];
  /** The sections by name. */
  byName: Map<string, RenderedSection>;
  /** Every line of the zone as the data renders it, without trailing spaces. */
  lines: Set<string>;
  /** The link labels the data file uses. */
  labels: Set<string>;
}

/** The pieces of the zone that `list` renders, in the renderer's own order and words. */
export function renderedZone(
  list: PaperList,
  settings: Settings,
  layout: LayoutSettings,
): RenderedZone {
  const sections: RenderedSection[] = [];
  let category: string | undefined;
  let categoryLine: string | undefined;
  for (const section of list.sections) {
    const own = sectionLayout(layout, section.name);
    const categoryLevel = own.categoryLevel ?? layout.categoryLevel;
    const sectionLevel = own.sectionLevel ?? layout.sectionLevel;
    if (section.category !== category && categoryLevel > 0) {
      categoryLine = own.categoryLine ?? heading(categoryLevel, section.category);
    } else if (section.category !== category) categoryLine = undefined;
    category = section.category;
    const headingLine =
      sectionLevel > 0
        ? (own.headingLine ?? heading(sectionLevel, section.heading ?? section.name))
        : undefined;
    const item = own.item ?? layout.item;
    const indexOf = new Map(section.papers.map((p, i) => [p, i]));
    const entries = sortPapers(section.papers, settings.sort).map((paper, i) => ({
      text: withSpacing(
        fillTemplate(entryTemplate(paper, item, own.styles), paper, {
          escape: escapeOf(layout),
          linkLabels: settings.linkLabels,
          n: i + 1,
        }),
        paper,
      ),
      paper,
      index: indexOf.get(paper) ?? 0,
    }));
    const byText = new Map<string, RenderedEntry[]>();
    for (const entry of entries) {
      const key = withoutLeadingBlanks(entry.text);
      byText.set(key, [...(byText.get(key) ?? []), entry]);
    }
    sections.push({
      name: section.name,
      section,
      categoryLine,
      headingLine,
      item,
      styles: own.styles,
      itemGap: own.itemGap ?? layout.itemGap,
      entries,
      byText,
    });
  }
  const byName = new Map<string, RenderedSection>();
  for (const s of sections) if (!byName.has(s.name)) byName.set(s.name, s);
  const zone = renderLayoutZone(list, settings, layout);
  const labels = new Set(
    list.sections.flatMap((s) => s.papers.flatMap((p) => p.links)).map((l) => l.label),
  );
  return { sections, byName, lines: new Set(zone.split('\n').map((l) => l.trimEnd())), labels };
}
