// GitHub's `/repos/{owner}/{repo}`: whether a repository named in a paper's text exists, and its
// canonical address (the CODE link). A renamed repository answers with its new name.
import { cleanFetchedUrl, field, parseJson } from './clean.js';

export type RepoCheck =
  | { ok: true; url: string; archived: boolean }
  | { ok: false; kind: 'not-found' | 'error'; message: string };

/** The verdict of a `/repos` answer. */
export function parseGithubRepo(status: number, body: string): RepoCheck {
  if (status === 404) return { ok: false, kind: 'not-found', message: 'no such GitHub repository' };
  const json = parseJson(body);
  const url = cleanFetchedUrl(field(json, 'html_url'));
  if (status !== 200 || url === undefined || !/^https:\/\/github\.com\/[^/]+\/[^/]+$/.test(url)) {
    return { ok: false, kind: 'error', message: `GitHub answered with HTTP ${status}` };
  }
  if (field(json, 'private') === true)
    return { ok: false, kind: 'not-found', message: 'the repository is private' };
  return { ok: true, url, archived: field(json, 'archived') === true };
}
