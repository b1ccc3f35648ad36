// A suggestion by link across rebuilds: the values the services gave when the issue was checked are
// kept in the pull request's record, so the rebuild after a push asks no metadata service (counted
// by the replay server) and keeps the filled entry; an issue whose text changed is looked up again.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { decodeRecord } from '../../../src/flows/suggestion/marker.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { startMetadataServer, type MetadataServer } from '../../metadata-servers/replay.js';
import { exampleFile, formBody, runEvent, runPush, seedList } from '../maintain/setup.js';

const emulator = useEmulator();
let services: MetadataServer;
beforeAll(async () => {
  services = await startMetadataServer();
});
afterAll(() => services.close());

const CROCI_LINK = 'https://doi.org/10.48550/arXiv.1902.02534';
const CROCI_TITLE =
  'Crowdsourcing open citations with CROCI -- An analysis of the current status of open citations, and a proposal';
const BRANCH = 'paperlist/issue-1';
const linkBody = (sections: string[]) =>
  `### Link\n\n${CROCI_LINK}\n\n${formBody({ title: '', abbr: '', venue: '', year: '', sections, page: '' })}`;

test('a rebuild reuses the looked-up values; a changed issue text is looked up again', async () => {
  const env = {
    ...services.env(),
    PAPERLIST_METADATA_RETRY_MS: '0',
    PAPERLIST_WRITE_INTERVAL_MS: '0',
  };
  const repo = seedList(emulator, {
    '.github/paperlist.yml': `${exampleFile('.github/paperlist.yml')}link-check: false\n`,
  });
  const issue = emulator.createIssue(repo, {
    title: `[Paper]: ${CROCI_LINK}`,
    body: linkBody(['EEN Design']),
    labels: ['paper-suggestion'],
    user: 'ada-lovelace',
  });
  const opened = await runEvent(emulator, repo, 'issues', issue.event('opened'), { env });
  expect(opened.outputs.result, opened.stdout).toBe('pull-request-created');
  const asked = services.requests.length;
  expect(asked).toBeGreaterThan(0);
  const entry = `  - title: "${CROCI_TITLE}"\n    venue: "ISSI"\n    year: "2019"\n`;
  expect(emulator.readFile(repo, BRANCH, 'data.yaml')).toContain(entry);

  // A push that changes the tables: the suggestion is rebuilt on the new head without asking.
  let pushes = 0;
  const push = async () => {
    const before = emulator.branchSha(repo, 'main') as string;
    const year = String(2010 + ++pushes);
    const data = (emulator.readFile(repo, 'main', 'data.yaml') as string).replace(
      /( {4}abbr: "MSDNet"\n {4}venue: "ICLR"\n {4}year: )"\d+"/,
      `$1"${year}"`,
    );
    emulator.commitFiles(repo, 'main', { 'data.yaml': data }, 'Change a year');
    return runPush(emulator, repo, before, { env });
  };
  const first = await push();
  expect(first.code, first.stderr).toBe(0);
  expect(first.outputs['rebuilt-pull-requests'], first.summary).toBe('1');
  expect(services.requests.length).toBe(asked);
  const rebuilt = emulator.readFile(repo, BRANCH, 'data.yaml') as string;
  expect(rebuilt).toContain(entry);
  expect(rebuilt).toContain('    abbr: "MSDNet"\n    venue: "ICLR"\n    year: "2011"\n');
  const pull = emulator.getPulls(repo)[0];
  expect(pull?.state).toBe('open');
  expect(decodeRecord(pull?.body ?? '')?.paper).toMatchObject({ venue: 'ISSI', year: '2019' });
  const comment = emulator.getComments(repo, issue.number)[0]?.body ?? '';
  expect(comment).toContain(
    '- **venue**: ISSI — [DBLP](<https://dblp.org/rec/conf/issi/HeibiPS19>)',
  );

  // The issue's text changed and its own run never came (a cancelled run): the rebuild asks again.
  emulator.updateIssue(repo, issue.number, { body: linkBody(['EEN Design', 'Exit Policy']) });
  const second = await push();
  expect(second.code, second.stderr).toBe(0);
  expect(second.outputs['rebuilt-pull-requests']).toBe('1');
  expect(services.requests.length).toBeGreaterThan(asked);
  const twice = emulator.readFile(repo, BRANCH, 'data.yaml') as string;
  expect(twice.split(`title: "${CROCI_TITLE}"`)).toHaveLength(3);

  // An edit's own run looks the link up again, as always.
  const afterRebuild = services.requests.length;
  emulator.updateIssue(repo, issue.number, { body: linkBody(['EEN Design']) });
  const edited = await runEvent(
    emulator,
    repo,
    'issues',
    emulator.issuesEvent(repo, issue.number, 'edited'),
    { env },
  );
  expect(edited.outputs.result, edited.stdout).toBe('pull-request-updated');
  expect(services.requests.length).toBeGreaterThan(afterRebuild);
  // And the next rebuild asks nothing again.
  const settled = services.requests.length;
  const third = await push();
  expect(third.outputs['rebuilt-pull-requests']).toBe('1');
  expect(services.requests.length).toBe(settled);
  expect(emulator.readFile(repo, BRANCH, 'data.yaml')).toContain(entry);
}, 60_000);
