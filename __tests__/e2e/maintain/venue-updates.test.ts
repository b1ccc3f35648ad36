// The scheduled venue look-up, end to end: the bundled action against the GitHub emulator, with the
// metadata services replayed by a local loopback server. A preprint that DBLP knows as published gets
// one "Venue updates" pull request (with the venue's year where the preprint's differs); a re-run
// writes nothing; an entry whose venue a person set is never touched, nor its year; once a maintainer
// closed the pull request, the same change is not proposed again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleEvent } from '../../harness/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { startMetadataServer, type MetadataServer } from '../../metadata-servers/replay.js';
import type { SeededRepo } from '../../emulator/index.js';
import { exampleFile, runEvent, seedList, settingsWithoutDigest, writes } from './setup.js';

const emulator = useEmulator();
let services: MetadataServer;
beforeAll(async () => {
  services = await startMetadataServer();
});
afterAll(() => services.close());

const CROCI_TITLE =
  'Crowdsourcing open citations with CROCI -- An analysis of the current status of open citations, and a proposal';
const ANCHOR = '        PDF: "https://arxiv.org/pdf/2402.00518"\n';
const PREPRINT_VENUE = '      venue: "arXiv"';
/** A preprint DBLP knows as published (at ISSI), and the same paper with a venue a person set. */
const ADDED = [
  `    - title: "${CROCI_TITLE}"`,
  PREPRINT_VENUE,
  '      year: "2019"',
  '      links:',
  '        PAGE: "https://arxiv.org/abs/1902.02534"',
  '    - title: "CROCI, the journal version"',
  '      venue: "Scientometrics"',
  '      year: "2019"',
  '      links:',
  '        PAGE: "https://arxiv.org/abs/1902.02534v2"',
  '',
].join('\n');

const DATA = exampleFile('data.yaml').replace(ANCHOR, `${ANCHOR}${ADDED}`);
/** The example's settings without its digest (which would ask arXiv too), venue updates on. */
const SETTINGS = `${settingsWithoutDigest()}link-check: false\nvenue-updates: true\n`;
const BRANCH = 'paperlist/venue-updates';
const STATE_BRANCH = 'paperlist/venue-checks';
const STATE_PATH = '.paperlist/venue-checks.json';

const schedule = (repo: SeededRepo) =>
  runEvent(emulator, repo, 'schedule', scheduleEvent(emulator.repository(repo)), {
    env: { ...services.env(), PAPERLIST_METADATA_RETRY_MS: '0' },
  });

const dblpAsks = () => services.requests.filter((r) => r.service === 'dblp').length;

function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return {
    removed: a.filter((l, i) => b[i] !== l),
    added: b.filter((l, i) => a[i] !== l),
  };
}

describe('venue updates on schedule', () => {
  it('opens one pull request, writes nothing on a re-run, and respects a closed one', async () => {
    expect(DATA).not.toBe(exampleFile('data.yaml'));
    const repo = seedList(emulator, { 'data.yaml': DATA, '.github/paperlist.yml': SETTINGS });

    const first = await schedule(repo);
    expect(first.code, first.stderr).toBe(0);
    const pulls = emulator.getPulls(repo);
    expect(pulls).toHaveLength(1);
    const pull = pulls[0];
    expect(pull?.title).toBe('Venue updates');
    expect(pull?.head.ref).toBe(BRANCH);
    expect(first.outputs['venue-updates-url']).toBe(pull?.html_url);
    // Exactly one line changes: the preprint's venue; the person's "Scientometrics" stays.
    const proposed = emulator.readFile(repo, BRANCH, 'data.yaml') as string;
    expect(changedLines(DATA, proposed)).toEqual({
      removed: [PREPRINT_VENUE],
      added: ['      venue: "ISSI"'],
    });
    expect(proposed).toContain('      venue: "Scientometrics"');
    expect(emulator.readFile(repo, 'main', 'data.yaml')).toBe(DATA);
    // Each change with its source link; the README's generated zones are not part of it.
    expect(pull?.body).toContain(`| ${CROCI_TITLE} | arXiv | ISSI | 2019 | [DBLP](`);
    expect(pull?.body).toMatch(/\[DBLP\]\(https:\/\/dblp\.org\/rec\//);
    // The check times live on a branch of their own, not in the data or the README.
    const state = JSON.parse(emulator.readFile(repo, STATE_BRANCH, STATE_PATH) as string) as {
      checked: Record<string, string>;
    };
    // Every preprint with an identifier was asked (well under the bound of 20): the added one, and
    // the example's `arXiv` entry and its entry with no venue; never the person's "Scientometrics".
    expect(Object.keys(state.checked).sort()).toEqual([
      'arxiv:1902.02534',
      'arxiv:2402.00518',
      'arxiv:2403.07958',
    ]);
    expect(emulator.readFile(repo, 'main', STATE_PATH)).toBeUndefined();
    expect(emulator.readFile(repo, BRANCH, STATE_PATH)).toBeUndefined();

    // A re-run: everything was checked just now, the pull request says it all. Nothing is written.
    emulator.clearRequests();
    const asked = services.requests.length;
    const second = await schedule(repo);
    expect(second.code, second.stderr).toBe(0);
    expect(writes(emulator)).toEqual([]);
    expect(services.requests.length).toBe(asked);
    expect(second.summary).toContain('already proposes them');

    // A maintainer closes the pull request: its change is declined.
    emulator.updateIssue(repo, pull?.number as number, { state: 'closed' });
    const third = await schedule(repo);
    expect(third.code, third.stderr).toBe(0);
    expect(emulator.getPulls(repo)).toHaveLength(1);
    const declined = JSON.parse(emulator.readFile(repo, STATE_BRANCH, STATE_PATH) as string) as {
      declined: Record<string, string>;
    };
    expect(declined.declined).toEqual({ 'arxiv:1902.02534': 'ISSI' });

    // Weeks later (the state's check times moved back), the services are asked again and still say
    // ISSI: the maintainer is not bothered with the same change.
    const stateText = emulator.readFile(repo, STATE_BRANCH, STATE_PATH) as string;
    const old = stateText.replace(/"\d{4}-\d\d-\d\dT[^"]+"/g, '"2020-01-01T00:00:00.000Z"');
    emulator.commitFiles(repo, STATE_BRANCH, { [STATE_PATH]: old }, 'older check times');
    const branchBefore = emulator.branchSha(repo, BRANCH);
    const dblpBefore = dblpAsks();
    emulator.clearRequests();
    const fourth = await schedule(repo);
    expect(fourth.code, fourth.stderr).toBe(0);
    expect(dblpAsks()).toBeGreaterThan(dblpBefore);
    expect(emulator.getPulls(repo)).toHaveLength(1);
    expect(emulator.getPulls(repo)[0]?.state).toBe('closed');
    expect(emulator.branchSha(repo, BRANCH)).toBe(branchBefore);
    expect(writes(emulator).filter((w) => w.includes('/pulls'))).toEqual([]);
    expect(emulator.readFile(repo, 'main', 'data.yaml')).toBe(DATA);
  }, 60_000);

  it('gives a preprint the venue’s year and says so; a person’s year beside a venue stays', async () => {
    services.extra.dblp['shallow-deep networks'] = 'dblp/constructed-search-sdn.json';
    // The list holds the 2018 preprint of a paper published at ICML 2019, and (a person's choice)
    // the same paper as "ICML 2018", which no look-up may touch.
    const published = [
      '      venue: "ICML"',
      '      year: "2019"',
      '      links:',
      '        PAGE: "https://proceedings.mlr.press/v97/kaya19a.html"',
      '        PDF: "https://proceedings.mlr.press/v97/kaya19a/kaya19a.pdf"',
    ].join('\n');
    const preprint = [
      '      venue: "arXiv"',
      '      year: "2018"',
      '      links:',
      '        PAGE: "https://arxiv.org/abs/1810.07052"',
    ].join('\n');
    const persons = [
      '    - title: "Shallow-Deep Networks, as a person lists it"',
      '      venue: "ICML"',
      '      year: "2018"',
      '      links:',
      '        PAGE: "https://arxiv.org/abs/1810.07052v3"',
    ].join('\n');
    const example = exampleFile('data.yaml');
    expect(example).toContain(published);
    const data = example.replace(published, `${preprint}\n${persons}`);
    const repo = seedList(emulator, { 'data.yaml': data, '.github/paperlist.yml': SETTINGS });

    const run = await schedule(repo);
    expect(run.code, run.stderr).toBe(0);
    const proposed = emulator.readFile(repo, BRANCH, 'data.yaml') as string;
    expect(changedLines(data, proposed)).toEqual({
      removed: ['      venue: "arXiv"', '      year: "2018"'],
      added: ['      venue: "ICML"', '      year: "2019"'],
    });
    expect(proposed).toContain(persons);
    expect(emulator.readFile(repo, 'main', 'data.yaml')).toBe(data);
    const pull = emulator.getPulls(repo)[0];
    expect(pull?.body).toContain(
      '| Shallow-Deep Networks: Understanding and Mitigating Network Overthinking | arXiv | ICML | 2018 → 2019 | [DBLP](https://dblp.org/rec/conf/icml/KayaHD19) |',
    );
    // The remembered state keeps the year, so a later run proposes the same change.
    const state = JSON.parse(emulator.readFile(repo, STATE_BRANCH, STATE_PATH) as string) as {
      found: Record<string, { venue: string; year?: string }>;
    };
    expect(state.found['arxiv:1810.07052']).toMatchObject({ venue: 'ICML', year: '2019' });
  }, 60_000);

  it('is on by default; `venue-updates: false` turns it off', async () => {
    const plain = `${settingsWithoutDigest()}link-check: false\n`;
    expect(plain).not.toContain('venue-updates');
    const on = seedList(emulator, { 'data.yaml': DATA, '.github/paperlist.yml': plain });
    const first = await schedule(on);
    expect(first.code, first.stderr).toBe(0);
    expect(emulator.getPulls(on).map((p) => p.title)).toEqual(['Venue updates']);

    const off = seedList(emulator, {
      'data.yaml': DATA,
      '.github/paperlist.yml': `${plain}venue-updates: false\n`,
    });
    const before = services.requests.length;
    const run = await schedule(off);
    expect(run.code, run.stderr).toBe(0);
    expect(emulator.getPulls(off)).toHaveLength(0);
    expect(services.requests.length).toBe(before);
    expect(emulator.branches(off)).not.toContain(STATE_BRANCH);
    expect(run.summary).not.toContain('Venue updates');
  }, 60_000);
});
