// The built bundle is what users run (`node dist/cli.js`, the package's bin): check it end to end,
// on the bundle built from `src/` for this test run with the configuration that makes dist/.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadData } from '../../src/core/data/load.js';
import { renderReaderFiles } from '../../src/core/outputs/files.js';
import { testBundle } from '../harness/bundle.js';
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
