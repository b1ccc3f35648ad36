// Repository addresses named in a paper's own text ("code is available at github.com/x/y"): the arXiv
// comment and abstract, or Semantic Scholar's abstract. They are only candidates: the lookup checks each
// one through the GitHub API before it becomes the entry's CODE link.

/** `github.com/<owner>/<repo>` with or without scheme; owner and name as GitHub allows them. */
const GITHUB_REPO =
  /(?:https?:\/\/)?(?:www\.)?github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})/g;

/** GitHub pages that are not repositories. */
const NOT_OWNERS = new Set([
  'orgs',
  'topics',
  'features',
  'about',
  'marketplace',
  'settings',
  'sponsors',
]);

export interface RepoRef {
  owner: string;
  repo: string;
}

/** Repositories named in `text`, in order of appearance, each once. */
export function findRepositories(text: string): RepoRef[] {
  const seen = new Set<string>();
  const out: RepoRef[] = [];
  for (const m of text.matchAll(GITHUB_REPO)) {
    const owner = m[1] ?? '';
    // A sentence's full stop or a closing bracket after the address is not part of the name.
    const repo = (m[2] ?? '').replace(/\.git$/i, '').replace(/[.]+$/, '');
    if (repo === '' || NOT_OWNERS.has(owner.toLowerCase())) continue;
    const key = `${owner}/${repo}`.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ owner, repo });
  }
  return out;
}

/** The address paperlist writes for a repository. */
export function repositoryUrl(r: RepoRef): string {
  return `https://github.com/${r.owner}/${r.repo}`;
}
