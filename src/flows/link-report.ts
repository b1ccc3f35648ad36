// The scheduled link check: every URL of the data checked politely, the results kept in one report
// issue that is created, updated in place, and closed once no link is dead.
import { checkLinks } from '../adapters/http/check-links.js';
import { createIssue, listIssuesWithLabel, updateIssue } from '../adapters/github/issues.js';
import { collectLinks } from '../core/links/collect.js';
import { LINK_REPORT_MARKER, renderLinkReport } from '../core/links/report.js';
import type { FlowContext } from './context.js';
import type { ListAt } from './list-at.js';

export const LINK_REPORT_LABEL = 'paperlist-link-report';

export interface LinkCheckTuning {
  timeoutMs?: number;
  retryDelayMs?: number;
  hostDelayMs?: number;
}

export interface LinkReportOutcome {
  /** `created`, `updated`, `closed`, `unchanged`, `none` (no report needed), or `skipped`. */
  action: string;
  url?: string;
  summary: string;
}

export async function runLinkReport(
  ctx: FlowContext,
  list: ListAt,
  tuning: LinkCheckTuning,
  now: Date,
): Promise<LinkReportOutcome> {
  if (!list.settings.linkCheck) {
    return { action: 'skipped', summary: 'Link check is off (`link-check: false`).' };
  }
  const links = collectLinks(list.list);
  const results = await checkLinks(links, tuning);
  const report = renderLinkReport(results, {
    listName: list.settings.name,
    checkedAt: now,
    dataFile: ctx.paths.dataFile,
  });
  const dead = results.filter((r) => r.status === 'dead').length;
  const unchecked = results.filter((r) => r.status === 'unchecked').length;
  const counts = `${results.length} links checked: ${dead} dead, ${unchecked} could not be checked.`;

  const issues = await listIssuesWithLabel(ctx.gh, ctx.repo, LINK_REPORT_LABEL, 'all');
  const mine = issues
    .filter((i) => i.body.startsWith(LINK_REPORT_MARKER))
    .sort((a, b) => (a.state === b.state ? b.number - a.number : a.state === 'open' ? -1 : 1));
  const existing = mine[0];
  if (ctx.dryRun) return { action: 'dry-run', summary: `${counts} Dry run: no report written.` };

  if (report.allReachable) {
    if (!existing || existing.state === 'closed') {
      return { action: 'none', summary: `${counts} No dead links.` };
    }
    await updateIssue(ctx.gh, ctx.repo, existing.number, {
      title: report.title,
      body: report.body,
      state: 'closed',
    });
    return {
      action: 'closed',
      url: existing.url,
      summary: `${counts} Closed the link report [#${existing.number}](${existing.url}).`,
    };
  }
  if (!existing) {
    const created = await createIssue(ctx.gh, ctx.repo, {
      title: report.title,
      body: report.body,
      labels: [LINK_REPORT_LABEL],
    });
    return {
      action: 'created',
      url: created.url,
      summary: `${counts} Opened the link report [#${created.number}](${created.url}).`,
    };
  }
  if (
    existing.state === 'open' &&
    existing.title === report.title &&
    withoutCheckTime(existing.body) === withoutCheckTime(report.body)
  ) {
    // Same findings as last time: an edit would only move the check time and notify watchers.
    return {
      action: 'unchanged',
      url: existing.url,
      summary: `${counts} The link report [#${existing.number}](${existing.url}) already says so.`,
    };
  }
  await updateIssue(ctx.gh, ctx.repo, existing.number, {
    title: report.title,
    body: report.body,
    state: 'open',
  });
  return {
    action: 'updated',
    url: existing.url,
    summary: `${counts} Updated the link report [#${existing.number}](${existing.url}).`,
  };
}

/** The report's text without the time of the check (`checked on 2026-01-02 03:04 UTC`). */
function withoutCheckTime(body: string): string {
  return body.replace(/ checked on \d{4}-\d\d-\d\d \d\d:\d\d UTC:/, ' checked:');
}
