// Moving a suggestion branch, and telling a lost race from a real failure: a ref update GitHub refuses
// with 409 or 422 means someone else changed the branch meanwhile (another run, a deleted branch).
// The flow then starts over from a fresh read, which re-applies the suggestion on what is there now.
import { statusOf } from '../../adapters/github/client.js';
import { setBranch } from '../../adapters/github/refs.js';
import type { FlowContext } from '../context.js';

export class BranchRace extends Error {
  constructor(branch: string, cause: unknown) {
    super(`the branch ${branch} changed while it was being updated: ${String(cause)}`, { cause });
    this.name = 'BranchRace';
  }
}

/** Points `branch` at `sha` (created if missing, moved by force otherwise). */
export async function moveBranch(
  ctx: FlowContext,
  branch: string,
  sha: string,
  exists?: boolean,
): Promise<void> {
  try {
    await setBranch(ctx.gh, ctx.repo, branch, sha, {
      force: true,
      ...(exists !== undefined ? { exists } : {}),
    });
  } catch (error) {
    const status = statusOf(error);
    if (status === 409 || status === 422) throw new BranchRace(branch, error);
    throw error;
  }
}
