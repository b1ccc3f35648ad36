// `paperlist add LINK...` on local files, with the metadata services replayed by a local server.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startMetadataServer, type MetadataServer } from '../metadata-servers/replay.js';
import { DEFAULT_NOW, workspace, type Workspace } from './harness.js';

const EXAMPLE = new URL('../../examples/ednn/', import.meta.url);
const example = (file: string) => readFileSync(new URL(file, EXAMPLE), 'utf8');
const CROCI = 'https://doi.org/10.48550/arXiv.1902.02534';
const CROCI_TITLE =
  'Crowdsourcing open citations with CROCI -- An analysis of the current status of open citations, and a proposal';

let server: MetadataServer;
let ws: Workspace;
beforeAll(async () => {
  server = await startMetadataServer();
});
afterAll(() => server.close());
beforeEach(() => {
  ws = workspace();
  for (const file of ['data.yaml', 'README.md', '.github/paperlist.yml'])
    ws.write(file, example(file));
  for (const k of Object.keys(server.faults)) delete server.faults[k as keyof typeof server.faults];
});
afterEach(() => ws.remove());

async function add(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['add', ...args], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: ws.dir,
    now: () => DEFAULT_NOW,
    // Retries without waiting: the replay server answers at once or not at all.
    env: { ...server.env({ github: true }), PAPERLIST_METADATA_RETRY_MS: '0' },
  });
  return { code, stdout, stderr };
}

describe('paperlist add', () => {
  test('a link only: the entry filled from DataCite and DBLP, written with its identifiers', async () => {
    const r = await add(CROCI, '--section', 'EEN Design');
    expect(r).toEqual({ code: 0, stdout: `Added "${CROCI_TITLE}" to EEN Design\n`, stderr: '' });
    const data = ws.read('data.yaml');
    expect(data).toContain(
      [
        `  - title: "${CROCI_TITLE}"`,
        '    venue: "ISSI"',
        '    year: "2019"',
        '    links:',
        '      PAGE: "https://arxiv.org/abs/1902.02534"',
        '      PDF: "https://arxiv.org/pdf/1902.02534"',
        '    authors: "Ivan Heibi, Silvio Peroni, David Shotton"',
        '    arxiv: "1902.02534"',
      ].join('\n'),
    );
    expect(ws.read('README.md')).toContain(
      `| ${CROCI_TITLE} | N/A | ISSI | 2019 | [[PAGE](https://arxiv.org/abs/1902.02534)] [[PDF](https://arxiv.org/pdf/1902.02534)] |`,
    );
  });

  test('--dry-run prints the entry with the source of each value and writes nothing', async () => {
    const r = await add(CROCI, '--section', 'EEN Design', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        CROCI,
        `  title: ${CROCI_TITLE} (DataCite)`,
        '  authors: Ivan Heibi, Silvio Peroni, David Shotton (DataCite)',
        '  venue: ISSI (DBLP)',
        '  year: 2019 (DBLP)',
        '  page: https://arxiv.org/abs/1902.02534 (DataCite)',
        '  pdf: https://arxiv.org/pdf/1902.02534 (DataCite)',
        '  arxiv: 1902.02534 (typed)',
        '',
      ].join('\n'),
    );
    expect(ws.read('data.yaml')).toBe(example('data.yaml'));
    expect(ws.read('README.md')).toBe(example('README.md'));
  });

  test('a paper already listed by its arXiv id under another link is refused; the others are added', async () => {
    expect((await add(CROCI, '--section', 'EEN Design')).code).toBe(0);
    const r = await add(
      'arXiv:1902.02534',
      'https://aclanthology.org/2021.naacl-main.208/',
      '--section',
      'EEN Design',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('Added "How many data points is a prompt worth?" to EEN Design\n');
    expect(r.stderr).toMatch(
      // arXiv's replay has no record of it, but its id is the listed entry's `arxiv` field.
      /^not added: arXiv:1902\.02534: .*: already in the list as "Crowdsourcing open citations with CROCI .* in EEN Design \(same arXiv id 1902\.02534\)/,
    );
    expect(ws.read('data.yaml')).toContain('    doi: "10.18653/v1/2021.naacl-main.208"');
  });

  test('a link of no known kind, and a paper no service knows, are named; exit 1', async () => {
    const r = await add('not-a-link', '10.1371/notarealdoi', '--section', 'EEN Design');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'not added: not-a-link: not an arXiv, DOI, OpenReview or ACL Anthology link',
    );
    expect(r.stderr).toContain('not added: 10.1371/notarealdoi: title: the title is missing');
    expect(ws.read('data.yaml')).toBe(example('data.yaml'));
  });

  test('a service down: said on stderr, and the paper is not added without a title', async () => {
    server.faults.datacite = 'down';
    const r = await add(CROCI, '--section', 'EEN Design');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`warning: ${CROCI}: datacite could not be asked: HTTP 503`);
  });

  test('usage errors: no link, no section in a list of several', async () => {
    expect((await add('--section', 'EEN Design')).code).toBe(2);
    const r = await add(CROCI);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--section is required: the list has');
  });
});
