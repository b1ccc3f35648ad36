import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { renderUsage } from '../../src/cli/usage.js';
import { workspace, type Workspace } from './harness.js';

let ws: Workspace;
beforeEach(() => (ws = workspace()));
afterEach(() => ws.remove());

describe('paperlist', () => {
  test('--help lists the commands on stdout', async () => {
    const { code, stdout, stderr } = await ws.run(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Usage: paperlist <command> [options]');
    expect(stdout).toContain(
      '  render    render the README from the data file (--check: only compare)\n' +
        "  import    print a data file read from an existing README's list\n" +
        '  init      adopt an existing list: data file, settings, markers, issue form and workflow\n' +
        '  validate  check the data file and the settings\n',
    );
  });

  test("<command> --help prints that command's usage", async () => {
    expect(await ws.run(['render', '--help'])).toEqual({
      code: 0,
      stdout: renderUsage,
      stderr: '',
    });
    expect((await ws.run(['import', '-h'])).stdout).toMatch(/^Usage: paperlist import README.md\n/);
    expect((await ws.run(['validate', '--help'])).stdout).toMatch(
      /^Usage: paperlist validate \[--data F\] \[--config F\]\n/,
    );
  });

  test('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(await ws.run(['--version'])).toEqual({
      code: 0,
      stdout: `${pkg.version}\n`,
      stderr: '',
    });
  });

  test('an unknown command is a usage error: the usage line and the commands, not the whole help (exit 2)', async () => {
    const { code, stdout, stderr } = await ws.run(['publish']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'paperlist: unknown command "publish" (run "paperlist --help" for the commands)',
        'Usage: paperlist <command> [options]',
        'Commands: render, import, init, validate, suggest, add, site',
        '',
      ].join('\n'),
    );
  });

  test('a mistyped command: did you mean the nearest one?', async () => {
    const { code, stderr } = await ws.run(['valdate']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      'paperlist: unknown command "valdate"; did you mean "validate"? (run "paperlist --help" for the commands)',
    );
  });

  test('no command, or an unknown option before it, is a usage error', async () => {
    expect((await ws.run([])).stderr).toMatch(
      /^paperlist: no command given \(run "paperlist --help" for the commands\)\nUsage: paperlist <command> \[options\]\n/,
    );
    const unknown = await ws.run(['--verbose']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^paperlist: unknown option "--verbose" \(run "paperlist --help" for the commands\)\n/,
    );
  });

  test("an unknown flag of a command prints that command's usage line and a hint, not its help", async () => {
    const { code, stdout, stderr } = await ws.run(['validate', '--readme', 'R.md']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const help = (await ws.run(['validate', '--help'])).stdout;
    expect(stderr).toBe(
      `paperlist validate: Unknown option '--readme' (run "paperlist validate --help" for its options)\n${help.split('\n')[0]}\n`,
    );
    expect(stderr.split('\n')[1]).toBe('Usage: paperlist validate [--data F] [--config F]');
  });

  test('a flag without its value is a usage error', async () => {
    const { code, stderr } = await ws.run(['render', '--data']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      `paperlist render: Option '--data <value>' argument missing (run "paperlist render --help" for its options)`,
    );
  });
});
