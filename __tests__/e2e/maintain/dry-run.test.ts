// `dry-run: true`: the run works out what it would write and says so in its outputs, and writes nothing.
import { describe, expect, it } from 'vitest';
import type { SeededRepo } from '../../emulator/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { workflowDispatchEvent } from '../../harness/index.js';
import {
  BRANCHYNET,
  FORM_PATH,
  exampleFile,
  runEvent,
  seedList,
  suggest,
  writes,
  VENUES_OFFLINE,
  DIGEST_OFFLINE,
} from './setup.js';

const emulator = useEmulator();

const NO_LINK_CHECK = `${exampleFile('.github/paperlist.yml')}link-check: false\n`;
const DRY = { inputs: { 'dry-run': 'true' } };

const dispatch = (repo: SeededRepo) =>
  runEvent(
    emulator,
    repo,
    'workflow_dispatch',
    workflowDispatchEvent(emulator.repository(repo)),
    DRY,
  );

describe('a dry run on workflow_dispatch', () => {
  it('says the README is up to date when it is', async () => {
    const repo = seedList(emulator, { '.github/paperlist.yml': NO_LINK_CHECK });
    emulator.clearRequests();
    const run = await dispatch(repo);
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ result: 'unchanged', 'up-to-date': 'true' });
    expect(writes(emulator)).toEqual([]);
  });

  it('says which files are out of date, and writes none of them', async () => {
    const repo = seedList(emulator, {
      '.github/paperlist.yml': NO_LINK_CHECK,
      'README.md': exampleFile('README.md').replace(
        '| MSDNet | ICLR | 2018 |',
        '| MSDNet | ICLR | 2017 |',
      ),
      [FORM_PATH]: exampleFile(FORM_PATH).replace('        - "Exit Policy"\n', ''),
    });
    const head = emulator.branchSha(repo, 'main') as string;
    emulator.clearRequests();
    const run = await dispatch(repo);
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ result: 'out-of-date', 'up-to-date': 'false' });
    expect(run.summary).toBe(
      `### paperlist: out-of-date\n\nDry run: \`README.md\` and \`${FORM_PATH}\` would be updated at ${head.slice(0, 7)}; nothing was written.\n\nLink check is off (\`link-check: false\`).\n\n${VENUES_OFFLINE} Dry run: nothing written.\n\n${DIGEST_OFFLINE} Dry run: the digest issue was not written.\n`,
    );
    expect(writes(emulator)).toEqual([]);
    expect(emulator.branchSha(repo, 'main')).toBe(head);
  });
});

describe('a dry run on push', () => {
  it('neither commits the refresh nor rebuilds open suggestions', async () => {
    const repo = seedList(emulator);
    await suggest(emulator, repo, BRANCHYNET);
    const before = emulator.branchSha(repo, 'main') as string;
    const data = exampleFile('data.yaml').replace('year: "2018"', 'year: "2017"');
    emulator.commitFiles(repo, 'main', { 'data.yaml': data }, 'Fix a year');
    emulator.clearRequests();
    const payload = emulator.pushEvent(repo, { before });
    const run = await runEvent(emulator, repo, 'push', payload, DRY);
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ result: 'out-of-date', 'up-to-date': 'false' });
    expect(writes(emulator)).toEqual([]);
  });
});
