// The settings every part of paperlist reads, after defaults are applied. The file
// `.github/paperlist.yml` uses kebab-case keys (`time-zone`, `count-line`, ...); see ./schema.ts.

import type { LayoutSettings } from './layout.js';

/** A pair of HTML comments that bound a generated zone of the README. */
export interface MarkerPair {
  start: string;
  end: string;
}

/** One table column: its header, the paper field it shows, and the text for a missing value. */
export interface ColumnSetting {
  header: string;
  /** `title`, `abbr`, `venue`, `year`, `links`, or the name of an extra field. */
  field: string;
  missing: string;
}

/** One sort key; ties keep file order. */
export interface SortKey {
  field: string;
  order: 'asc' | 'desc';
}

export interface Settings {
  /** The list's name: the mindmap's root and the wording of PRs and reports. */
  name: string;
  /** One line about the list, under the reader page's heading and as the feed's subtitle. */
  intro?: string;
  /** Where the reader page is published, for the feed's links. */
  siteUrl?: string;
  /** Path of a BibTeX file of the list kept in the repository by the refresh. */
  bibtex?: string;
  /** IANA time zone of the "Last Update" stamp. */
  timeZone: string;
  /** strftime-style format of the whole stamp line (%Y %m %d %H %M %S %b %B %a %A %y %Z %z %%). */
  timestampFormat: string;
  /** Line after the tables; `{count}` is the number of distinct titles. Empty: no line. */
  countLine: string;
  columns: ColumnSetting[];
  /** Displayed text per link label (`PDF: Paper`); labels not listed are shown as written. */
  linkLabels: Record<string, string>;
  sort: SortKey[];
  markers: {
    main: MarkerPair;
    updateTime: MarkerPair;
    mindmap: MarkerPair;
    toc: MarkerPair;
  };
  mindmap: {
    /** Show the number of papers after each section name. */
    counts: boolean;
  };
  /** How a refresh lands on the default branch: a direct commit, or a pull request. */
  refresh: 'direct' | 'pull-request';
  /** Scheduled link check of every URL in the data. */
  linkCheck: boolean;
  /** Scheduled look-up of preprints' published venues, proposed in one pull request. */
  venueUpdates: boolean;
  /** At most this many preprints looked up per scheduled run (oldest-checked first). */
  venueUpdatesPerRun: number;
  /** The list's own layout; undefined: the default tables. */
  layout?: LayoutSettings;
  /** Whether the README has a "Last Update" zone to stamp. */
  stamp: boolean;
  /** Contact address sent to the metadata services (Crossref's `mailto`); empty: none. */
  contact: string;
  /** Venue as the list writes it -> other names of that venue, for filling the venue of a paper. */
  venueAliases: Record<string, string[]>;
  /** Labels the bot uses. */
  labels: {
    /** Marks an issue as a suggestion (the form sets it) and is put on the PR. */
    suggestion: string;
  };
}
