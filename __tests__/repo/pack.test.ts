// The package as users get it: `npm pack` of the project, with dist/ holding the bundles built from
// `src/` for this test run (not the committed dist/), installed from the tarball into an empty
// prefix with no network and an empty npm cache, then its `paperlist` command run on a small list
// (the version, init, render --check, site). So the tarball must hold everything the CLI needs at
// run time, and need no dependency installed.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testBundle } from '../harness/bundle.js';
import { PROJECT_ROOT } from '../harness/index.js';

/** Folders of the checkout that never belong in a copy to pack (installed, built or local). */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.artifacts', '.bench', 'coverage']);

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string }[];
}

let tmp: string;
let packed: PackResult;
let tarball: string;
const prefix = () => join(tmp, 'prefix');
const bin = () => join(prefix(), 'bin', 'paperlist');

/** npm with none of the settings an outer `npm test` passes down, and node first on the PATH. */
function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)),
  ) as NodeJS.ProcessEnv;
  env['PATH'] = [dirname(process.execPath), env['PATH']].join(':');
  return spawnSync('npm', args, { cwd, env, encoding: 'utf8' });
}

function ok(run: SpawnSyncReturns<string>, what: string): string {
  if (run.status !== 0) {
    throw new Error(
      `${what} exited ${run.status}:\n${run.stdout}\n${run.stderr}\n${run.error ?? ''}`,
    );
  }
  return run.stdout;
}

/** Runs the installed `paperlist` in `cwd`, with the test's node first on the PATH. */
function paperlist(args: string[], cwd: string): SpawnSyncReturns<string> {
  const PATH = [dirname(process.execPath), process.env['PATH']].join(':');
  return spawnSync(bin(), args, { cwd, env: { ...process.env, PATH }, encoding: 'utf8' });
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'paperlist-pack-'));
  const stage = join(tmp, 'package');
  cpSync(PROJECT_ROOT, stage, {
    recursive: true,
    filter: (from) => !(dirname(from) === PROJECT_ROOT && NOT_COPIED.has(basename(from))),
  });
  cpSync(dirname(testBundle('cli.js')), join(stage, 'dist'), { recursive: true });
  const out = ok(npm(['pack', '--json', '--pack-destination', tmp], stage), 'npm pack');
  packed = (JSON.parse(out) as PackResult[])[0]!;
  tarball = join(tmp, packed.filename);
  const install = npm(
    [
      'install',
      '--global',
      '--prefix',
      prefix(),
      '--cache',
      join(tmp, 'empty-cache'),
      '--offline',
      // Were anything still fetched, it would be from a registry that answers nobody.
      '--registry',
      'http://127.0.0.1:9/',
      '--no-audit',
      '--no-fund',
      tarball,
    ],
    tmp,
  );
  ok(install, 'npm install of the tarball');
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the packed package', () => {
  test('holds the bundles, action.yml, the settings schema, README, LICENSE and package.json, and nothing else', () => {
    const chunks = readdirSync(join(dirname(testBundle('cli.js')), 'cli-chunks'));
    expect(chunks.length).toBeGreaterThan(0);
    const expected = [
      'LICENSE',
      'README.md',
      'action.yml',
      'schema/paperlist.schema.json',
      'package.json',
      'dist/index.js',
      'dist/cli.js',
      ...chunks.map((c) => `dist/cli-chunks/${c}`),
    ];
    expect(packed.files.map((f) => f.path).sort()).toEqual(expected.sort());
    expect(packed.entryCount).toBe(expected.length);
    // The bundles are a few megabytes; tests, fixtures or sources would be far more.
    expect(packed.size).toBeLessThan(3_000_000);
  });

  test('declares no dependency, so installing it fetches nothing', () => {
    const installed = join(prefix(), 'lib', 'node_modules', 'paperlist');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      dependencies?: object;
      bin: Record<string, string>;
    };
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.bin).toEqual({ paperlist: 'dist/cli.js' });
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    expect(readdirSync(join(prefix(), 'lib', 'node_modules'))).toEqual(['paperlist']);
  });

  test('installs a paperlist command that prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const run = paperlist(['--version'], tmp);
    expect([run.status, run.stdout, run.stderr]).toEqual([0, `${version}\n`, '']);
  });

  test('init adopts a list, and render --check then finds the README up to date', () => {
    const list = join(tmp, 'list');
    mkdirSync(list);
    const readme = [
      '# Papers on halting early',
      '',
      '## Vision',
      '',
      '- [Halting Networks](https://example.org/halting) - ICLR 2024',
      '- [Skip the Rest](https://example.org/skip) - CVPR 2023',
      '',
      '## Speech',
      '',
      '- [Exit While Listening](https://example.org/listen) - Interspeech 2022',
      '',
    ].join('\n');
    writeFileSync(join(list, 'README.md'), readme);
    const init = paperlist(['init'], list);
    expect([init.status, init.stderr]).toEqual([0, '']);
    expect(init.stdout).toContain('README.md: 3 entries in 2 sections (list layout)');
    for (const file of [
      'data.yaml',
      '.github/paperlist.yml',
      '.github/ISSUE_TEMPLATE/suggest-paper.yml',
      '.github/workflows/paperlist.yml',
    ]) {
      expect(existsSync(join(list, file)), file).toBe(true);
    }
    const data = readFileSync(join(list, 'data.yaml'), 'utf8');
    expect(data).toContain('Exit While Listening');
    const check = paperlist(['render', '--check'], list);
    expect([check.status, check.stdout, check.stderr]).toEqual([0, 'README.md: up to date\n', '']);
  });

  test('site writes the reader page, its script included, from the adopted list', () => {
    const list = join(tmp, 'list');
    const site = paperlist(['site', '--out', 'site'], list);
    expect([site.status, site.stderr]).toEqual([0, '']);
    expect(readdirSync(join(list, 'site')).sort()).toEqual([
      'feed.xml',
      'index.html',
      'papers.bib',
    ]);
    const page = readFileSync(join(list, 'site', 'index.html'), 'utf8');
    expect(page).toContain('Exit While Listening');
    expect(page).toMatch(/<script>"use strict";/);
  });
});
