// `npm start`: runs the bundled CLI on a copy of the example list, as a maintainer would locally:
// validate the data, apply a sample suggestion (the same code path as the bot), render the README,
// and print what changed. The example in the repository is left untouched.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';

const root = resolve(import.meta.dirname, '..');
const example = join(root, 'examples', 'ednn');
const cli = join(root, 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'paperlist-demo-'));
const list = join(work, 'ednn');
cpSync(example, list, { recursive: true });

function paperlist(...args) {
  console.log(`\n$ paperlist ${args.join(' ')}`);
  const res = spawnSync(process.execPath, [cli, ...args], { cwd: list, encoding: 'utf8' });
  process.stdout.write(res.stdout);
  process.stderr.write(res.stderr);
  return res.status;
}

function showChanges(file) {
  const before = readFileSync(join(example, file), 'utf8');
  const after = readFileSync(join(list, file), 'utf8');
  if (before === after) {
    console.log(`\n${file}: unchanged`);
    return;
  }
  console.log(
    `\n${createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, '', '', { context: 2 })}`,
  );
}

let failed = false;
try {
  failed ||= paperlist('validate') !== 0;
  // The copy holds the sample issue body too; a relative path keeps the printed command short.
  if (existsSync(join(list, 'sample-suggestion.md'))) {
    failed ||= paperlist('suggest', '--issue', 'sample-suggestion.md') !== 0;
  }
  failed ||= paperlist('render', '--time', new Date().toISOString()) !== 0;
  showChanges('data.yaml');
  showChanges('README.md');
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
