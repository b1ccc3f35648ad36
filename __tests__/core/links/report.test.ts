import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LINK_REPORT_MARKER, renderLinkReport } from '../../../src/core/links/report.js';
import type { LinkResult } from '../../../src/core/links/types.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/links/report/${name}`, import.meta.url), 'utf8');

const input = JSON.parse(fixture('input.json')) as {
  options: { listName: string; checkedAt: string; dataFile: string };
  results: LinkResult[];
};
const opts = { ...input.options, checkedAt: new Date(input.options.checkedAt) };

const ok = (url: string): LinkResult => ({
  url,
  uses: [{ section: 'S', title: 'T', label: 'PAGE' }],
  status: 'ok',
  code: 200,
});

describe('renderLinkReport', () => {
  test('a fixed set of results gives exactly the expected issue', () => {
    const report = renderLinkReport(input.results, opts);
    expect(report.title).toBe('Link check: 4 dead links');
    expect(report.allReachable).toBe(false);
    expect(report.body).toBe(fixture('expected.md'));
  });

  test('the text does not depend on the order the results come in', () => {
    const reversed = renderLinkReport([...input.results].reverse(), opts);
    expect(reversed.body).toBe(fixture('expected.md'));
  });

  test('data cannot ping, reference, add HTML or break a row', () => {
    const body = fixture('expected.md');
    expect(body).toContain(
      'Nets \\| Exits @\u2060maintainer &lt;b&gt;bold&lt;/b&gt; #\u206012 (PDF)',
    );
    expect(body).not.toMatch(/@maintainer|<b>|#12/);
    const rows = body.split('\n').filter((l) => l.startsWith('| '));
    // Each row has exactly three cells: four unescaped pipes.
    for (const row of rows) expect(row.match(/(?<!\\)\|/g)).toHaveLength(4);
  });

  test('the marker comes first, so the flow can find its issue', () => {
    expect(renderLinkReport([], opts).body.split('\n')[0]).toBe(LINK_REPORT_MARKER);
    expect(LINK_REPORT_MARKER).toBe('<!-- paperlist:link-report -->');
  });

  test('no dead link: all reachable, even with links that could not be checked', () => {
    const refused: LinkResult = { ...ok('https://b.org/'), status: 'unchecked', code: 403 };
    const report = renderLinkReport([ok('https://a.org/'), refused], {
      ...opts,
      listName: 'Awesome @team *list*',
    });
    expect(report.title).toBe('Link check: no dead links');
    expect(report.allReachable).toBe(true);
    expect(report.body).toBe(
      [
        LINK_REPORT_MARKER,
        '## Link check of Awesome @\u2060team \\*list\\*',
        '',
        '2 links checked on 2026-01-02 03:04 UTC: 0 dead, 1 could not be checked.',
        '',
        'Every link that could be checked is reachable.',
        '',
        '### Links that could not be checked',
        '',
        'These sites refused an automated check (login, bot protection or rate limit); they may work in a browser. Please open them by hand.',
        '',
        '| URL | Result | Used in |',
        '| --- | --- | --- |',
        '| [https://b.org/](https://b.org/) | 403 Forbidden | S › T (PAGE) |',
        '',
        '_paperlist updates this issue on each scheduled run and closes it when no link is dead._',
        '',
      ].join('\n'),
    );
  });

  test('one dead link: singular title, the data file named even when it cannot be code', () => {
    const dead: LinkResult = {
      ...ok('https://a.org/x'),
      status: 'dead',
      code: 500,
      error: 'tried 3 times',
    };
    const report = renderLinkReport([dead], { ...opts, dataFile: 'my `odd` data.yaml' });
    expect(report.title).toBe('Link check: 1 dead link');
    expect(report.body).toContain(
      '1 link checked on 2026-01-02 03:04 UTC: 1 dead, 0 could not be checked.',
    );
    expect(report.body).toContain('Fix or remove them in my \\`odd\\` data.yaml.');
    expect(report.body).toContain(
      '| [https://a.org/x](https://a.org/x) | 500 Internal Server Error: tried 3 times | S › T (PAGE) |',
    );
  });

  test('an unusual status has no phrase; a result without code or error still says why', () => {
    const report = renderLinkReport(
      [
        { ...ok('https://a.org/1'), status: 'dead', code: 499 },
        { ...ok('https://a.org/2'), status: 'dead', code: undefined },
      ],
      opts,
    );
    expect(report.body).toContain('| [https://a.org/1](https://a.org/1) | 499 | S › T (PAGE) |');
    expect(report.body).toContain('| [https://a.org/2](https://a.org/2) | dead | S › T (PAGE) |');
  });
});
