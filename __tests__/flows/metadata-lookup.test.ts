// Looking a paper up by its link through the local replay servers: which services are asked for which
// link, what they give, the venue a preprint was published at, code checked on GitHub, and what a run
// does when a service does not answer.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { MetadataClient } from '../../src/adapters/metadata/client.js';
import { metadataConfig } from '../../src/adapters/metadata/config.js';
import { recognizeLink } from '../../src/core/metadata/link.js';
import { mergePaper } from '../../src/core/metadata/merge.js';
import { buildVocabulary } from '../../src/core/metadata/venue.js';
import { lookUpPaper } from '../../src/flows/metadata/lookup.js';
import { fakeClock } from '../adapters/fake-clock.js';
import { recording } from '../core/metadata/recordings.js';
import { startMetadataServer, type MetadataServer } from '../metadata-servers/replay.js';

let server: MetadataServer;
beforeAll(async () => {
  server = await startMetadataServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  for (const k of Object.keys(server.faults)) delete server.faults[k as keyof typeof server.faults];
});

const client = () =>
  new MetadataClient(metadataConfig({ env: server.env({ github: true }), clock: fakeClock() }));
const vocabulary = buildVocabulary({ sections: [] });
const look = async (link: string, title?: string) => {
  const found = await lookUpPaper(client(), recognizeLink(link), title);
  const merged = mergePaper({
    typed: title ? { title } : {},
    linkIds: found.linkIds,
    fetched: found.fetched,
    ...(found.code ? { code: found.code } : {}),
    vocabulary,
    usesAbbreviations: false,
  });
  return {
    found,
    merged,
    asked: server.requests.map((r) => `${r.service} ${r.url.split('?')[0]}`),
  };
};

describe('lookUpPaper', () => {
  test('an arXiv DOI: DataCite, then Semantic Scholar and DBLP, which knows the published venue', async () => {
    const { found, merged, asked } = await look('https://doi.org/10.48550/arXiv.1902.02534');
    expect(asked).toEqual([
      'datacite /dois/10.48550%2Farxiv.1902.02534',
      's2 /paper/arXiv%3A1902.02534',
      expect.stringMatching(/^dblp \/search\/publ\/api$/),
    ]);
    expect(found.fetched.map((p) => p.source)).toEqual(['datacite', 'dblp']);
    expect(found.gaps).toEqual([
      {
        service: 's2',
        kind: 'not-found',
        message: 'Semantic Scholar: Paper with id arxiv:1902.02534 not found',
      },
    ]);
    expect(merged.values.venue).toMatchObject({ value: 'ISSI', source: 'dblp' });
    expect(merged.values.year).toMatchObject({ value: '2019', source: 'dblp' });
    expect(merged.values.arxiv).toEqual({ value: '1902.02534', source: 'typed' });
    expect(merged.values.page).toMatchObject({
      value: 'https://arxiv.org/abs/1902.02534',
      source: 'datacite',
    });
  });

  test('an arXiv link of a paper nobody else knows: the preprint word and year', async () => {
    const { merged, asked } = await look('https://arxiv.org/abs/astro-ph/0601001v1');
    expect(asked).toEqual([
      'arxiv /query',
      's2 /paper/arXiv%3Aastro-ph%2F0601001',
      'dblp /search/publ/api',
    ]);
    expect(merged.values.venue).toMatchObject({ value: 'arXiv', source: 'arxiv' });
    expect(merged.values.year).toMatchObject({ value: '2006', source: 'arxiv' });
    expect(merged.authors?.value).toHaveLength(4);
  });

  test('an arXiv preprint with a published DOI: Crossref is asked for it', async () => {
    const { asked } = await look('arXiv:2202.12139');
    expect(asked).toContain('crossref /works/10.1109%2Ficstw55395.2022.00035');
  });

  test('a Crossref DOI: a published paper, so DBLP is not needed', async () => {
    const { merged, asked } = await look('https://doi.org/10.1038/s42256-024-00832-8');
    expect(asked).toEqual([
      'crossref /works/10.1038%2Fs42256-024-00832-8',
      's2 /paper/DOI%3A10.1038%2Fs42256-024-00832-8',
    ]);
    expect(merged.values.venue).toMatchObject({
      value: 'Nature Machine Intelligence',
      source: 'crossref',
    });
    expect(merged.values.doi).toEqual({ value: '10.1038/s42256-024-00832-8', source: 'typed' });
  });

  test('a DOI Crossref does not know is asked of DataCite', async () => {
    const { found, asked } = await look('10.1371/notarealdoi');
    expect(asked.slice(0, 2)).toEqual([
      'crossref /works/10.1371%2Fnotarealdoi',
      'datacite /dois/10.1371%2Fnotarealdoi',
    ]);
    expect(found.fetched).toEqual([]);
    expect(found.gaps.map((g) => `${g.service} ${g.kind}`)).toEqual([
      'crossref not-found',
      'datacite not-found',
      's2 not-found',
    ]);
  });

  test('OpenReview and the ACL Anthology', async () => {
    const or = await look('https://openreview.net/forum?id=BSKXsrwVYo');
    expect(or.merged.values.venue).toMatchObject({ value: 'ICLR', source: 'openreview' });
    expect(or.merged.values.openreview).toEqual({ value: 'BSKXsrwVYo', source: 'typed' });
    const acl = await look('https://aclanthology.org/2021.naacl-main.208/');
    expect(acl.merged.values).toMatchObject({
      venue: { value: 'NAACL', source: 'acl' },
      year: { value: '2021', source: 'acl' },
      doi: { value: '10.18653/v1/2021.naacl-main.208', source: 'acl' },
    });
  });

  test('OpenReview: v2 first; an id only API v1 knows (an older venue) is asked of v1', async () => {
    const v2 = await look('https://openreview.net/forum?id=BSKXsrwVYo');
    expect(v2.asked.filter((a) => a.startsWith('openreview'))).toEqual(['openreview /notes']);

    server.requests.length = 0;
    const v1 = await look('https://openreview.net/forum?id=Hk1v1Cnstr');
    // v1 is asked only because v2 said it does not know the id.
    expect(v1.asked.slice(0, 2)).toEqual(['openreview /notes', 'openreview1 /notes']);
    expect(server.requests[1]?.url).toBe('/notes?id=Hk1v1Cnstr');
    // The values name the API that gave them (its record ranks it right after API v2).
    expect(v1.found.fetched.map((p) => p.source)).toEqual(['openreview1']);
    expect(v1.merged.values).toMatchObject({
      title: { value: 'An Example Title for a Constructed Version 1 Note', source: 'openreview1' },
      venue: { value: 'ICLR', source: 'openreview1' },
      year: { value: '2020', source: 'openreview1' },
      pdf: { value: 'https://openreview.net/pdf?id=Hk1v1Cnstr' },
    });
    expect(v1.found.gaps.map((g) => `${g.service} ${g.kind}`)).toContain('openreview not-found');

    server.requests.length = 0;
    const neither = await look('https://openreview.net/forum?id=Unknown1');
    expect(neither.found.fetched).toEqual([]);
    expect(neither.found.gaps.map((g) => `${g.service} ${g.kind}`).slice(0, 2)).toEqual([
      'openreview not-found',
      'openreview1 not-found',
    ]);

    // v2 down is no "does not know": v1 is not asked.
    server.requests.length = 0;
    server.faults.openreview = 'down';
    const down = await look('https://openreview.net/forum?id=Hk1v1Cnstr');
    expect(down.asked.filter((a) => a.startsWith('openreview1'))).toEqual([]);
  });

  test('a publisher page is never fetched: its paper is found by the typed title', async () => {
    const title =
      'Crowdsourcing open citations with CROCI -- An analysis of the current status of open citations, and a proposal';
    const { merged, asked } = await look('https://ieeexplore.ieee.org/document/1203662', title);
    expect(asked).toEqual(['s2 /paper/search/match', 'dblp /search/publ/api']);
    expect(merged.values.venue).toMatchObject({ value: 'ISSI', source: 'dblp' });
  });

  test('a repository named in the abstract is checked on GitHub; one that does not exist is dropped', async () => {
    const file = 'arxiv/query-id_list-2104.12255v1-versioned.xml';
    server.extra.bodies[file] = recording(file).replace(
      '</summary>',
      ' See github.com/nobody/missing and https://github.com/PyGithub/PyGithub.</summary>',
    );
    const { found, asked } = await look('https://arxiv.org/abs/2104.12255');
    delete server.extra.bodies[file];
    expect(asked.filter((a) => a.startsWith('github'))).toEqual([
      'github /repos/nobody/missing',
      'github /repos/PyGithub/PyGithub',
    ]);
    expect(found.code).toEqual({ url: 'https://github.com/PyGithub/PyGithub', source: 'arxiv' });
  });

  test('arXiv down: reported as unavailable, the rest still asked; a typed title reaches DBLP', async () => {
    server.faults.arxiv = 'down';
    const { found, asked } = await look(
      'https://arxiv.org/abs/1902.02534',
      'Crowdsourcing open citations with CROCI -- An analysis of the current status of open citations, and a proposal',
    );
    expect(found.gaps[0]).toEqual({ service: 'arxiv', kind: 'unavailable', message: 'HTTP 503' });
    expect(asked.filter((a) => a.startsWith('arxiv'))).toHaveLength(3);
    expect(found.fetched.map((p) => p.source)).toEqual(['dblp']);
  });
});
