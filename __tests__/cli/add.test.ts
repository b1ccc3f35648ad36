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
    expect(r.stderr).toContain('if this is the same paper, there is nothing to add');
    expect(r.stderr).not.toContain('issue');
    expect(ws.read('data.yaml')).toContain('    doi: "10.18653/v1/2021.naacl-main.208"');
  });

  test('a link of no known kind, and a paper no service knows, are named; exit 1', async () => {
    const r = await add('not-a-link', '10.1371/notarealdoi', '--section', 'EEN Design');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'not added: not-a-link: not an arXiv, DOI, OpenReview or ACL Anthology link',
    );
    // Said plainly, in the CLI's terms: no service found it, and the flags that would add it.
    expect(r.stderr).toContain(
      'not added: 10.1371/notarealdoi: no metadata service found this paper (asked: Crossref, DataCite, Semantic Scholar), so its title and year are unknown: type them with --title "…" --year 2024 (and --authors, --venue if you know them)',
    );
    expect(r.stderr).not.toMatch(/issue|copy the title/);
    expect(ws.read('data.yaml')).toBe(example('data.yaml'));
  });

  test('a paper no service knows is added from the values typed with the flags', async () => {
    const r = await add(
      '10.1371/notarealdoi',
      '--section',
      'EEN Design',
      '--title',
      '  Exits  Everywhere: a typed title ',
      '--year',
      '2023',
      '--venue',
      'MLSys',
      '--authors',
      'Ada Lovelace, Alan Turing and Grace Hopper',
      '--code',
      'https://github.com/example/exits',
    );
    expect(r).toEqual({
      code: 0,
      stdout: 'Added "Exits Everywhere: a typed title" to EEN Design\n',
      stderr: '',
    });
    expect(ws.read('data.yaml')).toContain(
      [
        '  - title: "Exits Everywhere: a typed title"',
        '    abbr: "Exits Everywhere"',
        '    venue: "MLSys"',
        '    year: "2023"',
        '    links:',
        '      PAGE: "https://doi.org/10.1371/notarealdoi"',
        '      CODE: "https://github.com/example/exits"',
        '    authors: "Ada Lovelace, Alan Turing, Grace Hopper"',
        '    doi: "10.1371/notarealdoi"',
      ].join('\n'),
    );
  });

  test('typed values win over the looked-up ones; each contradiction is a warning', async () => {
    const r = await add(
      CROCI,
      '--section',
      'EEN Design',
      '--dry-run',
      '--year',
      '2020',
      '--venue',
      'JCDL',
      '--authors',
      'Somebody Else',
      '--abbr',
      'CROCI',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        `warning: ${CROCI}: --year is "2020", DBLP says "2019"; the typed value is kept`,
        `warning: ${CROCI}: --venue is "JCDL", DBLP says "ISSI"; the typed value is kept`,
        '',
      ].join('\n'),
    );
    expect(r.stdout).toContain(
      [
        `  title: ${CROCI_TITLE} (DataCite)`,
        '  authors: Somebody Else (typed)',
        '  abbr: CROCI (typed)',
        '  venue: JCDL (typed)',
        '  year: 2020 (typed)',
      ].join('\n'),
    );
  });

  test('a typed value goes through the same check as a looked-up one', async () => {
    const r = await add(CROCI, '--section', 'EEN Design', '--year', '19');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `not added: ${CROCI}: year: "19" is not a year (give --year as four plain digits, such as 2024)`,
    );
    expect(ws.read('data.yaml')).toBe(example('data.yaml'));
  });

  test('typed values describe one paper: with two links they are a usage error', async () => {
    const r = await add(CROCI, 'arXiv:1902.02534', '--section', 'EEN Design', '--year', '2019');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'paperlist add: --title, --authors, --venue, --year, --abbr and --code describe one paper: give one LINK with them (2 given) (run "paperlist add --help" for its options)',
    );
  });

  test('a service down: said on stderr, and the paper is not added without a title', async () => {
    server.faults.datacite = 'down';
    const r = await add(CROCI, '--section', 'EEN Design');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`warning: ${CROCI}: DataCite could not be asked: HTTP 503`);
  });

  test('usage errors: no link, no section in a list of several', async () => {
    expect((await add('--section', 'EEN Design')).code).toBe(2);
    const r = await add(CROCI);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--section is required: the list has');
  });
});

describe('paperlist suggest, with a service down', () => {
  test('the warning says that running the command again asks again, not to edit the issue', async () => {
    ws.write(
      'issue.md',
      `### Link\n\n${CROCI}\n\n### Title\n\nA Typed Title\n\n### Year\n\n2019\n\n### Sections\n\nEEN Design\n`,
    );
    server.faults.datacite = 'down';
    let stderr = '';
    const code = await main(['suggest', '--issue', 'issue.md'], {
      stdout: () => undefined,
      stderr: (t) => void (stderr += t),
      cwd: ws.dir,
      now: () => DEFAULT_NOW,
      env: { ...server.env({ github: true }), PAPERLIST_METADATA_RETRY_MS: '0' },
    });
    expect(code).toBe(0);
    expect(stderr).toContain(
      'issue.md: Link: DataCite could not be asked (HTTP 503); the entry uses what the form and the other services gave (running the command again asks again)',
    );
    expect(stderr).not.toContain('editing the issue');
  });
});
