// One loop per layout kind over `__tests__/fixtures/layouts/<kind>/<case>/`: `input.md` is a README
// as a list's maintainer wrote it; `init` must give `README.md` (the input with the markers and
// nothing else added), `data.yaml`, `paperlist.yml` and the unread lines in `problems.txt`; and
// rendering that data with those settings must give `README.md` back byte for byte. `suggested.md`
// holds the lines a suggested paper (title, authors, venue, year, page and code links, checked as
// the bot checks a suggestion) gets at the end of the first section: they must read like the
// entries around them.
// Set UPDATE_FIXTURES=1 to write the expected files after a deliberate change (then review them).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadData } from '../../../../src/core/data/load.js';
import { reportedOf } from '../../../result.js';
import { planInit } from '../../../../src/core/import/init/plan.js';
import { formatProblem } from '../../../../src/core/problem.js';
import { problemsOf } from '../../../../src/core/result.js';
import { renderReadme } from '../../../../src/core/render/readme.js';
import { parseFormTemplate } from '../../../../src/core/form/template.js';
import { checkSuggestion } from '../../../../src/core/suggest/check.js';
import { applySuggestion } from '../../../../src/core/suggest/apply.js';
import type { PaperList } from '../../../../src/core/types.js';
import { parseSettings } from '../../../../src/core/settings/parse.js';

const root = new URL('../../../fixtures/layouts/', import.meta.url).pathname;
const update = process.env.UPDATE_FIXTURES === '1';
const time = new Date('2026-01-02T03:04:05Z');

function expectFile(dir: string, name: string, actual: string) {
  const path = join(dir, name);
  if (update) writeFileSync(path, actual);
  expect(existsSync(path), `${path} exists`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

for (const kind of readdirSync(root)) {
  describe(`${kind} layout`, () => {
    for (const name of readdirSync(join(root, kind))) {
      const dir = join(root, kind, name);
      test(name, () => {
        const input = readFileSync(join(dir, 'input.md'), 'utf8');
        const planned = planInit(input, {
          stamp: false,
          time,
          readmeFile: 'README.md',
          dataFile: 'data.yaml',
          settingsFile: '.github/paperlist.yml',
        });
        const plan = planned.ok ? planned.value : undefined;
        const problems = reportedOf(planned);
        expect(plan, problems.map(formatProblem).join('\n')).toBeDefined();
        if (!plan) return;
        expectFile(dir, 'README.md', plan.readme);
        expectFile(dir, 'data.yaml', plan.data);
        expectFile(dir, 'paperlist.yml', plan.settings);
        expectFile(dir, 'problems.txt', problems.map((p) => `${formatProblem(p)}\n`).join(''));
        // Only the two marker lines were added.
        const unmarked = plan.readme.replace('<!-- main-start -->\n', '');
        const end = '<!-- main-end -->';
        expect(
          unmarked.includes(`${end}\n`)
            ? unmarked.replace(`${end}\n`, '')
            : unmarked.replace(`\n${end}`, ''),
        ).toBe(input);
        // Init, then render: the identity.
        const data = loadData(plan.data, 'data.yaml');
        expect(problemsOf(data)).toEqual([]);
        const settings = parseSettings(plan.settings, 'paperlist.yml');
        expect(problemsOf(settings)).toEqual([]);
        if (!data.ok || !settings.ok) return;
        const rendered = renderReadme(plan.readme, data.value, settings.value, time);
        expect(rendered).toEqual({ ok: true, value: plan.readme });
        const form = parseFormTemplate(plan.form, 'suggest-paper.yml');
        expect(problemsOf(form)).toEqual([]);
        if (!form.ok) return;
        const { paper, sections } = suggested(
          data.value,
          new Set(form.value.fields.map((f) => f.id)),
        );
        // Added as the bot and the CLI add it: the list's own link labels, its order.
        const again = applySuggestion(
          {
            dataFile: 'data.yaml',
            dataText: plan.data,
            readmeFile: 'README.md',
            readmeText: plan.readme,
            list: data.value,
            settings: settings.value,
          },
          paper,
          sections,
        );
        expect(problemsOf(again)).toEqual([]);
        if (again.ok) expectFile(dir, 'suggested.md', addedLines(plan.readme, again.value.readme));
      });
    }
  });
}

/** A suggested paper for the first section, checked from the answers the form asks for. */
function suggested(list: PaperList, asked: ReadonlySet<string>) {
  const all: Record<string, string | string[]> = {
    title: 'A Suggested Paper on Stopping',
    authors: 'Ada Lovelace, Alan Turing',
    venue: 'ICLR',
    year: '2024',
    page: 'https://arxiv.org/abs/2401.00001',
    code: 'https://github.com/example/stop',
    sections: [list.sections[0]!.name],
  };
  // Only what the form init wrote asks for.
  const fields = Object.fromEntries(Object.entries(all).filter(([id]) => asked.has(id)));
  const checked = checkSuggestion(fields, list, { now: time, openSuggestions: [] });
  if (!checked.ok) throw new Error(checked.problems.map((p) => p.message).join('; '));
  return checked.value;
}

/** The lines of `after` that are not in `before` (one block: a paper's entry). */
function addedLines(before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let top = 0;
  while (top < a.length && a[top] === b[top]) top++;
  let end = 0;
  while (end < a.length - top && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return b.slice(top, b.length - end).join('\n') + '\n';
}
