// The settings used when the settings file is absent or leaves a key out. They reproduce the real
// list's README, apart from the time zone (UTC unless the file says otherwise).

import type { ColumnSetting, Settings } from './types.js';

const knownHeaders: Record<string, string> = {
  title: 'Title',
  abbr: 'Abbreviation',
  venue: 'Venue',
  year: 'Year',
  links: 'Materials',
};

/** A column for `field` with the default header (the field name for extra fields) and missing text. */
export function defaultColumn(field: string): ColumnSetting {
  return { header: knownHeaders[field] ?? field, field, missing: field === 'abbr' ? 'N/A' : '' };
}

export const defaultSettings: Settings = {
  name: 'Papers',
  timeZone: 'UTC',
  timestampFormat: '**Last Update: %b %d, %Y %H:%M:%S**',
  countLine: '{count} papers are included',
  columns: ['title', 'abbr', 'venue', 'year', 'links'].map(defaultColumn),
  linkLabels: {},
  sort: [{ field: 'year', order: 'desc' }],
  markers: {
    main: { start: '<!-- main-start -->', end: '<!-- main-end -->' },
    updateTime: { start: '<!-- update-time-start -->', end: '<!-- update-time-end -->' },
    mindmap: { start: '<!-- mindmap-start -->', end: '<!-- mindmap-end -->' },
    toc: { start: '<!-- toc-start -->', end: '<!-- toc-end -->' },
  },
  mindmap: { counts: false },
  refresh: 'direct',
  linkCheck: true,
  venueUpdates: false,
  venueUpdatesPerRun: 20,
  stamp: true,
  contact: '',
  venueAliases: {},
  labels: { suggestion: 'paper-suggestion' },
};
