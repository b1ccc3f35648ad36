// Hand edits of the README's tables, pushed to the default branch (a merged pull request that
// edited the table, not data.yaml): the refresh adopts them into the data file in its own commit,
// puts back rows removed by hand, lets the data file win where the same push changed both, and
// stops with the line named when a row cannot be read.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../../harness/use-emulator.js';
import { exampleFile, REFRESH_MESSAGE, runPush, seedList, tableRows, writes } from './setup.js';

const emulator = useEmulator();

const README = exampleFile('README.md');
const DATA = exampleFile('data.yaml');
const [MEEDGE, RANET, MSDNET] = tableRows(README, 'EEN Design') as [string, string, string];
const HAND =
  '| BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks | BranchyNet | ICPR | 2016 | [[PDF](https://arxiv.org/pdf/1709.01686)] |';
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

type Data = Record<string, { list: { title: string; venue?: string; year?: string | number }[] }>;
const dataOn = (repo: Parameters<typeof emulator.readFile>[0]): Data =>
  parse(emulator.readFile(repo, 'main', 'data.yaml') as string) as Data;

/** Pushes `files` onto main as a person would, and runs the push event. */
async function pushByHand(files: Record<string, string>, opts: { protected?: boolean } = {}) {
  const repo = seedList(emulator, {}, opts);
  const before = emulator.branchSha(repo, 'main') as string;
  emulator.commitFiles(repo, 'main', files, 'Edit the table', { time: '2024-11-02T03:04:05Z' });
  emulator.clearRequests();
  const run = await runPush(emulator, repo, before);
  return { repo, run, before };
}

describe('hand edits in the generated tables', () => {
  it('a row added by hand becomes an entry at the end of its section, in the same refresh commit', async () => {
    const readme = README.replace(MSDNET, `${MSDNET}\n${HAND}`);
    const { repo, run } = await pushByHand({ 'README.md': readme });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    const head = emulator.branchSha(repo, 'main') as string;
    const message = emulator.commit(repo, head).message;
    expect(message.split('\n')[0]).toBe(REFRESH_MESSAGE);
    expect(message).toContain(
      `new row "BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks" in "EEN Design" (README line ${lineOf(readme, 'BranchyNet')}): adopted as an entry of data.yaml`,
    );
    expect(run.summary).toContain('adopted as an entry of data.yaml');
    const titles = dataOn(repo)['EEN Design']!.list.map((p) => p.title);
    expect(titles.at(-1)).toBe(
      'BranchyNet: Fast Inference via Early Exiting from Deep Neural Networks',
    );
    // The data file gains only the entry's lines (and the day it came); nothing else changes.
    const data = emulator.readFile(repo, 'main', 'data.yaml') as string;
    expect(data.split('\n').length - DATA.split('\n').length).toBe(7);
    const rendered = emulator.readFile(repo, 'main', 'README.md') as string;
    expect(tableRows(rendered, 'EEN Design')).toEqual([MEEDGE, RANET, MSDNET, HAND]);
    expect(writes(emulator)).toEqual([
      `POST /repos/${repo.fullName}/git/trees`,
      `POST /repos/${repo.fullName}/git/commits`,
      `PATCH /repos/${repo.fullName}/git/refs/heads/main`,
    ]);
  });

  it('an edited cell becomes the field value: one line of the data file changes', async () => {
    const edited = MSDNET.replace('| ICLR |', '| ICLR (oral) |');
    const { repo, run } = await pushByHand({ 'README.md': README.replace(MSDNET, edited) });
    expect(run.code).toBe(0);
    expect(run.summary).toContain(
      'venue of "Multi-Scale Dense Networks for Resource Efficient Image Classification" in "EEN Design" changed from "ICLR" to "ICLR (oral)"',
    );
    const data = emulator.readFile(repo, 'main', 'data.yaml') as string;
    const changed = data.split('\n').filter((l, i) => l !== DATA.split('\n')[i]);
    expect(changed).toEqual(['    venue: "ICLR (oral)"']);
    expect(
      tableRows(emulator.readFile(repo, 'main', 'README.md') as string, 'EEN Design'),
    ).toContain(edited);
  });

  it('a row removed by hand leaves the data file, with a warning naming it', async () => {
    const { repo, run } = await pushByHand({ 'README.md': README.replace(`${RANET}\n`, '') });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    const line = README.split('\n').indexOf(RANET) + 1;
    const said = `"Resolution Adaptive Networks for Efficient Inference" in "EEN Design" was deleted by hand (README line ${line} before the change): removed from data.yaml`;
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toContain(said);
    expect(run.summary).toContain(said);
    expect(tableRows(emulator.readFile(repo, 'main', 'README.md') as string, 'EEN Design')).toEqual(
      [MEEDGE, MSDNET],
    );
    expect(emulator.readFile(repo, 'main', 'data.yaml')).not.toContain('Resolution Adaptive');
  });

  it('a row removed by hand while the same push changed its paper in the data file is put back', async () => {
    const DATA_CHANGED = DATA.replace(
      /(title: "Resolution Adaptive Networks for Efficient Inference"\n(?:.*\n)*?\s+venue: )"CVPR"/,
      '$1"CVPR (oral)"',
    );
    expect(DATA_CHANGED).not.toBe(DATA);
    const { repo, run } = await pushByHand({
      'README.md': README.replace(`${RANET}\n`, ''),
      'data.yaml': DATA_CHANGED,
    });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('remove it from data.yaml to delete it');
    expect(emulator.readFile(repo, 'main', 'data.yaml')).toContain('CVPR (oral)');
  });

  it('when the same push changed the data file too, both are kept and the data file wins a clash', async () => {
    // The data file: MSDNet's venue. The README: MSDNet's year, and MEEdge's venue, which the data
    // file changed too.
    const data = DATA.replace('venue: "ICLR"', 'venue: "ICLR 2018"').replace(
      'venue: "WWW"',
      'venue: "TheWebConf"',
    );
    const readme = README.replace(MSDNET, MSDNET.replace('| 2018 |', '| 2017 |')).replace(
      MEEDGE,
      MEEDGE.replace('| WWW |', '| WWW 2024 |'),
    );
    const { repo, run } = await pushByHand({ 'data.yaml': data, 'README.md': readme });
    expect(run.code).toBe(0);
    const papers = dataOn(repo)['EEN Design']!.list;
    expect(papers.find((p) => p.title.startsWith('Multi-Scale'))).toMatchObject({
      venue: 'ICLR 2018',
      year: '2017',
    });
    expect(papers.find((p) => p.title.startsWith('Unlocking'))?.venue).toBe('TheWebConf');
    expect(run.summary).toContain(
      'the README says "WWW 2024", data.yaml says "TheWebConf" (README line',
    );
    expect(run.summary).toContain('data.yaml wins');
  });

  it('a row with more cells than its header is adopted as written, with a template of its own', async () => {
    const row = '| Broken | row | with | far | too | many | cells |';
    const broken = README.replace(MSDNET, `${MSDNET}\n${row}`);
    const { repo, run } = await pushByHand({ 'README.md': broken });
    expect(run.code).toBe(0);
    const added = dataOn(repo)['EEN Design']!.list.find((p) => p.title === 'Broken');
    expect(added).toMatchObject({ shape: expect.stringContaining('| many | cells |') });
    expect((emulator.readFile(repo, 'main', 'README.md') as string).split('\n')).toContain(row);
  });

  it('on a protected branch, the adoption goes into the refresh pull request with the README', async () => {
    const readme = README.replace(MSDNET, `${MSDNET}\n${HAND}`);
    const { repo, run } = await pushByHand({ 'README.md': readme }, { protected: true });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refresh-pull-request');
    const pull = emulator.getPulls(repo).find((p) => p.head.ref === 'paperlist/refresh');
    const data = emulator.readFile(repo, pull!.head.sha, 'data.yaml') as string;
    expect(data).toContain('BranchyNet');
    expect(
      tableRows(emulator.readFile(repo, pull!.head.sha, 'README.md') as string, 'EEN Design'),
    ).toEqual([MEEDGE, RANET, MSDNET, HAND]);
    expect(emulator.commit(repo, pull!.head.sha).message).toContain(
      'adopted as an entry of data.yaml',
    );
  });
});
