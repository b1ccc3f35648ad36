// One record per metadata service, in one place: how it is named to people, where it is (its default
// base URL and the variable that moves it), how far apart requests to it go, where it stands in each
// of the merge's trust orders, and the parser of its answers. `satisfies` makes the compiler refuse a
// service without its record, a record without a field, and a record without a rank in any trust
// order: a service added to `ServiceName` cannot be trusted before the others by omission.
import { parseAclPage } from './acl.js';
import { parseArxiv } from './arxiv.js';
import { parseCrossref } from './crossref.js';
import { parseDatacite } from './datacite.js';
import { parseDblpSearch } from './dblp.js';
import { parseGithubRepo } from './github.js';
import { parseOpenReview } from './openreview.js';
import { parseSemanticScholar } from './semanticscholar.js';
import type {
  Answer,
  FetchedPaper,
  ParsedAnswer,
  ServiceName,
  ServiceRecord,
  TrustOrder,
  Verdict,
} from './types.js';

/** A parser's paper in the shape every service's record gives. */
const asValue = (parsed: ParsedAnswer): Verdict<FetchedPaper> =>
  parsed.ok ? { ok: true, value: parsed.paper } : parsed;

/**
 * Ranks: 1 is trusted first. `record` orders the services for the paper's own record (title,
 * authors, links, identifiers); `venue` for where it was published. GitHub gives no papers (only a
 * repository's address): it stands last in both.
 */
export const SERVICES = {
  arxiv: {
    label: 'arXiv',
    baseUrl: 'https://export.arxiv.org/api',
    baseUrlVariable: 'PAPERLIST_ARXIV_URL',
    intervalMs: 3000, // arXiv's terms of use: no more than one request every three seconds
    ranks: { record: 1, venue: 8 },
    parse: (answer: Answer, id: string) => asValue(parseArxiv(answer, id)),
  },
  openreview: {
    label: 'OpenReview',
    baseUrl: 'https://api2.openreview.net',
    baseUrlVariable: 'PAPERLIST_OPENREVIEW_URL',
    intervalMs: 500,
    ranks: { record: 2, venue: 2 },
    parse: (answer: Answer, id: string) => asValue(parseOpenReview(answer, id, 'openreview')),
  },
  openreview1: {
    label: 'OpenReview (API v1)',
    baseUrl: 'https://api.openreview.net',
    baseUrlVariable: 'PAPERLIST_OPENREVIEW_V1_URL',
    intervalMs: 500,
    ranks: { record: 3, venue: 3 },
    parse: (answer: Answer, id: string) => asValue(parseOpenReview(answer, id, 'openreview1')),
  },
  acl: {
    label: 'ACL Anthology',
    baseUrl: 'https://aclanthology.org',
    baseUrlVariable: 'PAPERLIST_ACL_URL',
    intervalMs: 500,
    ranks: { record: 4, venue: 4 },
    parse: (answer: Answer, id: string) => asValue(parseAclPage(answer, id)),
  },
  crossref: {
    label: 'Crossref',
    baseUrl: 'https://api.crossref.org',
    baseUrlVariable: 'PAPERLIST_CROSSREF_URL',
    intervalMs: 200,
    ranks: { record: 5, venue: 5 },
    parse: (answer: Answer) => asValue(parseCrossref(answer)),
  },
  datacite: {
    label: 'DataCite',
    baseUrl: 'https://api.datacite.org',
    baseUrlVariable: 'PAPERLIST_DATACITE_URL',
    intervalMs: 200,
    ranks: { record: 6, venue: 7 },
    parse: (answer: Answer) => asValue(parseDatacite(answer)),
  },
  dblp: {
    label: 'DBLP',
    baseUrl: 'https://dblp.org',
    baseUrlVariable: 'PAPERLIST_DBLP_URL',
    intervalMs: 1000,
    ranks: { record: 7, venue: 1 },
    parse: (answer: Answer, title: string) => asValue(parseDblpSearch(answer, title)),
  },
  s2: {
    label: 'Semantic Scholar',
    baseUrl: 'https://api.semanticscholar.org/graph/v1',
    baseUrlVariable: 'PAPERLIST_S2_URL',
    intervalMs: 1000, // about one per second, with or without a key
    ranks: { record: 8, venue: 6 },
    parse: (answer: Answer) => asValue(parseSemanticScholar(answer)),
  },
  github: {
    label: 'GitHub',
    baseUrl: 'https://api.github.com',
    baseUrlVariable: 'GITHUB_API_URL', // the runner's own
    intervalMs: 0,
    ranks: { record: 9, venue: 9 },
    parse: (answer: Answer): Verdict<string> => {
      const r = parseGithubRepo(answer.status, answer.body);
      return r.ok ? { ok: true, value: r.url } : r;
    },
  },
} satisfies Record<ServiceName, ServiceRecord>;

/** Every service, in the records' order. */
export const SERVICE_LIST = Object.keys(SERVICES) as ServiceName[];

/** How a service is named in comments and summaries. */
export function serviceLabel(service: ServiceName): string {
  return SERVICES[service].label;
}

/** Whether `name` (read from a stored record, say) names a service. */
export function isServiceName(name: string): name is ServiceName {
  return Object.hasOwn(SERVICES, name);
}

/** The services from most to least trusted in `order`. */
export function trustOrder(order: TrustOrder): ServiceName[] {
  return [...SERVICE_LIST].sort((a, b) => SERVICES[a].ranks[order] - SERVICES[b].ranks[order]);
}
