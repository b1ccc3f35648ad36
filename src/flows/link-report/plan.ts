// The link report's plan: from the check's report and the report issue found (if any), what to do
// with that issue. Pure, so a test checks every case without an emulator or a network.
import type { IssueSummary } from '../../adapters/github/issues.js';
import { LINK_REPORT_MARKER, type LinkReport } from '../../core/links/report.js';

export const LINK_REPORT_LABEL = 'paperlist-link-report';

export type LinkReportPlan =
  /** No dead link and no open report: nothing to say. */
  | { kind: 'none' }
  /** No dead link any more: the open report is closed. */
  | { kind: 'close'; issue: IssueSummary }
  | { kind: 'create' }
  /** The same findings as the open report: an edit would only move the check time and notify. */
  | { kind: 'keep'; issue: IssueSummary }
  /** New findings: the report (reopened if closed) says them. */
  | { kind: 'update'; issue: IssueSummary };

/** The report issue to keep up to date: an open one first, then the newest. */
export function findReportIssue(issues: IssueSummary[]): IssueSummary | undefined {
  const mine = issues
    .filter((i) => i.body.startsWith(LINK_REPORT_MARKER))
    .sort((a, b) => (a.state === b.state ? b.number - a.number : a.state === 'open' ? -1 : 1));
  return mine[0];
}

export function planLinkReport(
  report: LinkReport,
  existing: IssueSummary | undefined,
): LinkReportPlan {
  if (report.allReachable) {
    return !existing || existing.state === 'closed'
      ? { kind: 'none' }
      : { kind: 'close', issue: existing };
  }
  if (!existing) return { kind: 'create' };
  const same =
    existing.state === 'open' &&
    existing.title === report.title &&
    withoutCheckTime(existing.body) === withoutCheckTime(report.body);
  return { kind: same ? 'keep' : 'update', issue: existing };
}

/** The report's text without the time of the check (`checked on 2026-01-02 03:04 UTC`). */
function withoutCheckTime(body: string): string {
  return body.replace(/ checked on \d{4}-\d\d-\d\d \d\d:\d\d UTC:/, ' checked:');
}
