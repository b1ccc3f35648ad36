// checkPull in a list with its own layout (the bullet list of `examples/layouts/list`): an added
// paper is shown as the bullet the list will get, and a bullet typed into the README at the pull
// request's head is listed with what the refresh after the merge does with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkReport } from '../../../src/core/check/report.js';
import { checkPull, type PullCheckInput } from '../../../src/core/check/verdict.js';
import { loadData } from '../../../src/core/data/load.js';
import { renderReadme } from '../../../src/core/render/readme.js';
import { parseSettings } from '../../../src/core/settings/parse.js';
import { valueOf } from '../../result.js';

const EXAMPLE = new URL('../../../examples/layouts/list/', import.meta.url).pathname;
const example = (path: string) => readFileSync(join(EXAMPLE, path), 'utf8');
const DATA = example('data.yaml');
const README = example('README.md');
const CONFIG = example('.github/paperlist.yml');
const settings = valueOf(parseSettings(CONFIG, 'paperlist.yml'));
const base = valueOf(loadData(DATA, 'data.yaml'));

const input = (data: string, readme: string): PullCheckInput => ({
  paths: { dataFile: 'data.yaml', readme: 'README.md', config: '.github/paperlist.yml' },
  head: { data, readme, config: CONFIG },
  base,
  openSuggestions: [],
});

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('checkPull in a bullet list', () => {
  test('an added paper is shown as the bullet the list will get', () => {
    const entry =
      '    - title: "Halting in a Pull Request"\n      abbr: "PRNet"\n      venue: "ICML"\n      links:\n        PDF: "https://example.org/pr.pdf"\n';
    const data = DATA.replace('\n\nLanguage:', `\n${entry.trimEnd()}\n\nLanguage:`);
    const readme = valueOf(
      renderReadme(README, valueOf(loadData(data, 'data.yaml')), settings, new Date(0)),
    );
    const verdict = checkPull(input(data, readme));
    expect(verdict).toMatchObject({ passed: true, problems: [] });
    const bullet =
      '- **[PRNet]** Halting in a Pull Request (_ICML_) [[PDF]](https://example.org/pr.pdf)';
    expect(verdict.rows).toEqual([
      {
        change: 'added',
        section: 'Vision',
        title: 'Halting in a Pull Request',
        row: bullet,
        header: '',
      },
    ]);
    const report = checkReport(verdict, 'data.yaml', 'abcdef1234');
    expect(report).toContain(`Vision:\n\n${bullet}\n`);
    expect(report).not.toContain('|----');
    // A bullet list has entries, not rows.
    expect(report).toContain('**Entries as they will look**');
    expect(report).not.toMatch(/\brows?\b/i);
  });

  test('a bullet typed into the README is listed with what the refresh will do', () => {
    const last =
      '- **[ExitNet]** Early Exits Everywhere (_NeurIPS_) [[PDF]](https://example.org/exit.pdf) [[CODE]](https://github.com/a/exit)';
    const typed =
      '- **[HandNet]** Halting Typed in a Pull Request (_ICLR_) [[PDF]](https://example.org/h.pdf)';
    const readme = README.replace(last, `${last}\n${typed}`);
    const verdict = checkPull(input(DATA, readme));
    expect(verdict.handEdits?.adoptions).toMatchObject([
      {
        kind: 'added',
        section: 'Vision',
        paper: { title: 'Halting Typed in a Pull Request', abbr: 'HandNet', venue: 'ICLR' },
      },
    ]);
    const report = checkReport(verdict, 'data.yaml', 'abcdef1234');
    expect(report).toContain(
      `new entry "Halting Typed in a Pull Request" in "Vision" (README line ${lineOf(readme, 'HandNet')}): adopted into data.yaml`,
    );
    expect(report).toContain('**Hand edits of the README list, and what the refresh');
    expect(report).not.toMatch(/\b(rows?|tables?|cells?)\b/i);
  });

  test('an entry deleted by hand is a note in entries: the refresh deletes it', () => {
    const last =
      '- **[ExitNet]** Early Exits Everywhere (_NeurIPS_) [[PDF]](https://example.org/exit.pdf) [[CODE]](https://github.com/a/exit)';
    const verdict = checkPull(input(DATA, README.replace(`${last}\n`, '')));
    expect(verdict.notes).toEqual([
      '1 entry deleted from the README by hand will be deleted from the data file',
    ]);
    expect(checkReport(verdict, 'data.yaml', 'abc')).not.toMatch(/\brows?\b/i);
  });
});
