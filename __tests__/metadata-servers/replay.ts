// Local replay servers for the metadata services: one loopback HTTP server answering, under one path
// prefix per service (/arxiv, /crossref, /datacite, /openreview, /openreview1 for OpenReview's API v1,
// /dblp, /s2, /acl, /github), with the recorded answers in __tests__/fixtures/metadata (status, content
// type and body as recorded; OpenReview and DBLP search from their documented shapes, marked as
// constructed there). Faults per service
// (down, slow, rate-limited, reset) let tests see what a run does without a service. Every request is
// logged with its arrival time, so tests can check politeness (mailto, keys, spacing as the server
// sees it).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServiceName } from '../../src/core/metadata/types.js';

const FIXTURES = new URL('../fixtures/metadata/', import.meta.url);
const file = (path: string): string => readFileSync(new URL(path, FIXTURES), 'utf8');

export type Fault = 'down' | 'slow' | 'rate-limited' | 'reset';
/** The services the server replays: the client's own names, so a new service cannot be missed. */
export type Service = ServiceName;

export interface Reply {
  status: number;
  type: string;
  body: string;
  headers?: Record<string, string>;
}

const XML = 'application/atom+xml; charset=utf-8';
const JSON_TYPE = 'application/json';

const ARXIV: Record<string, string> = {
  'astro-ph/0601001': 'arxiv/query-id_list-astro-ph_0601001-journal_ref.xml',
  '2104.12255': 'arxiv/query-id_list-2104.12255v1-versioned.xml',
  '2202.12139': 'arxiv/query-search-testing-10-entries-doi-journal_ref.xml',
};
const CROSSREF: Record<string, string> = {
  '10.1038/s42256-024-00832-8': 'crossref/works-10.1038_s42256-024-00832-8-journal-article.json',
  '10.1109/icdcsw.2003.1203662':
    'crossref/works-10.1109_icdcsw.2003.1203662-proceedings-article.json',
  '10.1073/pnas.1205508109': 'crossref/works-10.1073_pnas.1205508109-html-in-title.json',
};
const DATACITE: Record<string, string> = {
  '10.48550/arxiv.1902.02534': 'datacite/dois-10.48550_arxiv.1902.02534.json',
  '10.48550/arxiv.2311.16162': 'datacite/dois-10.48550_arxiv.2311.16162.json',
};
const S2: Record<string, string> = {
  'doi:10.48550/arxiv.2312.07559': 'semanticscholar/paper-DOI-10.48550_arxiv.2312.07559.json',
  'arxiv:2312.07559': 'semanticscholar/paper-DOI-10.48550_arxiv.2312.07559.json',
};
const ACL: Record<string, string> = {
  '2021.naacl-main.208': 'acl/aclanthology.org-2021.naacl-main.208-landing.html',
  'N04-1001': 'acl/aclanthology.org-N04-1001-landing.html',
};
/** API v2 knows v2 notes only; the older venues' notes are on API v1. */
const OPENREVIEW: Record<string, string> = {
  BSKXsrwVYo: 'openreview/constructed-v2-note-BSKXsrwVYo.json',
};
const OPENREVIEW_V1: Record<string, string> = {
  rJg8TeSFDH: 'openreview/constructed-v1-submitted.json',
  Hk1v1Cnstr: 'openreview/constructed-v1-note-Hk1v1Cnstr.json',
};

const ok = (path: string, type = JSON_TYPE): Reply => ({ status: 200, type, body: file(path) });

/** The recorded answer to one request, by service. */
function replay(service: Service, url: URL, extra: ExtraRecords): Reply {
  const rest = url.pathname;
  switch (service) {
    case 'arxiv': {
      if (url.searchParams.has('search_query') && extra.arxivSearch) return extra.arxivSearch(url);
      const id = (url.searchParams.get('id_list') ?? '').replace(/v\d+$/, '');
      const path = extra.arxiv[id] ?? ARXIV[id];
      if (path !== undefined)
        return { status: 200, type: XML, body: extra.bodies[path] ?? file(path) };
      if (!/^(\d{4}\.\d{4,5}|[a-z-]+\/\d{7})$/.test(id)) {
        return { status: 400, type: XML, body: file('arxiv/query-id_list-abc-error-400.xml') };
      }
      return ok('arxiv/query-id_list-0000.0000-not-found.xml', XML);
    }
    case 'crossref': {
      const doi = decodeURIComponent(rest.replace(/^\/works\//, '')).toLowerCase();
      const path = extra.crossref[doi] ?? CROSSREF[doi];
      if (path !== undefined)
        return { status: 200, type: JSON_TYPE, body: extra.bodies[path] ?? file(path) };
      return {
        status: 404,
        type: 'text/plain',
        body: file('crossref/works-10.1371_notarealdoi-404.txt'),
      };
    }
    case 'datacite': {
      const doi = decodeURIComponent(rest.replace(/^\/dois\//, '')).toLowerCase();
      const path = DATACITE[doi];
      if (path !== undefined) return ok(path);
      // DataCite's documented not-found answer (no recording exists).
      return {
        status: 404,
        type: JSON_TYPE,
        body: '{"errors":[{"status":"404","title":"The resource you are looking for doesn\'t exist."}]}',
      };
    }
    case 's2': {
      if (rest === '/paper/search/match') {
        const query = (url.searchParams.get('query') ?? '').toLowerCase();
        const path = extra.s2Titles[query];
        if (path !== undefined)
          return { status: 200, type: JSON_TYPE, body: extra.bodies[path] ?? file(path) };
        return {
          status: 404,
          type: JSON_TYPE,
          body: file('semanticscholar/paper-search-match-not-found-404.json'),
        };
      }
      const id = decodeURIComponent(rest.replace(/^\/paper\//, '')).toLowerCase();
      const path = extra.s2[id] ?? S2[id];
      if (path !== undefined)
        return { status: 200, type: JSON_TYPE, body: extra.bodies[path] ?? file(path) };
      return { status: 404, type: JSON_TYPE, body: `{"error":"Paper with id ${id} not found"}` };
    }
    case 'dblp': {
      const query = (url.searchParams.get('q') ?? '').toLowerCase();
      const hit = Object.entries(extra.dblp).find(([words]) => query.includes(words));
      if (hit) return { status: 200, type: JSON_TYPE, body: extra.bodies[hit[1]] ?? file(hit[1]) };
      if (query.includes('crowdsourcing open citations with croci'))
        return ok('dblp/constructed-search-croci.json');
      return ok('dblp/constructed-search-no-hits.json');
    }
    case 'openreview': {
      const path = OPENREVIEW[url.searchParams.get('id') ?? ''];
      return ok(path ?? 'openreview/constructed-no-notes.json');
    }
    case 'openreview1': {
      const path = OPENREVIEW_V1[url.searchParams.get('id') ?? ''];
      if (path !== undefined) return ok(path);
      return {
        status: 404,
        type: JSON_TYPE,
        body: file('openreview/constructed-v1-not-found-404.json'),
      };
    }
    case 'acl': {
      const path = ACL[rest.replace(/^\/|\/$/g, '')];
      if (path !== undefined) return ok(path, 'text/html; charset=utf-8');
      return { status: 404, type: 'text/html', body: '<html><body>Not found</body></html>' };
    }
    case 'github': {
      const repo = rest.replace(/^\/repos\//, '').toLowerCase();
      if (repo === 'pygithub/pygithub' || extra.github.includes(repo)) {
        const body = file('github/repos-PyGithub-PyGithub.json');
        return {
          status: 200,
          type: JSON_TYPE,
          body: repo === 'pygithub/pygithub' ? body : body.replaceAll('PyGithub/PyGithub', repo),
        };
      }
      return {
        status: 404,
        type: JSON_TYPE,
        body: file('github/not-found-repos-jacquev6-Xxx.json'),
      };
    }
  }
}

/** Records a test adds (an id served with a fixture file, possibly an edited copy in `bodies`). */
export interface ExtraRecords {
  arxiv: Record<string, string>;
  crossref: Record<string, string>;
  s2: Record<string, string>;
  s2Titles: Record<string, string>;
  /** Words of a DBLP query -> the answer file. */
  dblp: Record<string, string>;
  github: string[];
  /** Answer bodies by name, used instead of the file of that name. */
  bodies: Record<string, string>;
  /** The answer to an arXiv search (`/query?search_query=`), when a test gives one. */
  arxivSearch?: (url: URL) => Reply;
}

export interface LoggedRequest {
  service: Service;
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  /** When the request arrived (`performance.now()`, milliseconds with fractions). */
  at: number;
}

export interface MetadataServer {
  url: string;
  /** The variables pointing every service at this server (GitHub's only when `github` is asked). */
  env(options?: { github?: boolean }): Record<string, string>;
  requests: LoggedRequest[];
  faults: Partial<Record<Service, Fault>>;
  extra: ExtraRecords;
  close(): Promise<void>;
}

/** The variable that moves each service, as the README names them. */
export const VARIABLES: Record<Service, string> = {
  arxiv: 'PAPERLIST_ARXIV_URL',
  crossref: 'PAPERLIST_CROSSREF_URL',
  datacite: 'PAPERLIST_DATACITE_URL',
  openreview: 'PAPERLIST_OPENREVIEW_URL',
  openreview1: 'PAPERLIST_OPENREVIEW_V1_URL',
  dblp: 'PAPERLIST_DBLP_URL',
  s2: 'PAPERLIST_S2_URL',
  acl: 'PAPERLIST_ACL_URL',
  github: 'GITHUB_API_URL',
};

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { 'content-type': reply.type, ...reply.headers });
  res.end(reply.body);
}

/** Starts the replay server on a free loopback port. */
export async function startMetadataServer(): Promise<MetadataServer> {
  const requests: LoggedRequest[] = [];
  const faults: MetadataServer['faults'] = {};
  const extra: ExtraRecords = {
    arxiv: {},
    crossref: {},
    s2: {},
    s2Titles: {},
    dblp: {},
    github: [],
    bodies: {},
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, prefix = ''] = url.pathname.split('/');
    const service = prefix as Service;
    if (!(service in VARIABLES))
      return send(res, { status: 404, type: 'text/plain', body: 'no such service' });
    url.pathname = url.pathname.slice(prefix.length + 1) || '/';
    requests.push({
      service,
      method: req.method ?? 'GET',
      url: url.pathname + url.search,
      headers: req.headers,
      at: performance.now(),
    });
    const fault = faults[service];
    if (fault === 'down')
      return send(res, { status: 503, type: 'text/plain', body: 'Service Unavailable' });
    if (fault === 'reset') return void req.socket.destroy();
    if (fault === 'rate-limited') {
      // S2's and arXiv's limits as quoted in their logs; Retry-After as GitHub sends it.
      return send(res, {
        status: 429,
        type: 'text/plain',
        body: 'Rate exceeded.',
        headers: { 'retry-after': '60' },
      });
    }
    if (fault === 'slow') {
      const timer = setTimeout(() => send(res, replay(service, url, extra)), 60_000);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    send(res, replay(service, url, extra));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    env: (options = {}) =>
      Object.fromEntries(
        (Object.entries(VARIABLES) as [Service, string][])
          .filter(([s]) => s !== 'github' || options.github === true)
          .map(([s, v]) => [v, `${url}/${s}`]),
      ),
    requests,
    faults,
    extra,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
