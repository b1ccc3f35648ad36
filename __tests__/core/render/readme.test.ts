import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { renderReadme } from '../../../src/core/render/readme.js';
import { paper, section } from './papers.js';
import { testSettings } from './settings.js';
import { errorsOf as errors, valueOf as value } from '../../result.js';

const fixture = (name: string) =>
  readFileSync(
    new URL(`../../fixtures/render/upstream-2024-10-14/${name}`, import.meta.url),
    'utf8',
  );

const time = new Date('2024-10-14T12:47:37Z');
const shanghai = testSettings({ timeZone: 'Asia/Shanghai' });

describe('the real list', () => {
  const list = value(loadData(fixture('data.yaml'), 'data.yaml'));
  const input = fixture('input.md');
  const output = fixture('output.md');

  test('renders the published README byte for byte', () => {
    expect(value(renderReadme(input, list, shanghai, time))).toBe(output);
  });

  test('rendering again changes nothing', () => {
    const once = value(renderReadme(input, list, shanghai, time));
    expect(value(renderReadme(once, list, shanghai, time))).toBe(once);
  });

  test('a CRLF README gets CRLF in the generated text too', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    expect(value(renderReadme(crlf(input), list, shanghai, time))).toBe(crlf(output));
  });
});

describe('zones', () => {
  const list = { sections: [section('S', 'C', [paper({ title: 'A', year: '2024' })])] };
  const readme = [
    'Prose with <!-- html --> and a tab\there   ',
    '<!-- main-start -->stale text<!-- main-end --> same line',
    'between',
    '<!-- update-time-start -->',
    'old stamp',
    '<!-- update-time-end -->',
    'end, no newline',
  ].join('\n');

  test('only the content between the markers changes', () => {
    expect(value(renderReadme(readme, list, testSettings(), time))).toBe(
      [
        'Prose with <!-- html --> and a tab\there   ',
        '<!-- main-start -->',
        '',
        '## C',
        '### S',
        '| Title | Abbreviation | Venue | Year | Materials |',
        '|----------|----|----|----|----|',
        '| A | N/A |  | 2024 | |',
        '',
        '1 papers are included',
        '',
        '<!-- main-end --> same line',
        'between',
        '<!-- update-time-start -->',
        '',
        '**Last Update: Oct 14, 2024 12:47:37**',
        '',
        '<!-- update-time-end -->',
        'end, no newline',
      ].join('\n'),
    );
  });

  test('the mindmap zone is rendered when its markers are present, in any order of zones', () => {
    const withMindmap = '<!-- mindmap-start --><!-- mindmap-end -->\n' + readme;
    const out = value(renderReadme(withMindmap, list, testSettings({ name: 'My list' }), time));
    expect(out.slice(0, out.indexOf('Prose'))).toBe(
      '<!-- mindmap-start -->\n\n```mermaid\nmindmap\n  root(("My list"))\n    c1("C")\n      c1s1["S"]\n```\n\n<!-- mindmap-end -->\n',
    );
    expect(out.slice(out.indexOf('Prose'))).toBe(
      value(renderReadme(readme, list, testSettings(), time)),
    );
  });

  test('custom markers and formats', () => {
    const settings = testSettings({
      markers: {
        main: { start: '[//]: # (begin)', end: '[//]: # (end)' },
        updateTime: { start: '<!-- t -->', end: '<!-- /t -->' },
        mindmap: { start: '<!-- m -->', end: '<!-- /m -->' },
        toc: { start: '<!-- c -->', end: '<!-- /c -->' },
      },
      timestampFormat: 'Updated %Y-%m-%d %H:%M %Z',
      timeZone: 'Europe/Berlin',
      countLine: '',
    });
    const out = value(
      renderReadme('[//]: # (begin)\n[//]: # (end)\n<!-- t --><!-- /t -->', list, settings, time),
    );
    expect(out).toBe(
      '[//]: # (begin)\n\n## C\n### S\n| Title | Abbreviation | Venue | Year | Materials |\n|----------|----|----|----|----|\n| A | N/A |  | 2024 | |\n\n[//]: # (end)\n<!-- t -->\n\nUpdated 2024-10-14 14:47 GMT+2\n\n<!-- /t -->',
    );
  });

  test('every marker problem is reported at once, with lines', () => {
    const bad = [
      '<!-- main-start -->',
      '<!-- update-time-start -->',
      '<!-- main-end -->',
      '<!-- update-time-end -->',
      '<!-- mindmap-end -->',
      '<!-- mindmap-end -->',
    ].join('\n');
    expect(errors(renderReadme(bad, list, testSettings(), time, 'docs/README.md'))).toEqual([
      'docs/README.md:5: marker "<!-- mindmap-end -->" has no start marker "<!-- mindmap-start -->" (add a line "<!-- mindmap-start -->" above it)',
      'docs/README.md:6: marker "<!-- mindmap-end -->" appears twice (also on line 5) (keep exactly one start and one end marker)',
      'docs/README.md:2: marker "<!-- update-time-start -->" is inside the zone "<!-- main-start -->" ... "<!-- main-end -->" (lines 1-3) (generated zones must not overlap or nest; move one zone out of the other)',
    ]);
  });

  test('a README without the required markers is an error, not a no-op', () => {
    expect(errors(renderReadme('# Just prose\n', list, testSettings(), time))).toEqual([
      'README.md: markers "<!-- main-start -->" and "<!-- main-end -->" not found (add a line "<!-- main-start -->" and below it a line "<!-- main-end -->" where the generated text goes)',
      'README.md: markers "<!-- update-time-start -->" and "<!-- update-time-end -->" not found (add a line "<!-- update-time-start -->" and below it a line "<!-- update-time-end -->" where the generated text goes)',
    ]);
  });

  test('an unknown time zone is a settings problem', () => {
    expect(
      errors(renderReadme(readme, list, testSettings({ timeZone: 'Mars/Olympus' }), time)),
    ).toEqual([
      'time-zone: unknown time zone "Mars/Olympus" (use an IANA time zone name such as "UTC" or "Asia/Shanghai")',
    ]);
  });
});
