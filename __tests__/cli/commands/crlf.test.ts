// A list repository whose README was saved with CRLF line endings (a Windows editor), through the
// CLI: `init` adds only the two marker lines (with CRLF), `render --check` passes right after,
// `suggest` adds one CRLF line in the list's style, and a bullet typed by hand is adopted by
// `render` without any other line of the README or the data file changing.
import { diffLines } from 'diff';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { workspace, type Workspace } from '../harness.js';

let ws: Workspace;
beforeEach(() => (ws = workspace()));
afterEach(() => ws.remove());

const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const README = crlf(`# Halting papers

Some prose that is not part of the list.

## Vision

- [Learning When to Halt](https://example.org/halt) - ICLR 2024
- [Skipping Layers for Speed](https://example.org/skip) - CVPR 2023

## Audio

- [Early Exits for Speech](https://example.org/speech) - Interspeech 2022

## License

MIT
`);
const SUGGESTION = crlf(`### Title

A Brand New Paper

### Venue

ICML

### Year

2025

### Sections

Audio

### Paper page

https://example.org/new
`);
const SPEECH = '- [Early Exits for Speech](https://example.org/speech) - Interspeech 2022\r\n';

/** The lines `after` adds to `before`; fails when it removes or changes any. */
function addedLines(before: string, after: string): string[] {
  const parts = diffLines(before, after);
  expect(parts.filter((p) => p.removed)).toEqual([]);
  return parts.filter((p) => p.added).flatMap((p) => p.value.split(/(?<=\n)/));
}

describe('a README saved with CRLF', () => {
  test('init adds the markers only; render --check passes; suggest adds one line', async () => {
    ws.write('README.md', README);
    const init = await ws.run(['init']);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const marked = ws.read('README.md');
    expect(addedLines(README, marked)).toEqual([
      '<!-- main-start -->\r\n',
      '<!-- main-end -->\r\n',
    ]);
    expect(ws.read('.github/paperlist.yml')).not.toContain('\\r');
    expect(ws.read('data.yaml')).not.toContain('\r');
    expect(await ws.run(['render', '--check'])).toEqual({
      code: 0,
      stdout: 'README.md: up to date\n',
      stderr: '',
    });
    ws.write('issue.md', SUGGESTION);
    const run = await ws.run(['suggest', '--issue', 'issue.md']);
    expect(run.stderr).toBe('');
    expect(addedLines(marked, ws.read('README.md'))).toEqual([
      '- [A Brand New Paper](https://example.org/new) - ICML 2025\r\n',
    ]);
    expect((await ws.run(['render', '--check'])).code).toBe(0);
  });

  test('a bullet typed by hand is adopted; no other line of either file changes', async () => {
    ws.write('README.md', README);
    expect((await ws.run(['init'])).code).toBe(0);
    // The data file saved with CRLF too.
    ws.write('data.yaml', crlf(ws.read('data.yaml')));
    const data = ws.read('data.yaml');
    const typed = ws
      .read('README.md')
      .replace(
        SPEECH,
        `${SPEECH}- [Exits Typed on Windows](https://example.org/win) - ICASSP 2025\r\n`,
      );
    ws.write('README.md', typed);
    const run = await ws.run(['render']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('new entry "Exits Typed on Windows" in "Audio"');
    expect(ws.read('README.md')).toBe(typed);
    const added = addedLines(data, ws.read('data.yaml'));
    expect(added.join('')).toContain('title: "Exits Typed on Windows"');
    expect(added.every((l) => l.endsWith('\r\n'))).toBe(true);
    expect(await ws.run(['render', '--check'])).toMatchObject({ code: 0 });
  });
});
