// Settings for the render tests: the documented defaults, with overrides per test.
import type { Settings } from '../../../src/core/settings/types.js';

export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    name: 'Papers',
    timeZone: 'UTC',
    timestampFormat: '**Last Update: %b %d, %Y %H:%M:%S**',
    countLine: '{count} papers are included',
    columns: [
      { header: 'Title', field: 'title', missing: '' },
      { header: 'Abbreviation', field: 'abbr', missing: 'N/A' },
      { header: 'Venue', field: 'venue', missing: '' },
      { header: 'Year', field: 'year', missing: '' },
      { header: 'Materials', field: 'links', missing: '' },
    ],
    linkLabels: {},
    sort: [{ field: 'year', order: 'desc' }],
    markers: {
      main: { start: '<!-- main-start -->', end: '<!-- main-end -->' },
      updateTime: { start: '<!-- update-time-start -->', end: '<!-- update-time-end -->' },
      mindmap: { start: '<!-- mindmap-start -->', end: '<!-- mindmap-end -->' },
    },
    mindmap: { counts: false },
    refresh: 'direct',
    linkCheck: true,
    labels: { suggestion: 'suggestion' },
    ...overrides,
  };
}
