// Looking a paper up by its link: the service that holds its record first (arXiv, DataCite for arXiv
// DOIs, Crossref then DataCite for other DOIs, OpenReview's API v2 then v1, the ACL Anthology), then where it was
// published (DBLP by title, Semantic Scholar by identifier or title), then its code (a repository the
// record names, checked on GitHub). What a service could not answer is reported, never fatal: the
// suggestion goes on with what is there, and the next run asks again.
import { linkIdentifiers, type PaperLink } from '../../core/metadata/link.js';
import { findRepositories } from '../../core/metadata/code-links.js';
import type { FetchedPaper, LookupGap, LookupResult, PaperIds } from '../../core/metadata/types.js';
import type { Lookup, MetadataClient } from '../../adapters/metadata/client.js';
import {
  askAcl,
  askArxiv,
  askCrossref,
  askDatacite,
  askDblp,
  askGithubRepo,
  askOpenReview,
  askOpenReviewV1,
  askS2,
  askS2Title,
} from '../../adapters/metadata/services.js';

/** Code candidates checked per paper (each is one GitHub request). */
const MAX_CODE_CHECKS = 2;

async function primary(c: MetadataClient, link: PaperLink): Promise<Lookup<FetchedPaper>[]> {
  switch (link.kind) {
    case 'arxiv':
      return [await askArxiv(c, link.id)];
    case 'doi': {
      if (link.arxiv !== undefined) return [await askDatacite(c, link.doi)];
      const crossref = await askCrossref(c, link.doi);
      if (crossref.ok || crossref.kind !== 'not-found') return [crossref];
      return [crossref, await askDatacite(c, link.doi)];
    }
    case 'openreview': {
      // Older venues' notes are only on API v1: asked when v2 does not know the id.
      const v2 = await askOpenReview(c, link.id);
      if (v2.ok || v2.kind !== 'not-found') return [v2];
      return [v2, await askOpenReviewV1(c, link.id)];
    }
    case 'acl':
      return [await askAcl(c, link.id)];
    default:
      return [];
  }
}

function s2Id(ids: PaperIds): string | undefined {
  if (ids.arxiv !== undefined) return `arXiv:${ids.arxiv}`;
  if (ids.doi !== undefined) return `DOI:${ids.doi}`;
  if (ids.acl !== undefined) return `ACL:${ids.acl}`;
  return undefined;
}

async function checkCode(
  c: MetadataClient,
  fetched: FetchedPaper[],
  gaps: LookupGap[],
): Promise<LookupResult['code']> {
  const candidates = fetched.flatMap((p) =>
    (p.codeCandidates ?? []).flatMap((u) =>
      findRepositories(u).map((r) => ({ ...r, source: p.source })),
    ),
  );
  for (const cand of candidates.slice(0, MAX_CODE_CHECKS)) {
    const found = await askGithubRepo(c, cand.owner, cand.repo);
    if (found.ok) return { url: found.value, source: cand.source };
    if (found.kind === 'unavailable')
      gaps.push({ service: 'github', kind: found.kind, message: found.message });
  }
  return undefined;
}

/**
 * Everything the services know about the paper at `link`; `title` is the typed one, if any. With
 * `code: false` no repository is looked for (the venue look-up needs none).
 */
export async function lookUpPaper(
  c: MetadataClient,
  link: PaperLink,
  title?: string,
  options: { code?: boolean } = {},
): Promise<LookupResult> {
  const fetched: FetchedPaper[] = [];
  const gaps: LookupGap[] = [];
  const take = (l: Lookup<FetchedPaper>) => {
    if (l.ok) fetched.push(l.value);
    else gaps.push({ service: l.service, kind: l.kind, message: l.message });
  };
  (await primary(c, link)).forEach(take);
  const ids: PaperIds = { ...linkIdentifiers(link) };
  for (const p of fetched)
    for (const [k, v] of Object.entries(p.ids)) ids[k as keyof PaperIds] ??= v;
  const knownTitle = title ?? fetched.find((p) => p.title !== undefined)?.title;
  const published = fetched.some((p) => !p.preprint && p.venue !== undefined);
  // Semantic Scholar gives other identifiers (for the duplicate check) and often the venue.
  const byId = s2Id(ids);
  if (byId !== undefined) take(await askS2(c, byId));
  else if (knownTitle !== undefined) take(await askS2Title(c, knownTitle));
  if (!published && knownTitle !== undefined) take(await askDblp(c, knownTitle));
  // A preprint whose published DOI arXiv knows: Crossref names that venue.
  const laterDoi = fetched.find((p) => p.source === 'arxiv')?.ids.doi;
  const nowPublished = fetched.some((p) => !p.preprint && p.venue !== undefined);
  if (laterDoi !== undefined && !nowPublished) take(await askCrossref(c, laterDoi));
  const code = options.code === false ? undefined : await checkCode(c, fetched, gaps);
  return { fetched, gaps, linkIds: linkIdentifiers(link), ...(code ? { code } : {}) };
}
