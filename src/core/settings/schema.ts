// The settings file's shape (`.github/paperlist.yml`, kebab-case keys), checked with zod. Every key
// is optional; unknown keys are refused so a typo is reported rather than silently ignored.

import * as z from 'zod';
import { layoutKeysAt, layoutSchema } from './layout.js';
import { isTimeZone, timestampDirectives, unknownDirective } from './time.js';

const text = z.string().min(1);
const singleLine = text.regex(/^[^\r\n]*$/u, { error: 'must be on one line' });
const sortKey = text.regex(/^-?[^\s-](?:.*\S)?$/u, {
  error: 'must be a field name, with "-" in front for descending order',
});

const markerPair = z.strictObject({ start: singleLine.optional(), end: singleLine.optional() });
export const markersSchema = z.strictObject({
  main: markerPair.optional(),
  'update-time': markerPair.optional(),
  mindmap: markerPair.optional(),
  toc: markerPair.optional(),
});
const column = z.strictObject({
  field: text,
  header: z.string().optional(),
  missing: z.string().optional(),
});
const mindmap = z.strictObject({ counts: z.boolean().optional() });
const labels = z.strictObject({ suggestion: text.max(50).optional() });

const repoPath = singleLine.regex(/^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$))[^\\]+$/u, {
  error: 'must be a path inside the repository, such as papers.bib',
});

export const settingsFileSchema = z.strictObject({
  name: text.optional(),
  intro: singleLine.optional(),
  'site-url': singleLine
    .regex(/^https?:\/\/[^\s]+$/iu, { error: 'must be an http(s) address' })
    .optional(),
  bibtex: repoPath.optional(),
  'time-zone': text
    .refine(isTimeZone, { error: (iss) => `${JSON.stringify(iss.input)} is not a known time zone` })
    .optional(),
  'timestamp-format': z
    .string()
    .refine((format) => unknownDirective(format) === undefined, {
      error: (iss) =>
        `${JSON.stringify(unknownDirective(String(iss.input)))} is not a known directive`,
    })
    .optional(),
  // `false` is the readable way to say "no count line".
  'count-line': z.preprocess((v) => (v === false ? '' : v), z.string()).optional(),
  // A plain field name is short for `{field: name}`.
  columns: z
    .array(z.preprocess((v) => (typeof v === 'string' ? { field: v } : v), column))
    .min(1)
    .optional(),
  'link-labels': z.record(z.string(), text).optional(),
  // A single key may be written without the list brackets.
  sort: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(sortKey)).optional(),
  markers: markersSchema.optional(),
  mindmap: mindmap.optional(),
  refresh: z.enum(['direct', 'pull-request']).optional(),
  'link-check': z.boolean().optional(),
  'venue-updates': z.boolean().optional(),
  'venue-updates-per-run': z.number().int().min(1).max(200).optional(),
  labels: labels.optional(),
  layout: layoutSchema.optional(),
  stamp: z.boolean().optional(),
  contact: singleLine
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/u, { error: 'must be an e-mail address' })
    .optional(),
  'venue-aliases': z
    .record(
      text,
      z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(text)),
    )
    .optional(),
});

export type SettingsFile = z.output<typeof settingsFileSchema>;

const topKeys = Object.keys(settingsFileSchema.shape);

/** The keys allowed in the mapping at `path` (indexes written as numbers). */
export function keysAt(path: readonly (string | number)[]): string[] {
  const [top, second] = path;
  if (path.length === 0) return topKeys;
  if (top === 'markers') {
    return Object.keys(path.length === 1 ? markersSchema.shape : markerPair.shape);
  }
  if (top === 'columns' && typeof second === 'number') return Object.keys(column.shape);
  if (top === 'mindmap') return Object.keys(mindmap.shape);
  if (top === 'labels') return Object.keys(labels.shape);
  if (top === 'layout') return layoutKeysAt(path);
  return [];
}

const directives = [...timestampDirectives]
  .filter((d) => d !== '%')
  .map((d) => `%${d}`)
  .join(' ');

/** How to write each top-level setting, shown as the hint of a problem with it. */
export const settingHints: Record<string, string> = {
  name: 'write the list\'s name, such as name: "Early-Exiting Papers"',
  intro: 'write one line about the list, such as intro: "Papers on early-exiting neural networks."',
  'site-url':
    'write the address the reader page is published at, such as https://me.github.io/list/',
  bibtex: 'write the path of the BibTeX file to keep in the repository, such as bibtex: papers.bib',
  'time-zone': 'use an IANA time zone name, such as "Asia/Shanghai", "Europe/Berlin" or "UTC"',
  'timestamp-format': `use text with ${directives}, or %% for a percent sign`,
  'count-line': 'write text with {count} for the number of papers, or false for no line',
  columns:
    'list field names, such as [title, abbr, venue, year, links], or mappings with field, header and missing',
  'link-labels': 'map each link label to the text to show, such as PDF: "Paper"',
  sort: 'list field names, with "-" in front for descending order, such as [-year, title]',
  markers:
    'give each zone its own one-line HTML comments, such as main: {start: "<!-- main-start -->", end: "<!-- main-end -->"}',
  mindmap: 'write counts: true or counts: false',
  refresh: 'write direct or pull-request',
  'link-check': 'write true or false',
  'venue-updates': 'write true or false',
  'venue-updates-per-run': 'write a whole number from 1 to 200, such as venue-updates-per-run: 20',
  layout:
    'write kind (table, list, paragraph or html) and item (the entry template), as "paperlist init" writes them',
  stamp: 'write true, or false when the README has no "Last Update" zone',
  contact:
    'write the e-mail address the metadata services may write to, such as contact: lists@example.org',
  'venue-aliases':
    'map the venue as the list writes it to the other names services use, such as "Nature MI": ["Nature Machine Intelligence"]',
  labels: 'write suggestion: "paper-suggestion" with a GitHub label name of at most 50 characters',
};

/** What a value at a path must be, where zod's own type name would not say enough. */
export function expectedAt(path: readonly (string | number)[], zodType: string): string {
  const [top] = path;
  if (top === 'count-line' && path.length === 1) return 'text, or false for no line';
  if (top === 'columns' && path.length === 2) {
    return 'a field name or a mapping with field, header and missing';
  }
  if (top === 'sort' && path.length === 1) return 'a list of field names';
  const words: Record<string, string> = {
    string: 'text',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    record: 'a mapping',
    number: 'a number',
  };
  return words[zodType] ?? zodType;
}
