// The `layout` setting: how a list that is not in the default table style is written (a table with
// other columns, bullets, numbered items, paragraphs, an HTML table). `paperlist init` writes it from
// the README it reads, so the renderer gives that README back byte for byte; without it the default
// table style applies. One zod schema is its single source: the keys (kebab-case in the file), their
// checks and defaults; the shape the renderer reads is the schema's output with camelCase keys, and
// writing a layout back (`fromLayout`) walks the same schema, leaving out what equals the defaults.
import * as z from 'zod';
import { camelCase, camelKeys } from './camel.js';

const level = z.number().int().min(0).max(6);

/** What one section writes differently from the layout's defaults. */
const sectionLayoutFileSchema = z.strictObject({
  item: z.string().optional(),
  /**
   * Other templates some of its entries share (a second way of writing them); an entry names the
   * one that writes it in its `style` field (2 for the first of them).
   */
  styles: z.array(z.string().min(1)).optional(),
  'item-gap': z.string().optional(),
  /** Text between the section heading and its first entry (a table's header lives here). */
  start: z.string().optional(),
  /** Text between the previous section's last entry (or the zone's start) and this section. */
  before: z.string().optional(),
  /** Text between the category heading and this section's heading. */
  'category-start': z.string().optional(),
  'category-level': level.optional(),
  'section-level': level.optional(),
  /** The heading lines as written, when escaping the name would not give them back. */
  'heading-line': z.string().optional(),
  'category-line': z.string().optional(),
});

/** The layout as the settings file writes it. */
export const layoutFileSchema = z.strictObject({
  kind: z.enum(['table', 'list', 'paragraph', 'html']),
  /** The entry template (see render/layouts/template.ts). */
  item: z.string().min(1),
  /**
   * Texts between the pieces of the zone. The pieces are heading lines and entries, each without
   * its line break, so a gap starts with the line break that ends the piece before it: "\n" between
   * table rows or tight list items, "\n\n" for a blank line.
   */
  'item-gap': z.string().default('\n'),
  /** `##` level of category headings, `###` of section headings; 0 writes none. */
  'category-level': level.default(2),
  'section-level': level.default(3),
  start: z.string().default('\n'),
  before: z.string().default('\n\n'),
  'category-start': z.string().default('\n'),
  /** Text of the zone before the first section. */
  'zone-start': z.string().default('\n'),
  /** Text of the zone after the last entry; `{count}` is the number of papers. */
  'zone-end': z.string().default('\n'),
  sections: z
    .record(
      z.string(),
      sectionLayoutFileSchema.transform((s) => camelKeys(s)),
    )
    .default({}),
});

/** The layout as the renderer reads it: the file's values over the defaults, camelCase keys. */
export const layoutSchema = layoutFileSchema.transform((file) => camelKeys(file));

export type LayoutSettings = z.output<typeof layoutSchema>;
export type SectionLayout = LayoutSettings['sections'][string];
export type LayoutKind = LayoutSettings['kind'];
/** What a settings file may say under `layout`. */
export type LayoutFile = z.input<typeof layoutFileSchema>;

/** A layout from what a settings file may say (defaults filled in). */
export function toLayout(file: LayoutFile): LayoutSettings {
  return layoutSchema.parse(file);
}

const DEFAULTS: Record<string, unknown> = layoutFileSchema.parse({ kind: 'table', item: '-' });
const ALWAYS_WRITTEN = new Set(['kind', 'item']);

/** The settings-file form of a layout, in the schema's key order, leaving out the defaults. */
export function fromLayout(layout: LayoutSettings): LayoutFile {
  const file: Record<string, unknown> = {};
  for (const key of Object.keys(layoutFileSchema.shape)) {
    if (key === 'sections') continue;
    const value = (layout as Record<string, unknown>)[camelCase(key)];
    if (ALWAYS_WRITTEN.has(key) || value !== DEFAULTS[key]) file[key] = value;
  }
  const names = Object.keys(layout.sections);
  if (names.length > 0) {
    const sections: Record<string, unknown> = {};
    for (const name of names) {
      const value = sectionFile(layout.sections[name]!);
      Object.defineProperty(sections, name, { value, enumerable: true, writable: true });
    }
    file.sections = sections;
  }
  return file as LayoutFile;
}

/** One section's own settings in file form, in the schema's key order. */
function sectionFile(section: SectionLayout): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(sectionLayoutFileSchema.shape)) {
    const value = (section as Record<string, unknown>)[camelCase(key)];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
