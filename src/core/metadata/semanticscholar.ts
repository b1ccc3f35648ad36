// Semantic Scholar's Graph API: `/paper/{id}` and `/paper/search/match` (whose answer wraps the paper
// in `data`). Its `venue` is `arXiv.org` or empty for a preprint; `externalIds` gives the arXiv id, the
// DOI (arXiv's own DOI for a preprint) and the DBLP key. Errors come as `error` or `message`.
import {
  cleanFetched,
  cleanFetchedUrl,
  cleanNames,
  field,
  list,
  parseJson,
  yearOf,
} from './clean.js';
import { findRepositories, repositoryUrl } from './code-links.js';
import { isArxivId } from './link.js';
import { LIMITS } from '../suggest/limits.js';
import { answerError, notFound } from './answer.js';
import type { Answer, FetchedPaper, PaperIds, ParsedAnswer } from './types.js';

/** The fields paperlist asks for. */
export const S2_FIELDS =
  'title,authors,year,venue,publicationVenue,journal,externalIds,url,openAccessPdf,abstract';

const PREPRINT_VENUE = /^(?:arxiv(?:\.org)?|corr|biorxiv|medrxiv)$/i;

function idsOf(external: unknown): PaperIds {
  const ids: PaperIds = {};
  const arxiv = cleanFetched(field(external, 'ArXiv'), 100);
  if (arxiv !== undefined && isArxivId(arxiv)) ids.arxiv = arxiv;
  const doi = cleanFetched(field(external, 'DOI'), 200)?.toLowerCase();
  if (doi !== undefined && doi.startsWith('10.') && !doi.startsWith('10.48550/')) ids.doi = doi;
  const acl = cleanFetched(field(external, 'ACL'), 100);
  if (acl !== undefined) ids.acl = acl;
  return ids;
}

function errorOf(json: unknown): string | undefined {
  const e = field(json, 'error') ?? field(json, 'message');
  return cleanFetched(e, 300);
}

/** A Semantic Scholar answer (one paper, or a title match) as a paper, or why there is none. */
export function parseSemanticScholar(answer: Answer): ParsedAnswer {
  const json = parseJson(answer.body);
  if (answer.status === 404) return notFound(`Semantic Scholar: ${errorOf(json) ?? 'not found'}`);
  const found = Array.isArray(field(json, 'data')) ? list(json, 'data')[0] : json;
  if (answer.status !== 200 || typeof field(found, 'paperId') !== 'string') {
    const why = errorOf(json);
    return answerError(
      `Semantic Scholar answered with HTTP ${answer.status}${why ? `: ${why}` : ''}`,
    );
  }
  return { ok: true, paper: paperOf(found) };
}

function paperOf(p: unknown): FetchedPaper {
  const title = cleanFetched(field(p, 'title'));
  const authors = cleanNames(list(p, 'authors').map((a) => field(a, 'name')));
  const year = yearOf(field(p, 'year'));
  const pub = field(p, 'publicationVenue');
  const venueRaw =
    cleanFetched(field(p, 'venue'), LIMITS.venue * 3) ??
    cleanFetched(field(pub, 'name'), LIMITS.venue * 3);
  const journal = cleanFetched(field(field(p, 'journal'), 'name'), LIMITS.venue * 3);
  const ids = idsOf(field(p, 'externalIds'));
  const dblp = cleanFetched(field(field(p, 'externalIds'), 'DBLP'), 200);
  const named = venueRaw ?? journal;
  const venue = named !== undefined && !PREPRINT_VENUE.test(named) ? named : undefined;
  const preprint =
    venue === undefined &&
    (named !== undefined || ids.arxiv !== undefined || dblp?.startsWith('journals/corr/') === true);
  const names = [
    cleanFetched(field(pub, 'name'), LIMITS.venue * 3),
    ...list(pub, 'alternate_names').map((n) => cleanFetched(n, LIMITS.venue * 3)),
  ].filter((n) => n !== undefined);
  const url = cleanFetchedUrl(field(p, 'url'));
  const pdf = cleanFetchedUrl(field(field(p, 'openAccessPdf'), 'url'));
  const abstract = cleanFetched(field(p, 'abstract'), 20000) ?? '';
  const code = findRepositories(abstract).map(repositoryUrl);
  return {
    source: 's2',
    ...(title !== undefined ? { title } : {}),
    ...(authors ? { authors } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(venue !== undefined ? { venue } : {}),
    ...(names.length > 0 ? { venueNames: names } : {}),
    preprint,
    ...(pdf !== undefined ? { pdf } : {}),
    ...(url !== undefined ? { url } : {}),
    ids,
    ...(code.length > 0 ? { codeCandidates: code } : {}),
  };
}
