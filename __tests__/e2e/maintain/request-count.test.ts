// The refresh costs the same API requests whatever the size of the list: the files are read whole,
// rendered locally, and written as one tree, one commit, one ref update.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { useEmulator } from '../../harness/use-emulator.js';
import { PROJECT_ROOT } from '../../harness/index.js';
import { countLine, runPush } from './setup.js';

interface Synth {
  synthData(n: number): string;
  SYNTH_README: string;
}

const emulator = useEmulator();
let synth: Synth;
beforeAll(async () => {
  synth = (await import(
    pathToFileURL(join(PROJECT_ROOT, 'scripts/bench/synth.mjs')).href
  )) as Synth;
});

/** Every request of the runs, as `METHOD path`, with the repository's prefix cut. */
const calls = (repo: string): string[] =>
  emulator.requests.map(
    (r) =>
      `${r.method} ${r.path.replace(`/repos/${repo}`, '').replace(/\/git\/blobs\/[0-9a-f]{40}$/, '/git/blobs/{sha}')}`,
  );

describe('the API requests of a refresh', () => {
  it.each([1_000, 10_000])('are the same fixed set for %i papers', async (n) => {
    const data = synth.synthData(n);
    // Like GitHub, the contents API leaves out a file over 1 MB: one more read, as a blob.
    const blob = Buffer.byteLength(data) > 1024 * 1024 ? ['GET /git/blobs/{sha}'] : [];
    const repo = emulator.createRepo({
      owner: 'octo',
      name: `synth-${n}`,
      files: { 'data.yaml': data, 'README.md': synth.SYNTH_README },
    });
    const before = emulator.branchSha(repo, 'main') as string;
    // A push that changes the data: the first paper's year.
    const pushed = emulator.commitFiles(
      repo,
      'main',
      { 'data.yaml': data.replace(/year: "\d+"/, 'year: "2027"') },
      'Edit',
    );

    emulator.clearRequests();
    const run = await runPush(emulator, repo, before);
    expect(run.stderr).toBe('');
    expect(run.outputs.result).toBe('refreshed');
    expect(countLine(emulator.readFile(repo, 'main', 'README.md') as string)).toBe(
      `${n} papers are included`,
    );
    expect(calls(repo.fullName).sort()).toEqual(
      [
        'GET /commits/main',
        'GET /contents/data.yaml',
        'GET /contents/README.md',
        'GET /contents/.github/paperlist.yml',
        ...blob,
        // The data before the push, to find the entries it added (and record the day on them).
        'GET /contents/data.yaml',
        ...blob,
        'GET /pulls',
        'POST /git/trees',
        'POST /git/commits',
        'PATCH /git/refs/heads/main',
      ].sort(),
    );
    // Every request names the API version, so a change of GitHub's default cannot change behaviour.
    expect(new Set(emulator.requests.map((r) => r.apiVersion))).toEqual(new Set(['2022-11-28']));

    // The same push again: nothing to do costs only the reads (the rendered README may now be a
    // large file too).
    const readme = emulator.readFile(repo, 'main', 'README.md') as string;
    const blobs = Buffer.byteLength(readme) > 1024 * 1024 ? [...blob, ...blob] : blob;
    emulator.clearRequests();
    const again = await runPush(emulator, repo, before, { after: pushed });
    expect(again.outputs.result).toBe('unchanged');
    expect(calls(repo.fullName).sort()).toEqual(
      [
        'GET /commits/main',
        'GET /contents/data.yaml',
        'GET /contents/README.md',
        'GET /contents/.github/paperlist.yml',
        'GET /contents/data.yaml',
        ...blobs,
        ...blob,
        'GET /pulls',
      ].sort(),
    );
  });
});
