// The main zone in a list's own layout: headings, then each section's entries from the entry
// template, with the texts between them as the layout says. The importer reads a zone into exactly
// these pieces (import/layouts/), so rendering what it read gives the zone back byte for byte.
import type { Settings } from '../../settings/types.js';
import type { LayoutSettings, SectionLayout } from '../../settings/layout.js';
import type { Paper, PaperList, Section } from '../../types.js';
import { escapeHeading } from '../escape.js';
import { sortPapers } from '../sort.js';
import { countPapers } from '../../data/count.js';
import { withSpacing } from './spacing.js';
import { fillTemplate, type EscapeMode } from './fill.js';

/** The field an entry keeps its own template in, when it is written unlike the others. */
export const SHAPE_FIELD = 'shape';
/** The field naming which of its section's other templates (`styles`) writes an entry: 2, 3... */
export const STYLE_FIELD = 'style';

/** The layout's values for one section (its own overrides first). */
export function sectionLayout(layout: LayoutSettings, name: string): SectionLayout {
  return Object.hasOwn(layout.sections, name) ? layout.sections[name]! : {};
}

/** How the layout's entries escape text: HTML tables as HTML, every other layout as Markdown. */
export function escapeOf(layout: LayoutSettings): EscapeMode {
  return layout.kind === 'html' ? 'html' : 'markdown';
}

/** The whole text between the main zone's markers. */
export function renderLayoutZone(
  list: PaperList,
  settings: Settings,
  layout: LayoutSettings,
): string {
  const escape = escapeOf(layout);
  let out = layout.zoneStart;
  let category: string | undefined;
  let pieces = 0;
  for (const section of list.sections) {
    const own = sectionLayout(layout, section.name);
    const categoryLevel = own.categoryLevel ?? layout.categoryLevel;
    const sectionLevel = own.sectionLevel ?? layout.sectionLevel;
    if (pieces > 0) out += own.before ?? layout.before;
    let headed = false;
    // A section of no category (`category: ''`) has no category heading to write.
    const named = section.category !== '' || own.categoryLine !== undefined;
    if (section.category !== category && categoryLevel > 0 && named) {
      out += own.categoryLine ?? heading(categoryLevel, section.category);
      headed = true;
    }
    category = section.category;
    if (sectionLevel > 0) {
      if (headed) out += own.categoryStart ?? layout.categoryStart;
      out += own.headingLine ?? heading(sectionLevel, section.heading ?? section.name);
      headed = true;
    }
    pieces++;
    const entries = renderEntries(section, settings, layout, own, escape);
    const start = headed ? (own.start ?? layout.start) : '';
    if (entries !== '') out += start + entries;
    // A table without rows still has its header, without the line break that leads to a first row.
    else if (layout.kind === 'table') out += start.replace(/\n$/u, '');
  }
  // With no section above it, the zone end's text (a count line) follows the zone start directly.
  const end =
    pieces === 0 && /\S/u.test(layout.zoneEnd)
      ? layout.zoneEnd.replace(/^\n+/u, '')
      : layout.zoneEnd;
  return out + end.replaceAll('{count}', String(countPapers(list)));
}

/** A heading line of the zone: `level` hashes and the escaped text. */
export function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${escapeHeading(text)}`;
}

function renderEntries(
  section: Section,
  settings: Settings,
  layout: LayoutSettings,
  own: SectionLayout,
  escape: EscapeMode,
): string {
  const item = own.item ?? layout.item;
  const gap = own.itemGap ?? layout.itemGap;
  const papers = sortPapers(section.papers, settings.sort);
  let out = '';
  papers.forEach((paper, i) => {
    if (i > 0) out += gap;
    const text = fillTemplate(entryTemplate(paper, item, own.styles), paper, {
      escape,
      linkLabels: settings.linkLabels,
      n: i + 1,
    });
    out += withSpacing(text, paper);
  });
  return out;
}

/**
 * The template that writes `paper` in its section: its own, else the section's other template
 * its `style` names, else the section's (`item`).
 */
export function entryTemplate(
  paper: Paper,
  item: string,
  styles: readonly string[] | undefined,
): string {
  const shape = shapeOf(paper);
  if (shape !== undefined) return shape;
  const style = Object.hasOwn(paper.extra, STYLE_FIELD) ? Number(paper.extra[STYLE_FIELD]) : NaN;
  return (Number.isInteger(style) ? styles?.[style - 2] : undefined) ?? item;
}

/** The entry's own template, when it has one. */
export function shapeOf(paper: Paper): string | undefined {
  const shape = Object.hasOwn(paper.extra, SHAPE_FIELD) ? paper.extra[SHAPE_FIELD] : undefined;
  return typeof shape === 'string' ? shape : undefined;
}
