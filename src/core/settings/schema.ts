// The settings file's shape (`.github/paperlist.yml`, kebab-case keys), as one zod schema that is
// the single source of the settings: each key's check, its default, the hint shown with a problem
// about it (`meta({ hint })`) and, where zod's type name says too little, what a value must be
// (`meta({ expected })`). The settings every part of paperlist reads are what this schema outputs,
// with the keys in camelCase (`time-zone` -> `timeZone`); their type is inferred from it (./types.ts).
// Adding a setting is one entry here and its paragraph in docs/settings.md (a test holds the two
// together). Every key is optional; unknown keys are refused so a typo is reported, not ignored.

import * as z from 'zod';
import { camelKeys } from './camel.js';
import { layoutSchema } from './layout.js';
import { isTimeZone, timestampDirectives, unknownDirective } from './time.js';

/** What the schema's `meta()` may carry besides zod's own fields. */
declare module 'zod' {
  interface GlobalMeta {
    /** How to write this setting: the hint of a problem with it (top-level keys). */
    hint?: string;
    /** What a value here must be, in words, where zod's type name would not say enough. */
    expected?: string;
    /**
     * A form a preprocess step accepts besides the schema it checks, as JSON Schema (`sort: year`
     * for `[year]`): the settings' JSON Schema (./json-schema.ts) allows it too.
     */
    accepts?: Record<string, unknown>;
  }
}

const text = z.string().min(1);
const singleLine = text.regex(/^[^\r\n]*$/u, { error: 'must be on one line' });

/** A zone's markers, each defaulting to `<!-- zone-start -->` and `<!-- zone-end -->`. */
const markerPair = (zone: string) =>
  z
    .strictObject({
      start: singleLine.default(`<!-- ${zone}-start -->`),
      end: singleLine.default(`<!-- ${zone}-end -->`),
    })
    .prefault({});

const markerZones = {
  main: markerPair('main'),
  'update-time': markerPair('update-time'),
  mindmap: markerPair('mindmap'),
  toc: markerPair('toc'),
};

/** The markers of every zone, kebab-case zone names as the file writes them. */
export const markersFileSchema = z.strictObject(markerZones);

/** The same markers where unknown zones are let through: checked apart from the other settings. */
export const markersLenientSchema = z.object(markerZones).transform((m) => camelKeys(m));

const KNOWN_HEADERS: Record<string, string> = {
  title: 'Title',
  abbr: 'Abbreviation',
  venue: 'Venue',
  year: 'Year',
  links: 'Materials',
};

/** A column for `field` with the default header (the field name for extra fields) and missing text. */
export function defaultColumn(field: string): { header: string; field: string; missing: string } {
  return { header: KNOWN_HEADERS[field] ?? field, field, missing: field === 'abbr' ? 'N/A' : '' };
}

// A plain field name is short for `{field: name}`.
const column = z
  .preprocess(
    (v) => (typeof v === 'string' ? { field: v } : v),
    z
      .strictObject({ field: text, header: z.string().optional(), missing: z.string().optional() })
      .transform(({ field, header, missing }) => {
        const column = defaultColumn(field);
        return { ...column, header: header ?? column.header, missing: missing ?? column.missing };
      }),
  )
  .meta({
    expected: 'a field name or a mapping with field, header and missing',
    accepts: { type: 'string', minLength: 1 },
  });

const sortKey = text
  .regex(/^-?[^\s-](?:.*\S)?$/u, {
    error: 'must be a field name, with "-" in front for descending order',
  })
  .transform((key) =>
    key.startsWith('-')
      ? { field: key.slice(1), order: 'desc' as 'asc' | 'desc' }
      : { field: key, order: 'asc' as 'asc' | 'desc' },
  );

const repoPath = singleLine.regex(/^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$))[^\\]+$/u, {
  error: 'must be a path inside the repository, such as papers.bib',
});

const directives = [...timestampDirectives]
  .filter((d) => d !== '%')
  .map((d) => `%${d}`)
  .join(' ');

/** The settings file as written: kebab-case keys, each with its default. */
export const settingsFileSchema = z.strictObject({
  name: text.default('Papers').meta({
    hint: 'write the list\'s name, such as name: "Early-Exiting Papers"',
  }),
  intro: singleLine.optional().meta({
    hint: 'write one line about the list, such as intro: "Papers on early-exiting neural networks."',
  }),
  'site-url': singleLine
    .regex(/^https?:\/\/[^\s]+$/iu, { error: 'must be an http(s) address' })
    .optional()
    .meta({
      hint: 'write the address the reader page is published at, such as https://me.github.io/list/',
    }),
  bibtex: repoPath
    .transform((path) => path.replace(/^(\.\/)+/u, ''))
    .optional()
    .meta({
      hint: 'write the path of the BibTeX file to keep in the repository, such as bibtex: papers.bib',
    }),
  'time-zone': text
    .refine(isTimeZone, { error: (iss) => `${JSON.stringify(iss.input)} is not a known time zone` })
    .default('UTC')
    .meta({
      hint: 'use an IANA time zone name, such as "Asia/Shanghai", "Europe/Berlin" or "UTC"',
    }),
  'timestamp-format': z
    .string()
    .refine((format) => unknownDirective(format) === undefined, {
      error: (iss) =>
        `${JSON.stringify(unknownDirective(String(iss.input)))} is not a known directive`,
    })
    .default('**Last Update: %b %d, %Y %H:%M:%S**')
    .meta({ hint: `use text with ${directives}, or %% for a percent sign` }),
  // `false` is the readable way to say "no count line".
  'count-line': z
    .preprocess((v) => (v === false ? '' : v), z.string())
    .default('{count} papers are included')
    .meta({
      hint: 'write text with {count} for the number of papers, or false for no line',
      expected: 'text, or false for no line',
      accepts: { const: false },
    }),
  columns: z.array(column).min(1).prefault(['title', 'abbr', 'venue', 'year', 'links']).meta({
    hint: 'list field names, such as [title, abbr, venue, year, links], or mappings with field, header and missing',
  }),
  'link-labels': z
    .record(z.string(), text)
    .prefault({})
    .meta({ hint: 'map each link label to the text to show, such as PDF: "Paper"' }),
  // A single key may be written without the list brackets.
  sort: z
    .preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(sortKey))
    .prefault(['-year'])
    .meta({
      hint: 'list field names, with "-" in front for descending order, such as [-year, title]',
      expected: 'a list of field names',
      accepts: { type: 'string', minLength: 1 },
    }),
  markers: markersFileSchema
    .transform((m) => camelKeys(m))
    .prefault({})
    .meta({
      hint: 'give each zone its own one-line HTML comments, such as main: {start: "<!-- main-start -->", end: "<!-- main-end -->"}',
    }),
  mindmap: z
    .strictObject({ counts: z.boolean().default(false) })
    .prefault({})
    .meta({ hint: 'write counts: true or counts: false' }),
  refresh: z
    .enum(['direct', 'pull-request'])
    .default('direct')
    .meta({ hint: 'write direct or pull-request' }),
  'link-check': z.boolean().default(true).meta({ hint: 'write true or false' }),
  'commit-status': z.boolean().default(false).meta({ hint: 'write true or false' }),
  'venue-updates': z.boolean().default(true).meta({ hint: 'write true or false' }),
  'venue-updates-per-run': z
    .number()
    .int()
    .min(1)
    .max(200)
    .default(20)
    .meta({ hint: 'write a whole number from 1 to 200, such as venue-updates-per-run: 20' }),
  labels: z
    .strictObject({ suggestion: text.max(50).default('paper-suggestion') })
    .prefault({})
    .meta({
      hint: 'write suggestion: "paper-suggestion" with a GitHub label name of at most 50 characters',
    }),
  layout: layoutSchema.optional().meta({
    hint: 'write kind (table, list, paragraph or html) and item (the entry template), as "paperlist init" writes them',
  }),
  stamp: z
    .boolean()
    .default(true)
    .meta({ hint: 'write true, or false when the README has no "Last Update" zone' }),
  contact: singleLine
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/u, { error: 'must be an e-mail address' })
    .default('')
    .meta({
      hint: 'write the e-mail address the metadata services may write to, such as contact: lists@example.org',
    }),
  'venue-aliases': z
    .record(
      text,
      z
        .preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(text))
        .meta({ accepts: { type: 'string', minLength: 1 } }),
    )
    .prefault({})
    .meta({
      hint: 'map the venue as the list writes it to the other names services use, such as "Nature MI": ["Nature Machine Intelligence"]',
    }),
  digest: z
    .strictObject({
      arxiv: singleLine.max(1000),
      max: z.number().int().min(1).max(100).default(20),
    })
    .optional()
    .meta({
      hint: 'write arxiv: with an arXiv API search query, such as arxiv: \'abs:"early exit"\', and optionally max: 20 (1 to 100)',
    }),
});

/** The settings as paperlist reads them: the file's values over the defaults, camelCase keys. */
export const settingsSchema = settingsFileSchema.transform((file) => camelKeys(file));
