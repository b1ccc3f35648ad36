// The `layout` setting: how a list that is not in the default table style is written (a table with
// other columns, bullets, numbered items, paragraphs, an HTML table). `paperlist init` writes it from
// the README it reads, so the renderer gives that README back byte for byte; without it the default
// table style applies. Keys are kebab-case in the file, camelCase here.
import * as z from 'zod';

export type LayoutKind = 'table' | 'list' | 'paragraph' | 'html';

/** What one section writes differently from the layout's defaults. */
export interface SectionLayout {
  item?: string;
  itemGap?: string;
  /** Text between the section heading and its first entry (a table's header lives here). */
  start?: string;
  /** Text between the previous section's last entry (or the zone's start) and this section. */
  before?: string;
  /** Text between the category heading and this section's heading. */
  categoryStart?: string;
  categoryLevel?: number;
  sectionLevel?: number;
  /** The heading lines as written, when escaping the name would not give them back. */
  headingLine?: string;
  categoryLine?: string;
}

export interface LayoutSettings {
  kind: LayoutKind;
  /** The entry template (see render/layouts/template.ts). */
  item: string;
  /**
   * Texts between the pieces of the zone. The pieces are heading lines and entries, each without
   * its line break, so a gap starts with the line break that ends the piece before it: "\n" between
   * table rows or tight list items, "\n\n" for a blank line.
   */
  itemGap: string;
  /** `##` level of category headings, `###` of section headings; 0 writes none. */
  categoryLevel: number;
  sectionLevel: number;
  start: string;
  before: string;
  categoryStart: string;
  /** Text of the zone before the first section. */
  zoneStart: string;
  /** Text of the zone after the last entry; `{count}` is the number of papers. */
  zoneEnd: string;
  sections: Record<string, SectionLayout>;
}

const level = z.number().int().min(0).max(6);

const sectionLayout = z.strictObject({
  item: z.string().optional(),
  'item-gap': z.string().optional(),
  start: z.string().optional(),
  before: z.string().optional(),
  'category-start': z.string().optional(),
  'category-level': level.optional(),
  'section-level': level.optional(),
  'heading-line': z.string().optional(),
  'category-line': z.string().optional(),
});

export const layoutSchema = z.strictObject({
  kind: z.enum(['table', 'list', 'paragraph', 'html']),
  item: z.string().min(1),
  'item-gap': z.string().optional(),
  'category-level': level.optional(),
  'section-level': level.optional(),
  start: z.string().optional(),
  before: z.string().optional(),
  'category-start': z.string().optional(),
  'zone-start': z.string().optional(),
  'zone-end': z.string().optional(),
  sections: z.record(z.string(), sectionLayout).optional(),
});

export type LayoutFile = z.output<typeof layoutSchema>;

/** The file's `layout` in the shape the renderer reads. */
export function toLayout(file: LayoutFile): LayoutSettings {
  const sections: Record<string, SectionLayout> = {};
  for (const [name, s] of Object.entries(file.sections ?? {})) {
    const out: SectionLayout = {};
    if (s.item !== undefined) out.item = s.item;
    if (s['item-gap'] !== undefined) out.itemGap = s['item-gap'];
    if (s.start !== undefined) out.start = s.start;
    if (s.before !== undefined) out.before = s.before;
    if (s['category-start'] !== undefined) out.categoryStart = s['category-start'];
    if (s['category-level'] !== undefined) out.categoryLevel = s['category-level'];
    if (s['section-level'] !== undefined) out.sectionLevel = s['section-level'];
    if (s['heading-line'] !== undefined) out.headingLine = s['heading-line'];
    if (s['category-line'] !== undefined) out.categoryLine = s['category-line'];
    Object.defineProperty(sections, name, { value: out, enumerable: true, writable: true });
  }
  return {
    kind: file.kind,
    item: file.item,
    itemGap: file['item-gap'] ?? '\n',
    categoryLevel: file['category-level'] ?? 2,
    sectionLevel: file['section-level'] ?? 3,
    start: file.start ?? '\n',
    before: file.before ?? '\n\n',
    categoryStart: file['category-start'] ?? '\n',
    zoneStart: file['zone-start'] ?? '\n',
    zoneEnd: file['zone-end'] ?? '\n',
    sections,
  };
}

/** The settings-file form of a layout, leaving out what equals the defaults. */
export function fromLayout(layout: LayoutSettings): LayoutFile {
  const file: LayoutFile = { kind: layout.kind, item: layout.item };
  if (layout.itemGap !== '\n') file['item-gap'] = layout.itemGap;
  if (layout.categoryLevel !== 2) file['category-level'] = layout.categoryLevel;
  if (layout.sectionLevel !== 3) file['section-level'] = layout.sectionLevel;
  if (layout.start !== '\n') file.start = layout.start;
  if (layout.before !== '\n\n') file.before = layout.before;
  if (layout.categoryStart !== '\n') file['category-start'] = layout.categoryStart;
  if (layout.zoneStart !== '\n') file['zone-start'] = layout.zoneStart;
  if (layout.zoneEnd !== '\n') file['zone-end'] = layout.zoneEnd;
  const names = Object.keys(layout.sections);
  if (names.length > 0) {
    const sections: NonNullable<LayoutFile['sections']> = {};
    for (const name of names) {
      const s = layout.sections[name]!;
      const out: Record<string, string | number> = {};
      if (s.item !== undefined) out.item = s.item;
      if (s.itemGap !== undefined) out['item-gap'] = s.itemGap;
      if (s.start !== undefined) out.start = s.start;
      if (s.before !== undefined) out.before = s.before;
      if (s.categoryStart !== undefined) out['category-start'] = s.categoryStart;
      if (s.categoryLevel !== undefined) out['category-level'] = s.categoryLevel;
      if (s.sectionLevel !== undefined) out['section-level'] = s.sectionLevel;
      if (s.headingLine !== undefined) out['heading-line'] = s.headingLine;
      if (s.categoryLine !== undefined) out['category-line'] = s.categoryLine;
      Object.defineProperty(sections, name, { value: out, enumerable: true, writable: true });
    }
    file.sections = sections;
  }
  return file;
}
