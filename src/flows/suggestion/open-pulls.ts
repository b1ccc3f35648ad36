// The open pull requests into the default branch, with their labels: a suggestion PR whose label
// never got added (a run that stopped right after opening it) gets it on the next run.
// (The shared adapter's PullRequest has no labels; this is that listing plus them.)
import type { PullRequest } from '../../adapters/github/pulls.js';
import type { FlowContext } from '../context.js';

export interface LabelledPull extends PullRequest {
  labels: string[];
}

export async function listOpenPullsWithLabels(ctx: FlowContext): Promise<LabelledPull[]> {
  const out: LabelledPull[] = [];
  for (let page = 1; ; page++) {
    const res = await ctx.gh.request('GET /repos/{owner}/{repo}/pulls', {
      ...ctx.repo,
      state: 'open',
      base: ctx.defaultBranch,
      per_page: 100,
      page,
    });
    for (const p of res.data) {
      out.push({
        number: p.number,
        url: p.html_url,
        state: p.state === 'open' ? 'open' : 'closed',
        merged: p.merged_at !== null,
        title: p.title,
        body: p.body ?? '',
        headRef: p.head.ref,
        headSha: p.head.sha,
        labels: p.labels.map((l) => l.name),
      });
    }
    if (res.data.length < 100) return out;
  }
}
