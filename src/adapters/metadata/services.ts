// The requests paperlist sends to each metadata service, one function per question. URLs follow each
// service's documented API; every answer is read by the parser in that service's record.
import { SERVICES } from '../../core/metadata/services.js';
import { S2_FIELDS } from '../../core/metadata/semanticscholar.js';
import type { FetchedPaper } from '../../core/metadata/types.js';
import type { Lookup, MetadataClient } from './client.js';

const q = encodeURIComponent;

/** arXiv export API, one id (without version). */
export function askArxiv(c: MetadataClient, id: string): Promise<Lookup<FetchedPaper>> {
  return c.ask('arxiv', id, `/query?id_list=${q(id)}&max_results=1`, (a) =>
    SERVICES.arxiv.parse(a, id),
  );
}

/** Crossref `/works/{doi}`, in the polite pool when a contact address is set. */
export function askCrossref(c: MetadataClient, doi: string): Promise<Lookup<FetchedPaper>> {
  const mailto = c.config.contact ? `?mailto=${q(c.config.contact)}` : '';
  return c.ask('crossref', doi, `/works/${q(doi)}${mailto}`, (a) => SERVICES.crossref.parse(a));
}

/** DataCite `/dois/{doi}` (arXiv's DOIs). */
export function askDatacite(c: MetadataClient, doi: string): Promise<Lookup<FetchedPaper>> {
  const headers: Record<string, string> = c.config.contact
    ? { 'user-agent': `${c.config.userAgent} (mailto:${c.config.contact})` }
    : {};
  return c.ask('datacite', doi, `/dois/${q(doi)}`, (a) => SERVICES.datacite.parse(a), { headers });
}

/** OpenReview API v2 `/notes?id=`. */
export function askOpenReview(c: MetadataClient, id: string): Promise<Lookup<FetchedPaper>> {
  return c.ask('openreview', id, `/notes?id=${q(id)}`, (a) => SERVICES.openreview.parse(a, id));
}

/** OpenReview API v1 `/notes?id=`: venues before the move to v2 keep their notes there. */
export function askOpenReviewV1(c: MetadataClient, id: string): Promise<Lookup<FetchedPaper>> {
  return c.ask('openreview1', id, `/notes?id=${q(id)}`, (a) => SERVICES.openreview1.parse(a, id));
}

/** ACL Anthology paper page. */
export function askAcl(c: MetadataClient, id: string): Promise<Lookup<FetchedPaper>> {
  return c.ask('acl', id, `/${q(id)}/`, (a) => SERVICES.acl.parse(a, id));
}

/** DBLP publication search by title; the hit with the same title. */
export function askDblp(c: MetadataClient, title: string): Promise<Lookup<FetchedPaper>> {
  const path = `/search/publ/api?q=${q(title)}&format=json&h=20`;
  return c.ask('dblp', `title:${title.toLowerCase()}`, path, (a) => SERVICES.dblp.parse(a, title));
}

function s2Headers(c: MetadataClient): Record<string, string> {
  return c.config.s2Key ? { 'x-api-key': c.config.s2Key } : {};
}

/** Semantic Scholar by identifier: `arXiv:<id>`, `DOI:<doi>`, `ACL:<id>`. */
export function askS2(c: MetadataClient, id: string): Promise<Lookup<FetchedPaper>> {
  const path = `/paper/${q(id)}?fields=${S2_FIELDS}`;
  return c.ask('s2', id, path, (a) => SERVICES.s2.parse(a), { headers: s2Headers(c) });
}

/** Semantic Scholar's title match. */
export function askS2Title(c: MetadataClient, title: string): Promise<Lookup<FetchedPaper>> {
  const path = `/paper/search/match?query=${q(title)}&fields=${S2_FIELDS}`;
  return c.ask('s2', `title:${title.toLowerCase()}`, path, (a) => SERVICES.s2.parse(a), {
    headers: s2Headers(c),
  });
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
    (a) => SERVICES.github.parse(a),
    { headers },
  );
}
