// The scheduled (and manually started) run: the refresh, with the issue form's section options
// re-synced in the same commit, then the open suggestions rebuilt, the links checked and (when the
// settings ask for them) the digest of new arXiv papers kept up to date and the preprints' published
// venues looked up. Each part
// plans and executes on its own; this flow only composes them (no rebuild in a dry run).
import { readRepoFile } from '../adapters/github/files.js';
import { syncFormSections } from '../core/form/sync.js';
import type { FlowContext, FlowResult } from './context.js';
import { runDigest } from './digest/run.js';
import type { ListAtCommit } from './list-at-commit.js';
import { runLinkReport } from './link-report/run.js';
import type { RefreshResult } from './outcomes.js';
import { describeRebuild, rebuiltList } from './rebuild/describe.js';
import { rebuildSuggestions } from './rebuild/run.js';
import { refresh } from './refresh/run.js';
import { withSite, writeReaderSite } from './site.js';
import { FORM_PATH } from './suggestion/form.js';
import { runVenueUpdates } from './venue-updates/run.js';

export async function maintain(ctx: FlowContext): Promise<FlowResult<RefreshResult>> {
  const refreshed = await refresh(ctx, {
    dataChanged: false,
    extraFiles: (list) => syncForm(ctx, list),
  });
  const site = writeReaderSite(
    ctx,
    refreshed.papers,
    refreshed.list.settings,
    new Date(refreshed.list.head.date),
  );
  const rebuilt = ctx.dryRun ? undefined : await rebuildSuggestions(ctx, refreshed.current);
  const links = await runLinkReport(ctx, refreshed.list);
  const venues = await runVenueUpdates(ctx, refreshed.list);
  const digest = await runDigest(ctx, refreshed.list);
  const outputs: Record<string, string> = { ...refreshed.outputs };
  if (rebuilt) outputs['rebuilt-pull-requests'] = rebuiltList(rebuilt.results);
  if (links.url) outputs['link-report-url'] = links.url;
  if (digest.url) outputs['digest-url'] = digest.url;
  if (venues.url) outputs['venue-updates-url'] = venues.url;
  return withSite(
    {
      result: refreshed.result,
      outputs,
      summary: [
        refreshed.summary,
        rebuilt ? describeRebuild(rebuilt) : '',
        links.summary,
        venues.summary,
        digest.summary,
      ]
        .filter(Boolean)
        .join('\n\n'),
    },
    site,
  );
}

/** The issue form with its `sections` options matching the data, when they differ. */
async function syncForm(ctx: FlowContext, list: ListAtCommit): Promise<Record<string, string>> {
  const form = await readRepoFile(ctx.gh, ctx.repo, FORM_PATH, list.head.sha);
  if (!form) return {};
  const synced = syncFormSections(
    form.text,
    list.list.sections.map((s) => s.name),
  );
  return synced.changed ? { [FORM_PATH]: synced.text } : {};
}
