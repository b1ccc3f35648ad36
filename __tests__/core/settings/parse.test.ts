// parseSettings: defaults, every key, and the exact problem for each kind of mistake.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../../src/core/settings/defaults.js';
import { parseSettings } from '../../../src/core/settings/parse.js';
import type { Settings } from '../../../src/core/settings/types.js';
import { errorsOf, valueOf } from '../../result.js';

const file = '.github/paperlist.yml';

function good(text: string): Settings {
  return valueOf(parseSettings(text, file));
}

function problems(text: string): string[] {
  const parsed = parseSettings(text, file);
  expect(parsed.ok).toBe(false);
  return errorsOf(parsed);
}

describe('defaults', () => {
  const expected: Settings = {
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
      toc: { start: '<!-- toc-start -->', end: '<!-- toc-end -->' },
    },
    mindmap: { counts: false },
    refresh: 'direct',
    linkCheck: true,
    commitStatus: false,
    venueUpdates: true,
    venueUpdatesPerRun: 20,
    stamp: true,
    contact: '',
    venueAliases: {},
    labels: { suggestion: 'paper-suggestion' },
  };

  test('are the documented values', () => {
    expect(defaultSettings).toEqual(expected);
  });

  test.each([
    ['no file', undefined],
    ['an empty file', ''],
    ['blank lines', '\n  \n'],
    ['only comments', '# nothing set yet\n'],
    ['only a BOM', '\uFEFF'],
    ['an empty mapping', '{}\n'],
  ])('come from %s', (_name, text) => {
    expect(good(text as string)).toEqual(expected);
  });

  test('are a fresh copy each time', () => {
    const first = good('');
    first.columns.pop();
    first.markers.main.start = 'changed';
    expect(good('')).toEqual(expected);
    expect(defaultSettings).toEqual(expected);
  });
});

test('every key is read', () => {
  const text = readFileSync(
    new URL('../../fixtures/settings/full/paperlist.yml', import.meta.url),
    'utf8',
  );
  expect(good(text)).toEqual({
    name: 'Early-Exiting Papers',
    timeZone: 'Asia/Shanghai',
    timestampFormat: 'Updated %Y-%m-%d %H:%M %Z (100%%)',
    countLine: '{count} papers so far',
    columns: [
      { header: 'Title', field: 'title', missing: '' },
      { header: 'Abbreviation', field: 'abbr', missing: '-' },
      { header: 'Published in', field: 'venue', missing: '' },
      { header: 'Year', field: 'year', missing: '' },
      { header: 'authors', field: 'authors', missing: '' },
      { header: 'Links', field: 'links', missing: '' },
    ],
    linkLabels: { PDF: 'Paper', CODE: 'Code' },
    sort: [
      { field: 'year', order: 'desc' },
      { field: 'title', order: 'asc' },
    ],
    markers: {
      main: { start: '<!-- papers-start -->', end: '<!-- main-end -->' },
      updateTime: { start: '<!-- update-time-start -->', end: '<!-- stamp-end -->' },
      mindmap: { start: '<!-- mindmap-start -->', end: '<!-- mindmap-end -->' },
      toc: { start: '<!-- toc-start -->', end: '<!-- toc-end -->' },
    },
    mindmap: { counts: true },
    refresh: 'pull-request',
    linkCheck: false,
    commitStatus: false,
    venueUpdates: false,
    venueUpdatesPerRun: 50,
    stamp: true,
    contact: '',
    venueAliases: {},
    labels: { suggestion: 'new paper' },
  } satisfies Settings);
});

describe('short forms', () => {
  test('count-line false or "" means no line', () => {
    expect(good('count-line: false\n').countLine).toBe('');
    expect(good('count-line: ""\n').countLine).toBe('');
  });

  test('a single sort key may be written without brackets; [] keeps file order', () => {
    expect(good('sort: -year\n').sort).toEqual([{ field: 'year', order: 'desc' }]);
    expect(good('sort: []\n').sort).toEqual([]);
  });

  test('a header or missing text may be set to the empty string', () => {
    expect(good('columns: [{field: abbr, header: "", missing: ""}]\n').columns).toEqual([
      { header: '', field: 'abbr', missing: '' },
    ]);
  });

  test('other settings keep their defaults when one is set', () => {
    expect(good('time-zone: Europe/Berlin\n')).toEqual({
      ...defaultSettings,
      timeZone: 'Europe/Berlin',
    });
  });
});

test('an unknown key names the valid keys and the likely one', () => {
  expect(problems('# settings\ntime-zon: Asia/Shanghai\ncolour: red\n')).toEqual([
    '.github/paperlist.yml:2:1: time-zon: unknown setting "time-zon" (did you mean "time-zone"? valid keys here: name, intro, site-url, bibtex, time-zone, timestamp-format, count-line, columns, link-labels, sort, markers, mindmap, refresh, link-check, commit-status, venue-updates, venue-updates-per-run, labels, layout, stamp, contact, venue-aliases, digest)',
    '.github/paperlist.yml:3:1: colour: unknown setting "colour" (valid keys here: name, intro, site-url, bibtex, time-zone, timestamp-format, count-line, columns, link-labels, sort, markers, mindmap, refresh, link-check, commit-status, venue-updates, venue-updates-per-run, labels, layout, stamp, contact, venue-aliases, digest)',
  ]);
});

test('a bad time zone', () => {
  expect(problems('time-zone: Asia/Shangai\n')).toEqual([
    '.github/paperlist.yml:1:12: time-zone: "Asia/Shangai" is not a known time zone (use an IANA time zone name, such as "Asia/Shanghai", "Europe/Berlin" or "UTC")',
  ]);
});

const columnsHint =
  'list field names, such as [title, abbr, venue, year, links], or mappings with field, header and missing';
const sortHint = 'list field names, with "-" in front for descending order, such as [-year, title]';
const markersHint =
  'give each zone its own one-line HTML comments, such as main: {start: "<!-- main-start -->", end: "<!-- main-end -->"}';
const sameMarkers = 'give each zone its own start and end markers';

test.each([
  [
    'name: ""\n',
    `1:7: name: must not be empty (write the list's name, such as name: "Early-Exiting Papers")`,
  ],
  [
    'name:\n',
    `1:1: name: has no value; it must be text (write the list's name, such as name: "Early-Exiting Papers")`,
  ],
  [
    'timestamp-format: "%Y %Q"\n',
    '1:19: timestamp-format: "%Q" is not a known directive (use text with %Y %m %d %H %M %S %b %B %a %A %y %Z %z, or %% for a percent sign)',
  ],
  [
    'timestamp-format: "100%"\n',
    '1:19: timestamp-format: "%" is not a known directive (use text with %Y %m %d %H %M %S %b %B %a %A %y %Z %z, or %% for a percent sign)',
  ],
  [
    'count-line: true\n',
    '1:13: count-line: must be text, or false for no line, not true (write text with {count} for the number of papers, or false for no line)',
  ],
  ['columns: []\n', `1:10: columns: must not be an empty list (${columnsHint})`],
  ['columns: title\n', `1:10: columns: must be a list, not "title" (${columnsHint})`],
  [
    'columns:\n  - title\n  - 12\n',
    `3:5: columns[1]: must be a field name or a mapping with field, header and missing, not 12 (${columnsHint})`,
  ],
  [
    'columns:\n  - header: X\n',
    `2:5: columns[0].field: is required and must be text (${columnsHint})`,
  ],
  ['columns: [""]\n', `1:11: columns[0].field: must not be empty (${columnsHint})`],
  [
    'columns:\n  - field: venue\n    heading: Venue\n',
    '3:5: columns[0].heading: unknown setting "heading" (did you mean "header"? valid keys here: field, header, missing)',
  ],
  [
    'link-labels: [PDF]\n',
    '1:14: link-labels: must be a mapping, not a sequence (map each link label to the text to show, such as PDF: "Paper")',
  ],
  [
    'link-labels:\n  PDF: 1\n',
    '2:8: link-labels.PDF: must be text, not 1 (map each link label to the text to show, such as PDF: "Paper")',
  ],
  ['sort: 2024\n', `1:7: sort: must be a list of field names, not 2024 (${sortHint})`],
  [
    'sort: [-year, "-"]\n',
    `1:15: sort[1]: must be a field name, with "-" in front for descending order (${sortHint})`,
  ],
  [
    'markers:\n  main:\n    start: "<!-- x -->"\n    end: "<!-- x -->"\n',
    `4:10: markers.main.end: the start and end markers are the same ("<!-- x -->") (${sameMarkers})`,
  ],
  [
    'markers:\n  mindmap:\n    start: "<!-- update-time-start -->"\n',
    `3:12: markers.mindmap.start: "<!-- update-time-start -->" is also the start marker of update-time (${sameMarkers})`,
  ],
  [
    'markers:\n  main:\n    end: "<!-- zone-end -->"\n  mindmap:\n    end: "<!-- zone-end -->"\n',
    `5:10: markers.mindmap.end: "<!-- zone-end -->" is also the end marker of main (${sameMarkers})`,
  ],
  [
    'markers:\n  main:\n    start: "<!-- update-time-end -->"\n',
    `3:12: markers.main.start: "<!-- update-time-end -->" is also the end marker of update-time (${sameMarkers})`,
  ],
  [
    'markers:\n  main:\n    start: "a\\nb"\n',
    `3:12: markers.main.start: must be on one line (${markersHint})`,
  ],
  [
    'markers:\n  main:\n    start: ""\n',
    `3:12: markers.main.start: must not be empty (${markersHint})`,
  ],
  [
    'markers:\n  updatetime: {}\n',
    '2:3: markers.updatetime: unknown setting "updatetime" (did you mean "update-time"? valid keys here: main, update-time, mindmap, toc)',
  ],
  [
    'mindmap:\n  counts: yes\n',
    '2:11: mindmap.counts: must be true or false, not "yes" (write counts: true or counts: false)',
  ],
  [
    'refresh: pr\n',
    '1:10: refresh: must be "direct" or "pull-request", not "pr" (write direct or pull-request)',
  ],
  [
    'link-check: "true"\n',
    '1:13: link-check: must be true or false, not "true" (write true or false)',
  ],
  [
    `labels:\n  suggestion: ${'x'.repeat(51)}\n`,
    '2:15: labels.suggestion: must be at most 50 characters long (write suggestion: "paper-suggestion" with a GitHub label name of at most 50 characters)',
  ],
  [
    'labels: paper\n',
    '1:9: labels: must be a mapping, not "paper" (write suggestion: "paper-suggestion" with a GitHub label name of at most 50 characters)',
  ],
  [
    '- time-zone: UTC\n',
    '1:1: the settings file must be a mapping of settings, not a sequence (write one setting per line, such as time-zone: "Asia/Shanghai")',
  ],
  [
    'time-zone: UTC\ntime-zone: Asia/Shanghai\n',
    '2:1: the key "time-zone" appears more than once (a key may appear only once in a mapping: merge the two entries or remove one)',
  ],
])('%j', (text, expected) => {
  const all = problems(text);
  expect(all).toEqual([`${file}:${expected}`]);
});

test('anchors and aliases are refused as in the data file', () => {
  expect(problems('name: &n Papers\nlabels:\n  suggestion: *n\n')).toEqual([
    `${file}:1:7: name: anchors such as &n are not allowed (write the value out in full everywhere it is used)`,
    `${file}:3:15: labels.suggestion: aliases such as *n are not allowed (write the value out in full everywhere it is used)`,
  ]);
});

test('all problems are reported at once, in file order', () => {
  expect(problems('refresh: pr\nname: ""\nlink-check: 1\n')).toEqual([
    `${file}:1:10: refresh: must be "direct" or "pull-request", not "pr" (write direct or pull-request)`,
    `${file}:2:7: name: must not be empty (write the list's name, such as name: "Early-Exiting Papers")`,
    `${file}:3:13: link-check: must be true or false, not 1 (write true or false)`,
  ]);
});

test('the count line and the stamp format may not hold a zone marker', () => {
  expect(
    problems(
      'count-line: "{count} papers <!-- update-time-start -->"\ntimestamp-format: "x <!-- main-end -->"\n',
    ),
  ).toEqual([
    `${file}:1:13: count-line: contains the marker "<!-- update-time-start -->", which would break the README's zones (leave the markers out of this text)`,
    `${file}:2:19: timestamp-format: contains the marker "<!-- main-end -->", which would break the README's zones (leave the markers out of this text)`,
  ]);
});

describe('metadata settings', () => {
  test('contact and venue aliases (a single name may be written without brackets)', () => {
    const s = good(
      'contact: lists@example.org\nvenue-aliases:\n  Nature MI: Nature Machine Intelligence\n  NIPS: [NeurIPS, Neural Information Processing Systems]\n',
    );
    expect(s.contact).toBe('lists@example.org');
    expect(s.venueAliases).toEqual({
      'Nature MI': ['Nature Machine Intelligence'],
      NIPS: ['NeurIPS', 'Neural Information Processing Systems'],
    });
  });

  test('a contact that is no e-mail address is refused', () => {
    expect(problems('contact: not-an-address\n').join('\n')).toContain('must be an e-mail address');
  });
});
