// Suggestions by link, end to end: the bundled action against the GitHub emulator, with the metadata
// services replayed by a local loopback server in their recorded formats.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { decodeRecord } from '../../../src/flows/suggestion/marker.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { startMetadataServer, type MetadataServer } from '../../metadata-servers/replay.js';
import {
  exampleFile,
  formBody,
  lineChanges,
  runIssueEvent,
  seedList,
  type Answers,
} from './setup.js';

const emulator = useEmulator();
let services: MetadataServer;
beforeAll(async () => {
  services = await startMetadataServer();
});
afterAll(() => services.close());
beforeEach(() => {
  for (const k of Object.keys(services.faults))
    delete services.faults[k as keyof typeof services.faults];
});

const CROCI_LINK = 'https://doi.org/10.48550/arXiv.1902.02534';
const CROCI_TITLE =
  'Crowdsourcing open citations with CROCI -- An analysis of the current status of open citations, and a proposal';

/** A form body with the Link answer first, as the example's form asks it. */
function linkBody(link: string, answers: Answers): string {
  return `### Link\n\n${link}\n\n${formBody(answers)}`;
}

function suggestByLink(repo: ReturnType<typeof seedList>, link: string, answers: Answers) {
  return emulator.createIssue(repo, {
    title: `[Paper]: ${link}`,
    body: linkBody(link, answers),
    labels: ['paper-suggestion'],
    user: 'ada-lovelace',
  });
}

const run = (repo: ReturnType<typeof seedList>, issue: number) =>
  runIssueEvent(emulator, repo, issue, 'opened', {
    env: { ...services.env(), PAPERLIST_METADATA_RETRY_MS: '0' },
  });

describe('a suggestion by its link', () => {
  test('a link and a section only: a pull request with the filled entry, each value with its source', async () => {
    const repo = seedList(emulator);
    const issue = suggestByLink(repo, CROCI_LINK, { sections: ['EEN Design'] });
    const result = await run(repo, issue.number);
    expect(result.outputs.result).toBe('pull-request-created');
    const data = emulator.readFile(repo, 'paperlist/issue-1', 'data.yaml') as string;
    expect(lineChanges(exampleFile('data.yaml'), data).added).toEqual([
      `  - title: "${CROCI_TITLE}"`,
      '    venue: "ISSI"',
      '    year: "2019"',
      '    links:',
      '      PAGE: "https://arxiv.org/abs/1902.02534"',
      '      PDF: "https://arxiv.org/pdf/1902.02534"',
      '    authors: "Ivan Heibi, Silvio Peroni, David Shotton"',
      '    arxiv: "1902.02534"',
    ]);
    const pull = emulator.getPulls(repo)[0];
    expect(decodeRecord(pull?.body ?? '')?.paper).toMatchObject({
      title: CROCI_TITLE,
      venue: 'ISSI',
      year: '2019',
    });
    const comment = emulator.getComments(repo, issue.number)[0]?.body ?? '';
    expect(comment).toContain('The suggestion passed the checks.');
    expect(comment).toContain(
      [
        'Where the values come from (typed answers always win):',
        '',
        `- **title**: ${CROCI_TITLE} — [DataCite](<https://arxiv.org/abs/1902.02534>)`,
        '- **authors**: Ivan Heibi, Silvio Peroni, David Shotton — DataCite',
        '- **venue**: ISSI — [DBLP](<https://dblp.org/rec/conf/issi/HeibiPS19>)',
        '- **year**: 2019 — [DBLP](<https://dblp.org/rec/conf/issi/HeibiPS19>)',
      ].join('\n'),
    );
    // The services were asked through the local server only, DataCite first.
    expect(services.requests.map((r) => r.service)).toEqual(
      expect.arrayContaining(['datacite', 's2', 'dblp']),
    );
    expect(emulator.internalErrors).toEqual([]);
  });

  test('an OpenReview link of an older venue: v2 does not know it, API v1 fills the entry', async () => {
    const repo = seedList(emulator);
    const before = services.requests.length;
    const issue = suggestByLink(repo, 'https://openreview.net/forum?id=Hk1v1Cnstr', {
      sections: ['EEN Design'],
    });
    const result = await run(repo, issue.number);
    expect(result.outputs.result, result.stdout).toBe('pull-request-created');
    const asked = services.requests.slice(before).map((r) => r.service);
    expect(asked.slice(0, 2)).toEqual(['openreview', 'openreview1']);
    const data = emulator.readFile(repo, 'paperlist/issue-1', 'data.yaml') as string;
    const added = lineChanges(exampleFile('data.yaml'), data).added;
    expect(added).toEqual(
      expect.arrayContaining([
        '  - title: "An Example Title for a Constructed Version 1 Note"',
        '    venue: "ICLR"',
        '    year: "2020"',
        '      PAGE: "https://openreview.net/forum?id=Hk1v1Cnstr"',
        '      PDF: "https://openreview.net/pdf?id=Hk1v1Cnstr"',
        '    openreview: "Hk1v1Cnstr"',
      ]),
    );
    const comment = emulator.getComments(repo, issue.number)[0]?.body ?? '';
    // The value names the API that gave it.
    expect(comment).toContain(
      '- **venue**: ICLR — [OpenReview (API v1)](<https://openreview.net/forum?id=Hk1v1Cnstr>)',
    );
  });

  test('a service down: a pull request from the typed fields, and a warning saying so', async () => {
    services.faults.datacite = 'down';
    services.faults.dblp = 'down';
    const repo = seedList(emulator);
    const issue = suggestByLink(repo, CROCI_LINK, {
      title: 'Crowdsourcing open citations with CROCI',
      year: '2019',
      sections: ['EEN Design'],
    });
    const result = await run(repo, issue.number);
    expect(result.outputs.result).toBe('pull-request-created');
    const data = emulator.readFile(repo, 'paperlist/issue-1', 'data.yaml') as string;
    expect(lineChanges(exampleFile('data.yaml'), data).added).toEqual([
      '  - title: "Crowdsourcing open citations with CROCI"',
      '    year: "2019"',
      '    links:',
      '      PAGE: "https://arxiv.org/abs/1902.02534"',
      '    arxiv: "1902.02534"',
    ]);
    const comment = emulator.getComments(repo, issue.number)[0]?.body ?? '';
    expect(comment).toContain(
      '- **Link**: DataCite could not be asked (HTTP 503); the entry uses what the form and the other services gave — editing the issue, or re-running the workflow, asks again',
    );
    expect(comment).toContain('DBLP could not be asked (HTTP 503)');
    expect(result.stdout).toContain('::warning::datacite could not be asked');
  });

  test('a typed value a service contradicts is kept, and the disagreement is shown', async () => {
    const repo = seedList(emulator);
    const issue = suggestByLink(repo, CROCI_LINK, { year: '2023', sections: ['EEN Design'] });
    const result = await run(repo, issue.number);
    expect(result.outputs.result).toBe('pull-request-created');
    const data = emulator.readFile(repo, 'paperlist/issue-1', 'data.yaml') as string;
    expect(data).toContain('    year: "2023"');
    const comment = emulator.getComments(repo, issue.number)[0]?.body ?? '';
    expect(comment).toContain(
      '- **Year**: the form says "2023", DBLP says "2019" — the typed value is kept; change it if DBLP is right',
    );
    expect(comment).toContain('- **year**: 2023 — typed');
  });

  test('a duplicate found only through a resolved identifier is refused', async () => {
    // The list holds the paper under another title, by the DOI of its published version only; the
    // suggestion gives its arXiv page, whose record names that DOI.
    const listed = exampleFile('data.yaml').replace(
      /(\nEEN Configuration:)/,
      '  - title: "Deep learning model testing, compared"\n    venue: "ICSTW"\n    year: "2022"\n    links:\n      PAGE: "https://doi.org/10.1109/ICSTW55395.2022.00035"\n\n$1',
    );
    const repo = seedList(emulator, { 'data.yaml': listed });
    const issue = suggestByLink(repo, 'https://arxiv.org/abs/2202.12139', {
      sections: ['EEN Design'],
    });
    const result = await run(repo, issue.number);
    expect(result.outputs.result).toBe('duplicate');
    expect(emulator.getPulls(repo)).toEqual([]);
    const comment = emulator.getComments(repo, issue.number)[0]?.body ?? '';
    expect(comment).toContain(
      '**Link**: already in the list as "Deep learning model testing, compared" in EEN Design (same DOI 10.1109/icstw55395.2022.00035)',
    );
  });

  test('text that is no link is a problem of the Link field', async () => {
    const repo = seedList(emulator);
    const issue = suggestByLink(repo, 'see the paper by Smith', { sections: ['EEN Design'] });
    const result = await run(repo, issue.number);
    expect(result.outputs.result).toBe('invalid');
    const comment = emulator.getComments(repo, issue.number)[0]?.body ?? '';
    expect(comment).toContain(
      '- **Link**: this is not an arXiv, DOI, OpenReview or ACL Anthology link, nor a web address',
    );
    expect(services.requests.filter((r) => r.url.includes('Smith'))).toEqual([]);
  });
});
