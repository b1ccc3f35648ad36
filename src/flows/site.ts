// The reader page, papers.bib and feed.xml written into the action's `site-dir` after a refresh, from
// the list as the refresh left it, so a later workflow step can publish the folder (GitHub Pages).
// The folder is on the runner, not in the repository: a dry run writes it too.
import { writeFolder } from '../adapters/fs/folder.js';
import { renderReaderFiles } from '../core/outputs/files.js';
import type { Settings } from '../core/settings/types.js';
import type { PaperList } from '../core/types.js';
import type { FlowContext, FlowResult } from './context.js';

/** Writes the files when the action was given a folder; the outputs and summary line to add. */
export function writeReaderSite(
  ctx: FlowContext,
  papers: PaperList,
  settings: Settings,
  time: Date,
): Pick<FlowResult, 'outputs' | 'summary'> | undefined {
  if (!ctx.site) return undefined;
  const files = renderReaderFiles(papers, {
    name: settings.name,
    ...(settings.intro ? { intro: settings.intro } : {}),
    ...(settings.siteUrl ? { siteUrl: settings.siteUrl } : {}),
    time,
  });
  const written = writeFolder(ctx.site.dir, ctx.site.shown, files);
  if (!written.ok) {
    const [problem] = written.problems;
    throw new Error(`could not write the reader page: ${problem?.file}: ${problem?.message}`);
  }
  return {
    outputs: { 'site-dir': ctx.site.shown },
    summary: `Wrote the reader page into \`${ctx.site.shown}\`: ${written.value.map((f) => `\`${f}\``).join(', ')}.`,
  };
}

/** `result` with the site's outputs and summary line added. */
export function withSite<R extends string>(
  result: FlowResult<R>,
  site: Pick<FlowResult, 'outputs' | 'summary'> | undefined,
): FlowResult<R> {
  if (!site) return result;
  return {
    ...result,
    outputs: { ...result.outputs, ...site.outputs },
    summary: `${result.summary}\n\n${site.summary}`,
  };
}
