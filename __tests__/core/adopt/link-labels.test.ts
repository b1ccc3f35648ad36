// Hand edits in a list whose settings show one link label as another's text (`link-labels`: the
// data's PAGE links are shown as `PDF`, while the list's own links are labelled PDF): an edited
// entry keeps its links as the data labels them, and a link typed like its neighbours' is labelled
// like theirs. Also an entry whose separators stand inside its values (three authors, a venue and a
// year after commas) changes only the field that was edited.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { planAdoption } from '../../../src/core/adopt/plan.js';
import { loadData } from '../../../src/core/data/load.js';
import { renderReadme } from '../../../src/core/render/readme.js';
import { parseSettings } from '../../../src/core/settings/parse.js';
import { valueOf } from '../../result.js';

const root = new URL('../../fixtures/layouts/list/', import.meta.url).pathname;
const time = new Date('2026-01-02T03:04:05Z');

function load(name: string, extraSettings = '') {
  const dir = join(root, name);
  const dataText = readFileSync(join(dir, 'data.yaml'), 'utf8');
  const settingsText = readFileSync(join(dir, 'paperlist.yml'), 'utf8') + extraSettings;
  const list = valueOf(loadData(dataText, 'data.yaml'));
  const settings = valueOf(parseSettings(settingsText, 'paperlist.yml'));
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  const adopt = (edited: string) =>
    planAdoption({
      readme: edited,
      list,
      settings,
      file: 'README.md',
      dataText,
      dataFile: 'data.yaml',
      settingsText,
      settingsFile: 'paperlist.yml',
      base: list,
    });
  return { readme, settings, adopt };
}

describe('link-labels showing a label as the text of another', () => {
  const c = load('bullets-bold-abbr', 'link-labels:\n  PAGE: PDF\n');
  const exit =
    '- **[ExitNet]** Early Exits Everywhere (_NeurIPS_) [[PDF]](https://example.org/exit.pdf) [[CODE]](https://github.com/a/exit)';

  test('an edited title is the only edit: the links keep the labels the data gives them', () => {
    expect(c.readme).toContain(exit);
    const edited = c.readme.replace(exit, exit.replace('Everywhere', 'Everywhere Revisited'));
    const plan = c.adopt(edited);
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
    expect(plan.edits.adoptions).toMatchObject([
      { kind: 'edited', field: 'title', to: 'Early Exits Everywhere Revisited' },
    ]);
    expect(plan.data!.text).toContain('PDF: "https://example.org/exit.pdf"');
  });

  test('a link typed like its neighbours is labelled like theirs', () => {
    const typed = '- **[NewNet]** A New Way to Halt (_ICML_) [[PDF]](https://example.org/new.pdf)';
    const edited = c.readme.replace(exit, `${exit}\n${typed}`);
    const plan = c.adopt(edited);
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
    expect(plan.edits.adoptions).toMatchObject([
      { kind: 'added', paper: { links: [{ label: 'PDF', url: 'https://example.org/new.pdf' }] } },
    ]);
    expect(valueOf(renderReadme(edited, plan.data!.list, c.settings, time))).toBe(edited);
  });
});

describe('separators that stand inside values', () => {
  const c = load('badge-authors');
  const line = (authors: string) =>
    `- <img src="https://img.shields.io/badge/Conference-ACM-blue.svg" alt="ACM" align="top"> [Exit Heads for Cost Models](https://example.org/exit) - ${authors}, Systems Review, 2023`;
  const written = line('Edsger Dijkstra, Tony Hoare, Niklaus Wirth');

  test('an author removed by hand changes the authors, not the venue and the year', () => {
    expect(c.readme).toContain(written);
    const edited = c.readme.replace(written, line('Edsger Dijkstra, Tony Hoare'));
    const plan = c.adopt(edited);
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
    expect(plan.edits.adoptions).toMatchObject([
      { kind: 'edited', field: 'authors', to: 'Edsger Dijkstra, Tony Hoare' },
    ]);
    expect(valueOf(renderReadme(edited, plan.data!.list, c.settings, time))).toBe(edited);
  });
});
