// The list as it was before a push: read at the push's `before` commit, so the refresh can tell
// which entries the push added (and record the day on them). A push that created the branch, or a
// data file that did not exist or did not read then, gives nothing: no entry is stamped rather than
// every one.
import { readRepoFile } from '../../adapters/github/files.js';
import { loadData } from '../../core/data/load.js';
import type { PaperList } from '../../core/types.js';
import type { FlowContext } from '../context.js';

export async function listBefore(
  ctx: FlowContext,
  before: string | undefined,
): Promise<PaperList | undefined> {
  if (!before || !/^[0-9a-f]{40}$/i.test(before) || /^0+$/.test(before)) return undefined;
  const file = await readRepoFile(ctx.gh, ctx.repo, ctx.paths.dataFile, before);
  if (!file) return undefined;
  const loaded = loadData(file.text, ctx.paths.dataFile);
  return loaded.ok ? loaded.value : undefined;
}
