// The settings every part of paperlist reads, after defaults are applied: the output of the one
// settings schema (./schema.ts), so the types cannot drift from what the file may say. The file
// `.github/paperlist.yml` uses kebab-case keys (`time-zone`, `count-line`, ...); docs/settings.md
// describes each.
import type * as z from 'zod';
import type { settingsSchema } from './schema.js';

export type Settings = z.output<typeof settingsSchema>;

/** A pair of HTML comments that bound a generated zone of the README. */
export type MarkerPair = Settings['markers']['main'];

/** One table column: its header, the paper field it shows, and the text for a missing value. */
export type ColumnSetting = Settings['columns'][number];

/** One sort key; ties keep file order. */
export type SortKey = Settings['sort'][number];
