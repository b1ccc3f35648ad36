// DataCite's `/dois/{doi}` (JSON:API), asked for arXiv's own DOIs (`10.48550/arXiv.*`). The record is
// a preprint: its publisher is arXiv, not a venue. DataCite lower-cases the DOI; the arXiv id is in
// `identifiers`, and the arXiv comment ("accepted to ...") travels as a description of type `Other`.
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
import { noRecord, notFound } from './answer.js';
import type { Answer, FetchedPaper, ParsedAnswer } from './types.js';

function creatorName(c: unknown): unknown {
  const given = field(c, 'givenName');
  const family = field(c, 'familyName');
  if (typeof given === 'string' && typeof family === 'string') return `${given} ${family}`;
  return field(c, 'name');
}

/** A DataCite answer as a paper, or why there is none. */
export function parseDatacite(answer: Answer): ParsedAnswer {
  if (answer.status === 404) return notFound('DataCite does not know this DOI');
  const attrs = field(field(parseJson(answer.body), 'data'), 'attributes');
  if (answer.status !== 200 || attrs === undefined) {
    return noRecord('DataCite', answer.status, 'record');
  }
  const doi = cleanFetched(field(attrs, 'doi'), 200)?.toLowerCase();
  const arxivId = list(attrs, 'identifiers')
    .filter((i) => field(i, 'identifierType') === 'arXiv')
    .map((i) => cleanFetched(field(i, 'identifier'), 100))
    .find((i) => i !== undefined);
  const named = arxivId ?? /^10\.48550\/arxiv\.(.+)$/.exec(doi ?? '')?.[1];
  const arxiv = named !== undefined && isArxivId(named) ? named : undefined;
  const title = cleanFetched(field(list(attrs, 'titles')[0], 'title'));
  const authors = cleanNames(list(attrs, 'creators').map(creatorName));
  const year = yearOf(field(attrs, 'publicationYear'));
  const publisher = cleanFetched(field(attrs, 'publisher'), 200);
  const preprint =
    field(field(attrs, 'types'), 'resourceTypeGeneral') === 'Preprint' ||
    /^arxiv$/i.test(publisher ?? '');
  const texts = list(attrs, 'descriptions').map(
    (d) => cleanFetched(field(d, 'description'), 20000) ?? '',
  );
  const code = findRepositories(texts.join(' ')).map(repositoryUrl);
  const page = cleanFetchedUrl(field(attrs, 'url'));
  const paper: FetchedPaper = {
    source: 'datacite',
    ...(title !== undefined ? { title } : {}),
    ...(authors ? { authors } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(!preprint && publisher !== undefined ? { venue: publisher } : {}),
    preprint,
    ...(page !== undefined ? { page, url: page } : {}),
    ...(arxiv !== undefined ? { pdf: `https://arxiv.org/pdf/${arxiv}` } : {}),
    ids: arxiv !== undefined ? { arxiv } : doi !== undefined ? { doi } : {},
    ...(code.length > 0 ? { codeCandidates: code } : {}),
  };
  return { ok: true, paper };
}
