// The built bundle is what users run (`node dist/cli.js`, the package's bin): check it end to end,
// on the bundle built from `src/` for this test run with the configuration that makes dist/. The CLI
// bundle is split (cli.js, and a chunk per command that it loads when that command runs): each
// command is run from it, and help, the version and usage errors need none of the commands' chunks.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COMMANDS } from '../../src/cli/catalog.js';
import { renderUsage } from '../../src/cli/usage.js';
import { loadData } from '../../src/core/data/load.js';
import { renderReaderFiles } from '../../src/core/outputs/files.js';
import { testBundle } from '../harness/bundle.js';
import { NODE24 } from '../harness/index.js';
import { fixture, workspace, type Workspace } from './harness.js';

const cli = testBundle('cli.js');
let ws: Workspace;

beforeAll(() => {
  ws = workspace();
  ws.copy('cli/small/data.yaml', 'data.yaml');
  ws.copy('cli/small/README.input.md', 'README.md');
});
afterAll(() => ws.remove());

const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: ws.dir, encoding: 'utf8' });

test('the bundled CLI: render writes the README, then finds it up to date', () => {
  const first = run(['render', '--time', '2024-10-14T12:47:37Z']);
  expect([first.status, first.stdout, first.stderr]).toEqual([0, 'README.md: updated\n', '']);
  expect(ws.read('README.md')).toBe(fixture('cli/small/README.output.md'));

  const check = run(['render', '--check']);
  expect([check.status, check.stdout, check.stderr]).toEqual([0, 'README.md: up to date\n', '']);
});

test('the bundled CLI sets the exit code for bad input and usage errors', () => {
  expect(run(['validate', '--data', 'missing.yaml']).status).toBe(1);
  expect(run(['frobnicate']).status).toBe(2);
});

test('the bundled CLI writes the same reader files as the sources, page script included', () => {
  const time = '2024-10-14T12:47:37Z';
  const site = run(['site', '--out', 'site', '--time', time]);
  expect([site.status, site.stderr]).toEqual([0, '']);
  const data = loadData(ws.read('data.yaml'), 'data.yaml');
  if (!data.ok) throw new Error('the fixture must load');
  const expected = renderReaderFiles(data.value, { name: 'Papers', time: new Date(time) });
  for (const [file, text] of Object.entries(expected)) {
    expect(readFileSync(join(ws.dir, 'site', file), 'utf8'), file).toBe(text);
  }
  // The page carries its script inline, minified, and no reference to anything outside it.
  expect(expected['index.html']).toMatch(/<script>"use strict";\(\(\)=>\{/);
  expect(expected['index.html']).not.toMatch(
    /<script src|<link rel="stylesheet"|https?:\/\/(?!www\.w3\.org)[^"]*\.(?:js|css)/,
  );
});

/** Every file under `dir`, by its path relative to it, with its text. */
function filesIn(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = readFileSync(path, 'utf8');
  }
  return files;
}

const EXAMPLE = new URL('../../examples/ednn/', import.meta.url);
const ednn = (ws: Workspace) => {
  for (const file of ['data.yaml', 'README.md'])
    ws.write(file, readFileSync(new URL(file, EXAMPLE), 'utf8'));
};
const BULLET_LIST =
  '# Papers\n\n## Vision\n\n- [Learning When to Halt](https://example.org/halt) - ICLR 2024\n\n## License\n\nMIT\n';

/** A run: the files it starts from, its arguments, its exit code. */
interface RealRun {
  setUp(ws: Workspace): void;
  args: string[];
  code: number;
}

/** One real run of each command. */
const REAL_RUNS: Record<string, RealRun> = {
  render: { setUp: ednn, args: ['render', '--time', '2030-01-02T03:04:05Z'], code: 0 },
  import: {
    setUp: (ws) => ws.copy('cli/small/README.import.md', 'README.md'),
    args: ['import', 'README.md'],
    code: 1,
  },
  init: { setUp: (ws) => ws.write('README.md', BULLET_LIST), args: ['init'], code: 0 },
  validate: { setUp: ednn, args: ['validate'], code: 0 },
  suggest: {
    setUp: (ws) => {
      ednn(ws);
      ws.write('issue.md', readFileSync(new URL('sample-suggestion.md', EXAMPLE), 'utf8'));
    },
    args: ['suggest', '--issue', 'issue.md'],
    code: 0,
  },
  // A link of no known kind: refused before any service is asked.
  add: { setUp: ednn, args: ['add', 'not-a-link', '--section', 'EEN Design'], code: 1 },
  site: { setUp: ednn, args: ['site', '--out', 'site', '--time', '2030-01-02T03:04:05Z'], code: 0 },
};

describe.each(COMMANDS.map((c) => [c.name, c] as const))('the bundled CLI: %s', (name, entry) => {
  test('--help prints its usage', () => {
    const r = run([name, '--help']);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, entry.usage, '']);
  });

  test("its chunk loads: an unknown option is that command's usage error", () => {
    const r = run([name, '--no-such-option']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^paperlist ${name}: .*--no-such-option`));
    expect(r.stderr.endsWith(`\n${entry.usage.split('\n')[0]}\n`)).toBe(true);
  });

  test('a real run prints and writes what the sources do', async () => {
    const spec = REAL_RUNS[name];
    if (!spec) throw new Error(`no real run of "${name}" in this test`);
    await expectSameAsSources(spec);
  });
});

test('the bundled CLI: render --check prints the diff (a chunk of its own) as the sources do', async () => {
  await expectSameAsSources({
    setUp: (ws) => {
      ws.copy('cli/small/data.yaml', 'data.yaml');
      ws.copy('cli/small/README.input.md', 'README.md');
    },
    args: ['render', '--check'],
    code: 1,
  });
});

/** Runs `spec` with the bundle and with the sources, each in a folder of its own, and compares. */
async function expectSameAsSources(spec: RealRun): Promise<void> {
  const [bundled, sources] = [workspace(), workspace()];
  try {
    spec.setUp(bundled);
    spec.setUp(sources);
    const r = spawnSync(process.execPath, [cli, ...spec.args], {
      cwd: bundled.dir,
      encoding: 'utf8',
    });
    const expected = await sources.run(spec.args);
    expect(expected.code).toBe(spec.code);
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual(expected);
    expect(filesIn(bundled.dir)).toEqual(filesIn(sources.dir));
  } finally {
    bundled.remove();
    sources.remove();
  }
}

test('help, the version and usage errors load no command', () => {
  // A copy of the bundle with what cli.js imports, statically or not, except the commands' own
  // chunks (and what only they import): only the command's name and help text are there.
  const from = dirname(cli);
  const commandChunk = new RegExp(`^(?:${COMMANDS.map((c) => c.name).join('|')})-[A-Z0-9]+\\.js$`);
  const bare = mkdtempSync(join(tmpdir(), 'paperlist-bare-cli-'));
  try {
    const copy = (file: string): void => {
      if (existsSync(join(bare, file)) || commandChunk.test(basename(file))) return;
      const text = readFileSync(join(from, file), 'utf8');
      mkdirSync(dirname(join(bare, file)), { recursive: true });
      writeFileSync(join(bare, file), text);
      const imports = /^import\s(?:[^;]*?from\s*)?"(\.[^"]+)"|\bimport\("(\.[^"]+)"\)/gm;
      for (const [, path, lazy] of text.matchAll(imports))
        copy(join(dirname(file), (path ?? lazy)!));
    };
    copy('cli.js');
    const copied = readdirSync(join(bare, 'cli-chunks'));
    expect(copied.filter((f) => f.startsWith('main-'))).toHaveLength(1);
    expect(copied.length).toBeLessThan(readdirSync(join(from, 'cli-chunks')).length / 2);
    const bareRun = (args: string[]) =>
      spawnSync(process.execPath, [join(bare, 'cli.js'), ...args], { encoding: 'utf8' });
    expect(bareRun(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(bareRun(['--help']).status).toBe(0);
    expect([bareRun(['render', '--help']).status, bareRun(['render', '--help']).stdout]).toEqual([
      0,
      renderUsage,
    ]);
    expect(bareRun(['frobnicate']).status).toBe(2);
    // The command itself is not there, so running it fails: the chunks above are all it had.
    expect(bareRun(['validate']).stderr).toMatch(/Cannot find module .*cli-chunks/);
  } finally {
    rmSync(bare, { recursive: true, force: true });
  }
});

test("the bundled CLI keeps its compiled code in Node's compile cache, where Node has one", () => {
  const tmp = mkdtempSync(join(tmpdir(), 'paperlist-compile-cache-'));
  try {
    const runIn = (node: string, name: string, env: Record<string, string> = {}) => {
      const dir = join(tmp, name);
      mkdirSync(dir);
      const rest = { ...process.env };
      delete rest['NODE_COMPILE_CACHE'];
      const r = spawnSync(node, [cli, 'validate', '--data', 'missing.yaml'], {
        cwd: ws.dir,
        encoding: 'utf8',
        // The cache goes to the system's temporary folder unless NODE_COMPILE_CACHE says otherwise.
        env: { ...rest, TMPDIR: dir, ...env },
      });
      const cache = join(dir, 'node-compile-cache');
      return { status: r.status, stderr: r.stderr, cached: existsSync(cache) };
    };
    // Node 24 (the runner's): validate's chunks compiled once are kept for the next runs.
    const on = runIn(NODE24, 'on');
    expect(on.cached).toBe(true);
    const off = runIn(NODE24, 'off', { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(off).toEqual({ ...on, cached: false });
    // The test's own Node may have no compile cache: the CLI runs the same without one.
    const current = runIn(process.execPath, 'current');
    expect({ ...current, cached: on.cached }).toEqual(on);
    expect(current.cached).toBe('enableCompileCache' in nodeModule);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
