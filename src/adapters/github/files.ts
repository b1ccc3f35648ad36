// Reading files of the repository at a ref, through the contents API (no checkout needed).
import type { GitHub, Repo } from './client.js';
import { statusOf } from './errors.js';

export interface RepoFile {
  path: string;
  text: string;
  /** The blob's SHA, to tell later whether the file changed. */
  sha: string;
}

/** Reads a UTF-8 file at `ref`; undefined when it does not exist. */
export async function readRepoFile(
  gh: GitHub,
  repo: Repo,
  path: string,
  ref: string,
): Promise<RepoFile | undefined> {
  try {
    const res = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path,
      ref,
    });
    const data = res.data;
    if (Array.isArray(data) || data.type !== 'file') {
      throw new Error(`${path} is not a file in ${repo.owner}/${repo.repo}`);
    }
    // Files over 1 MB come without content; the blob API serves them (up to 100 MB).
    const base64 =
      data.encoding === 'base64' && data.content
        ? data.content
        : await readBlobBase64(gh, repo, data.sha);
    return { path, text: Buffer.from(base64, 'base64').toString('utf8'), sha: data.sha };
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

async function readBlobBase64(gh: GitHub, repo: Repo, sha: string): Promise<string> {
  const res = await gh.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
    ...repo,
    file_sha: sha,
  });
  return res.data.content;
}
