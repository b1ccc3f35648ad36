// The readers' files from the action: with `site-dir`, a push after a merge writes the page,
// papers.bib and feed.xml (the merged paper in the feed, dated by the merge day); with
// `bibtex: papers.bib`, the BibTeX file is kept in the repository in the refresh commit; the
// scheduled run writes the page too.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useEmulator } from '../../harness/use-emulator.js';
import { BRANCHYNET, exampleFile, runEvent, seedList, suggest, writes } from './setup.js';

const emulator = useEmulator();
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function siteDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'paperlist-site-e2e-'));
  dirs.push(dir);
  return join(dir, 'public');
}

const SETTINGS = `${exampleFile('.github/paperlist.yml')}bibtex: papers.bib\nintro: "Papers on early exits."\nsite-url: "https://octo.github.io/papers/"\n`;

describe('the readers’ files', () => {
  it('are written on the push after a merge: page, BibTeX in the repository, the merged paper in the feed', async () => {
    const repo = seedList(emulator, { '.github/paperlist.yml': SETTINGS });
    const { pull } = await suggest(emulator, repo, BRANCHYNET);
    const before = emulator.branchSha(repo, 'main') as string;
    emulator.mergePullRequest(repo, pull, { time: '2024-11-02T20:00:00Z' });
    const out = siteDir();

    emulator.clearRequests();
    const payload = emulator.pushEvent(repo, { before });
    const run = await runEvent(emulator, repo, 'push', payload, { inputs: { 'site-dir': out } });
    expect(run.stderr).toBe('');
    expect(run.outputs).toMatchObject({ result: 'refreshed', 'site-dir': out });
    expect(writes(emulator)).toHaveLength(3);
    // 20:00 UTC is Nov 03 in Asia/Shanghai, the example's time zone: the merge day there.
    const data = emulator.readFile(repo, 'main', 'data.yaml') as string;
    expect(data).toContain('added: "2024-11-03"');
    const bib = emulator.readFile(repo, 'main', 'papers.bib') as string;
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(41);
    expect(bib).toContain('@inproceedings{branchynet2016,');
    expect(readFileSync(join(out, 'papers.bib'), 'utf8')).toBe(bib);

    const page = readFileSync(join(out, 'index.html'), 'utf8');
    expect(page.match(/<li data-paper /g)).toHaveLength(41);
    expect(page).toContain('<p class="intro">Papers on early exits.</p>');
    const feed = readFileSync(join(out, 'feed.xml'), 'utf8');
    expect(feed.match(/<entry>/g)).toHaveLength(1);
    expect(feed).toContain(`<title type="text">${BRANCHYNET.title}</title>`);
    expect(feed).toContain('<updated>2024-11-03T00:00:00Z</updated>');
    expect(feed).toContain(
      '<link rel="self" type="application/atom+xml" href="https://octo.github.io/papers/feed.xml"/>',
    );
    expect(run.summary).toContain(`Wrote the reader page into \`${out}\``);

    // The same push again changes nothing in the repository and writes the same files.
    emulator.clearRequests();
    const again = await runEvent(emulator, repo, 'push', payload, { inputs: { 'site-dir': out } });
    expect(again.outputs.result).toBe('unchanged');
    expect(writes(emulator)).toEqual([]);
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toBe(feed);
  });

  it('are written by the scheduled run; without `site-dir` no page and no output', async () => {
    // No link check: the example's links point at the real web, which the tests never reach.
    const repo = seedList(emulator, {
      '.github/paperlist.yml': `${exampleFile('.github/paperlist.yml')}link-check: false\n`,
    });
    const out = siteDir();
    const run = await runEvent(
      emulator,
      repo,
      'workflow_dispatch',
      { ref: 'refs/heads/main' },
      {
        inputs: { 'site-dir': out },
        env: { PAPERLIST_LINK_TIMEOUT_MS: '1' },
      },
    );
    expect(run.outputs['site-dir']).toBe(out);
    expect(readFileSync(join(out, 'index.html'), 'utf8').match(/<li data-paper /g)).toHaveLength(
      40,
    );
    // The example records no day for its papers: the feed is valid and empty.
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).not.toContain('<entry>');
    // Without `bibtex:` in the settings no BibTeX file goes into the repository.
    expect(emulator.readFile(repo, 'main', 'papers.bib')).toBeUndefined();

    const plain = await runEvent(
      emulator,
      repo,
      'workflow_dispatch',
      { ref: 'refs/heads/main' },
      {
        env: { PAPERLIST_LINK_TIMEOUT_MS: '1' },
      },
    );
    expect(plain.outputs['site-dir']).toBeUndefined();
  });
});
