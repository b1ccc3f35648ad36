// How an entry as written becomes a paper of the data: read through the template that writes it
// (./by-template.ts), else with the importer and, when the section's template does not write it that
// way, with its own template kept. Either way the paper must render back as the entry was written.
import { SPACING_FIELD, splitSpacing, withSpacing } from '../../render/layouts/spacing.js';
import { fillTemplate } from '../../render/layouts/fill.js';
import type { LayoutSettings } from '../../settings/layout.js';
import type { Paper } from '../../types.js';
import { PADDING_FIELD, rowPads } from '../../render/layouts/padding.js';
import {
  entryTemplate,
  escapeOf,
  shapeOf,
  SHAPE_FIELD,
  STYLE_FIELD,
} from '../../render/layouts/zone.js';
import { readByTemplate, withoutLeadingBlanks } from './by-template.js';
import type { RenderedSection } from './rendered.js';
import type { WrittenEntry } from './written.js';

export interface WriteContext {
  layout: LayoutSettings;
  linkLabels: Readonly<Record<string, string>>;
  /** The link labels the data file uses. */
  labelsInUse?: ReadonlySet<string>;
}

/** Texts equal but for blank lines before them (the renderer puts its own gaps between entries). */
export function sameText(a: string, b: string): boolean {
  return withoutLeadingBlanks(a) === withoutLeadingBlanks(b);
}

/** The entry read through the template that writes `data` (or a new entry of the section). */
export function throughTemplate(
  entry: WrittenEntry,
  data: Paper | undefined,
  section: RenderedSection,
  ctx: WriteContext,
): Paper | undefined {
  const template = data ? entryTemplate(data, section.item, section.styles) : section.item;
  // Spaces at the ends of the entry's lines are its spacing, not part of what the template reads
  // (unless the template writes a field of that name itself).
  const split = template.includes(`{{${SPACING_FIELD}}}`) ? undefined : splitSpacing(entry.text);
  const spaced = (paper: Paper) => (split ? withSpacingField(paper, split.spacing) : paper);
  const read = readByTemplate(template, split ? split.text : entry.text, data, {
    mode: escapeOf(ctx.layout),
    linkLabels: ctx.linkLabels,
    ...(ctx.labelsInUse ? { labelsInUse: ctx.labelsInUse } : {}),
    // The data's values first, then the importer's reading of the entry (authors, venue, year).
    references: data ? [data, entry.paper] : [entry.paper],
    accept: (paper) => rendersAsWritten(entry, spaced(withStyleOf(paper, data)), section, ctx),
  });
  return read && spaced(withStyleOf(read, data));
}

/** `paper` written with the section's other template `data` names, as `data` is. */
function withStyleOf(paper: Paper, data: Paper | undefined): Paper {
  const style = data?.extra[STYLE_FIELD];
  if (style === undefined || shapeOf(data!) !== undefined) return paper;
  return { ...paper, extra: { ...paper.extra, [STYLE_FIELD]: style } };
}

/** `paper` with `spacing` as its spacing field (none when it is empty). */
function withSpacingField(paper: Paper, spacing: string[]): Paper {
  const extra = { ...paper.extra };
  delete extra[SPACING_FIELD];
  if (spacing.length > 0) extra[SPACING_FIELD] = spacing;
  return { ...paper, extra };
}

/**
 * The paper as written, with the template that writes it exactly: none of its own when the
 * section's template does, the data's own one when that does, else the entry's as read.
 * Undefined when no template gives the entry back as written.
 */
export function shaped(
  entry: WrittenEntry,
  data: Paper | undefined,
  section: RenderedSection,
  ctx: WriteContext,
): Paper | undefined {
  const kept = data ? shapeOf(data) : undefined;
  // The section's template, the other one the data names, the data's own, the entry's own.
  const styled = withStyleOf(withShape(entry.paper, undefined), data);
  for (const shape of [undefined, kept, entry.template]) {
    const paper = withShape(entry.paper, shape);
    if (rendersAsWritten(entry, paper, section, ctx)) return paper;
    if (shape !== undefined) continue;
    // A row typed with other spaces around its cells: the section's template, its own padding.
    for (const plain of [styled, paper]) {
      if (plain !== paper && rendersAsWritten(entry, plain, section, ctx)) return plain;
      const padded = withRowPadding(plain, entry.text);
      if (padded && rendersAsWritten(entry, padded, section, ctx)) return padded;
    }
  }
  return undefined;
}

/** `paper` with the spaces around the cells of the table row `text` ends with, if it is one. */
function withRowPadding(paper: Paper, text: string): Paper | undefined {
  const row = rowPads(text.slice(text.lastIndexOf('\n') + 1));
  if (!row) return undefined;
  return { ...paper, extra: { ...paper.extra, [PADDING_FIELD]: row.pads } };
}

function withShape(paper: Paper, shape: string | undefined): Paper {
  const extra = { ...paper.extra };
  delete extra[SHAPE_FIELD];
  if (shape !== undefined) extra[SHAPE_FIELD] = shape;
  return { ...paper, extra };
}

/** A new entry's fields in the data file's order: the known ones, then the rest as read. */
export function newPaper(paper: Paper): Paper {
  const out: Paper = { title: paper.title, links: paper.links, extra: paper.extra };
  if (paper.abbr !== undefined) out.abbr = paper.abbr;
  if (paper.venue !== undefined) out.venue = paper.venue;
  if (paper.year !== undefined) out.year = paper.year;
  return out;
}

/** Whether rendering `paper` in its section writes exactly the entry as it was written. */
function rendersAsWritten(
  entry: WrittenEntry,
  paper: Paper,
  section: RenderedSection,
  ctx: WriteContext,
): boolean {
  const text = fillTemplate(entryTemplate(paper, section.item, section.styles), paper, {
    escape: escapeOf(ctx.layout),
    linkLabels: ctx.linkLabels,
    n: entry.position,
  });
  return sameText(withSpacing(text, paper), entry.text);
}
