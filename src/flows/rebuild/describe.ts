// The rebuild's report in words, for the step summary and the `rebuilt-pull-requests` output.
import type { RebuildResult } from '../outcomes.js';
import type { RebuildReport } from './run.js';

/** What each rebuild result means for a rebuilt PR, in words. */
const OUTCOMES: Record<RebuildResult, string> = {
  unchanged: 'unchanged (its files are still right)',
  'pull-request-updated': 'rebuilt on the new head',
  'pull-request-created': 'pull request opened',
  duplicate: 'now a duplicate; its pull request was closed',
  invalid: 'no longer valid; its pull request was closed',
  skipped: 'skipped: its branch changed meanwhile; the next run starts from what is there then',
  'closed-by-maintainer': 'left alone: a maintainer closed its pull request',
  'taken-over':
    'left alone: a maintainer pushed commits to its branch (the status comment says so)',
  'pull-request-closed': 'its issue is closed; its pull request was closed',
  'orphan-closed': 'its issue was deleted or moved; its pull request was closed with a note',
  ignored: 'left alone: the issue is no longer a paper suggestion',
  deferred: 'left for the next run (API budget)',
  failed: 'failed (see the log)',
};

/** One line per open suggestion, and why some wait for the next run. */
export function describeRebuild(report: RebuildReport): string {
  const entries = Object.entries(report.results) as [string, RebuildResult][];
  if (entries.length === 0) return 'No open suggestion pull requests to rebuild.';
  const lines = [
    'Open suggestions rebuilt on the new head:',
    ...entries.map(([n, r]) => `- #${n}: ${OUTCOMES[r]}`),
  ];
  if (report.deferred) {
    const count = entries.filter(([, r]) => r === 'deferred').length;
    const { left, resetsAt } = report.deferred;
    const when = resetsAt ? `, renewed at ${resetsAt.toISOString().slice(11, 16)} UTC` : '';
    lines.push(
      '',
      `${count} open suggestion${count === 1 ? ' was' : 's were'} left for the next run: the API budget is low (${left ?? 'few'} requests left${when}). Nothing is lost; the next push or scheduled run rebuilds ${count === 1 ? 'it' : 'them'}.`,
    );
  }
  return lines.join('\n');
}

/** Issue numbers whose suggestion PR was rewritten, comma-separated. */
export function rebuiltList(results: Record<number, RebuildResult>): string {
  return Object.entries(results)
    .filter(([, r]) => r === 'pull-request-updated' || r === 'pull-request-created')
    .map(([n]) => n)
    .join(',');
}
