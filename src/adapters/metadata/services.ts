// The requests paperlist sends to each metadata service, one function per question. URLs follow each
// service's documented API; every answer is parsed by the pure parser of that service.
import { parseAclPage } from '../../core/metadata/acl.js';
import { parseArxiv } from '../../core/metadata/arxiv.js';
import { parseCrossref } from '../../core/metadata/crossref.js';
import { parseDatacite } from '../../core/metadata/datacite.js';
import { parseDblpSearch } from '../../core/metadata/dblp.js';
import { parseGithubRepo } from '../../core/metadata/github.js';
import { parseOpenReview } from '../../core/metadata/openreview.js';
import { parseSemanticScholar, S2_FIELDS } from '../../core/metadata/semanticscholar.js';
import type { FetchedPaper } from '../../core/metadata/types.js';
import { asValue, type Lookup, type MetadataClient } from './client.js';

const q = encodeURIComponent;

/** arXiv export API, one id (without version). */
export function askArxiv(c: MetadataClient, id: string): Promise<Lookup<FetchedPaper>> {
  return c.ask('arxiv', id, `/query?id_list=${q(id)}&max_results=1`, (a) =>
    asValue(parseArxiv(a, id)),
  );
}

/** Crossref `/works/{doi}`, in the polite pool when a contact address is set. */
export function askCrossref(c: MetadataClient, doi: string): Promise<Lookup<FetchedPaper>> {
  const mailto = c.config.contact ? `?mailto=${q(c.config.contact)}` : '';
  return c.ask('crossref', doi, `/works/${q(doi)}${mailto}`, (a) => asValue(parseCrossref(a)));
}

/** DataCite `/dois/{doi}` (arXiv's DOIs). */
export function askDatacite(c: MetadataClient, doi: string): Promise<Lookup<FetchedPaper>> {
  const headers: Record<string, string> = c.config.contact
    ? { 'user-agent': `${c.config.userAgent} (mailto:${c.config.contact})` }
    : {};
  return c.ask('datacite', doi, `/dois/${q(doi)}`, (a) => asValue(parseDatacite(a)), { headers });
}

/** OpenReview API v2 `/notes?id=`. */
export function askOpenReview(c: MetadataClient, id: string): Promise<Lookup<FetchedPaper>> {
  return c.ask('openreview', id, `/notes?id=${q(id)}`, (a) => asValue(parseOpenReview(a, id)));
}

/** OpenReview API v1 `/notes?id=`: venues before the move to v2 keep their notes there. */
export function askOpenReviewV1(c: MetadataClient, id: string): Promise<Lookup<FetchedPaper>> {
  return c.ask('openreview1', id, `/notes?id=${q(id)}`, (a) => asValue(parseOpenReview(a, id)));
}

/** ACL Anthology paper page. */
export function askAcl(c: MetadataClient, id: string): Promise<Lookup<FetchedPaper>> {
  return c.ask('acl', id, `/${q(id)}/`, (a) => asValue(parseAclPage(a, id)));
}

/** DBLP publication search by title; the hit with the same title. */
export function askDblp(c: MetadataClient, title: string): Promise<Lookup<FetchedPaper>> {
  const path = `/search/publ/api?q=${q(title)}&format=json&h=20`;
  return c.ask('dblp', `title:${title.toLowerCase()}`, path, (a) =>
    asValue(parseDblpSearch(a, title)),
  );
}

function s2Headers(c: MetadataClient): Record<string, string> {
  return c.config.s2Key ? { 'x-api-key': c.config.s2Key } : {};
}

/** Semantic Scholar by identifier: `arXiv:<id>`, `DOI:<doi>`, `ACL:<id>`. */
export function askS2(c: MetadataClient, id: string): Promise<Lookup<FetchedPaper>> {
  const path = `/paper/${q(id)}?fields=${S2_FIELDS}`;
  return c.ask('s2', id, path, (a) => asValue(parseSemanticScholar(a)), { headers: s2Headers(c) });
}

/** Semantic Scholar's title match. */
export function askS2Title(c: MetadataClient, title: string): Promise<Lookup<FetchedPaper>> {
  const path = `/paper/search/match?query=${q(title)}&fields=${S2_FIELDS}`;
  return c.ask(
    's2',
    `title:${title.toLowerCase()}`,
    path,
    (a) => asValue(parseSemanticScholar(a)),
    {
      headers: s2Headers(c),
    },
  );
}

/** GitHub `/repos/{owner}/{repo}`: the repository's canonical address when it exists. */
export function askGithubRepo(
  c: MetadataClient,
  owner: string,
  repo: string,
): Promise<Lookup<string>> {
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    ...(c.config.githubToken ? { authorization: `Bearer ${c.config.githubToken}` } : {}),
  };
  return c.ask(
    'github',
    `${owner}/${repo}`.toLowerCase(),
    `/repos/${q(owner)}/${q(repo)}`,
    (a) => {
      const r = parseGithubRepo(a.status, a.body);
      return r.ok ? { ok: true, value: r.url } : r;
    },
    { headers },
  );
}
