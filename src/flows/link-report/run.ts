// The scheduled link check: every URL of the data checked politely, the results kept in one report
// issue that is created, updated in place, and closed once no link is dead. Read (the links' answers,
// the report issues), plan (plan.ts), then write the plan, or in a dry run only count.
import { checkLinks } from '../../adapters/http/check-links.js';
import { createIssue, listIssuesWithLabel, updateIssue } from '../../adapters/github/issues.js';
import { collectLinks } from '../../core/links/collect.js';
import { renderLinkReport, type LinkReport } from '../../core/links/report.js';
import type { LinkResult } from '../../core/links/types.js';
import type { FlowContext } from '../context.js';
import type { ListAtCommit } from '../list-at-commit.js';
import type { LinkReportAction } from '../outcomes.js';
import { findReportIssue, LINK_REPORT_LABEL, planLinkReport, type LinkReportPlan } from './plan.js';

export { LINK_REPORT_LABEL };

export interface LinkReportOutcome {
  action: LinkReportAction;
  url?: string;
  summary: string;
}

export async function runLinkReport(
  ctx: FlowContext,
  list: ListAtCommit,
): Promise<LinkReportOutcome> {
  if (!list.settings.linkCheck) {
    return { action: 'skipped', summary: 'Link check is off (`link-check: false`).' };
  }
  const checkedAt = ctx.now();
  const results = await checkLinks(collectLinks(list.list), ctx.linkTuning);
  const report = renderLinkReport(results, {
    listName: list.settings.name,
    checkedAt,
    dataFile: ctx.paths.dataFile,
  });
  const counts = countsLine(results);
  const issues = await listIssuesWithLabel(ctx.gh, ctx.repo, LINK_REPORT_LABEL, 'all');
  const plan = planLinkReport(report, findReportIssue(issues));
  if (ctx.dryRun) return { action: 'dry-run', summary: `${counts} Dry run: no report written.` };
  return writeLinkReport(ctx, plan, report, counts);
}

function countsLine(results: LinkResult[]): string {
  const dead = results.filter((r) => r.status === 'dead').length;
  const unchecked = results.filter((r) => r.status === 'unchecked').length;
  return `${results.length} links checked: ${dead} dead, ${unchecked} could not be checked.`;
}

/** Performs the plan on the report issue; `counts` opens the summary. */
async function writeLinkReport(
  ctx: FlowContext,
  plan: LinkReportPlan,
  report: LinkReport,
  counts: string,
): Promise<LinkReportOutcome> {
  const text = { title: report.title, body: report.body };
  switch (plan.kind) {
    case 'none':
      return { action: 'none', summary: `${counts} No dead links.` };
    case 'create': {
      const created = await createIssue(ctx.gh, ctx.repo, { ...text, labels: [LINK_REPORT_LABEL] });
      return outcome('created', created, `${counts} Opened the link report`);
    }
    case 'close':
      await updateIssue(ctx.gh, ctx.repo, plan.issue.number, { ...text, state: 'closed' });
      return outcome('closed', plan.issue, `${counts} Closed the link report`);
    case 'keep':
      return outcome('unchanged', plan.issue, `${counts} The link report`, ' already says so');
    case 'update':
      await updateIssue(ctx.gh, ctx.repo, plan.issue.number, { ...text, state: 'open' });
      return outcome('updated', plan.issue, `${counts} Updated the link report`);
  }
}

function outcome(
  action: LinkReportAction,
  issue: { number: number; url: string },
  before: string,
  after = '',
): LinkReportOutcome {
  return { action, url: issue.url, summary: `${before} [#${issue.number}](${issue.url})${after}.` };
}
