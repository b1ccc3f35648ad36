// The link report's plan, without an emulator or a network: which report issue is kept, and what is
// done with it for each kind of finding.
import { describe, expect, test } from 'vitest';
import type { IssueSummary } from '../../src/adapters/github/issues.js';
import { LINK_REPORT_MARKER, type LinkReport } from '../../src/core/links/report.js';
import { findReportIssue, planLinkReport } from '../../src/flows/link-report/plan.js';

const body = (time: string, dead: string) =>
  `${LINK_REPORT_MARKER}\nLinks checked on ${time} UTC:\n\n${dead}\n`;
const DEAD: LinkReport = {
  title: 'Link check: 1 dead link',
  body: body('2026-01-02 03:04', 'https://example.org/gone'),
  allReachable: false,
};
const ALL_FINE: LinkReport = {
  title: 'Link check: no dead links',
  body: body('2026-01-02 03:04', ''),
  allReachable: true,
};

function issue(overrides: Partial<IssueSummary>): IssueSummary {
  return {
    number: 5,
    title: DEAD.title,
    body: body('2026-01-01 03:04', 'https://example.org/gone'),
    state: 'open',
    url: 'https://github.com/octo/papers/issues/5',
    author: 'github-actions[bot]',
    labels: ['paperlist-link-report'],
    isPullRequest: false,
    ...overrides,
  };
}

describe('planLinkReport', () => {
  const cases: [string, LinkReport, IssueSummary | undefined, string][] = [
    ['no dead link, no report', ALL_FINE, undefined, 'none'],
    ['no dead link, the report closed already', ALL_FINE, issue({ state: 'closed' }), 'none'],
    ['no dead link any more, the report open', ALL_FINE, issue({}), 'close'],
    ['dead links, no report', DEAD, undefined, 'create'],
    ['the same dead links as the open report (another check time)', DEAD, issue({}), 'keep'],
    [
      'other dead links',
      DEAD,
      issue({ body: body('2026-01-01 03:04', 'https://example.org/other') }),
      'update',
    ],
    [
      'the same dead links, the report closed meanwhile',
      DEAD,
      issue({ state: 'closed' }),
      'update',
    ],
  ];
  test.each(cases)('%s: %s', (_, report, existing, kind) => {
    expect(planLinkReport(report, existing).kind).toBe(kind);
  });
});

describe('findReportIssue', () => {
  test('an open report comes first, then the newest; issues without the marker are not reports', () => {
    const found = findReportIssue([
      issue({ number: 9, state: 'closed' }),
      issue({ number: 3 }),
      issue({ number: 4 }),
      issue({ number: 11, body: 'someone else used the label' }),
    ]);
    expect(found?.number).toBe(4);
    expect(
      findReportIssue([
        issue({ number: 2, state: 'closed' }),
        issue({ number: 8, state: 'closed' }),
      ])?.number,
    ).toBe(8);
    expect(findReportIssue([])).toBeUndefined();
  });
});
