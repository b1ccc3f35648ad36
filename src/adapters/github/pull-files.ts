// The paths a pull request changes (GET .../pulls/{n}/files, 100 per page): the webhook payload
// does not list them, and this is the cheapest read that does. Renamed files count under both names.
import type { GitHub, Repo } from './client.js';

/** GitHub lists at most 3,000 files of a pull request. */
const MAX_PAGES = 30;

export async function listPullFiles(gh: GitHub, repo: Repo, pull: number): Promise<string[]> {
  const out: string[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const res = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      ...repo,
      pull_number: pull,
      per_page: 100,
      page,
    });
    for (const f of res.data) {
      out.push(f.filename);
      if (f.previous_filename) out.push(f.previous_filename);
    }
    if (res.data.length < 100) break;
  }
  return out;
}
