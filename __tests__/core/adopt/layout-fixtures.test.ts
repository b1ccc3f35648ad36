// One loop over `fixtures/adopt-layouts/<case>/`: `list.txt` names a list of `fixtures/layouts/`
// (its README as rendered, its data and settings), `edited.md` is that README after a person edited
// the generated list by hand. The adoption must report `report.txt` (what it adopted, put back or
// could not read) and, when it adopts, write `data.yaml`; the data then renders `README.md`.
// Set UPDATE_FIXTURES=1 to write the expected files after a deliberate change (then review them).
import { noHandEdits } from '../../../src/core/adopt/types.js';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeHandEdits } from '../../../src/core/adopt/describe.js';
import { listWords } from '../../../src/core/settings/words.js';
import { planAdoption } from '../../../src/core/adopt/plan.js';
import { loadData } from '../../../src/core/data/load.js';
import { formatProblem } from '../../../src/core/problem.js';
import { renderReadme } from '../../../src/core/render/readme.js';
import { parseSettings } from '../../../src/core/settings/parse.js';
import { valueOf } from '../../result.js';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
const root = join(fixtures, 'adopt-layouts');
const update = process.env.UPDATE_FIXTURES === '1';
const time = new Date('2026-01-02T03:04:05Z');

function expectFile(dir: string, name: string, actual: string) {
  const path = join(dir, name);
  if (update) writeFileSync(path, actual);
  expect(existsSync(path), `${path} exists`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('hand edits in a list with its own layout', () => {
  for (const name of readdirSync(root)) {
    test(name, () => {
      const dir = join(root, name);
      const list = join(fixtures, 'layouts', readFileSync(join(dir, 'list.txt'), 'utf8').trim());
      const read = (file: string) => readFileSync(join(list, file), 'utf8');
      const dataText = read('data.yaml');
      const data = valueOf(loadData(dataText, 'data.yaml'));
      const settingsText = read('paperlist.yml');
      const settings = valueOf(parseSettings(settingsText, 'paperlist.yml'));
      const edited = readFileSync(join(dir, 'edited.md'), 'utf8');
      const plan = planAdoption({
        readme: edited,
        list: data,
        settings,
        file: 'README.md',
        dataText,
        dataFile: 'data.yaml',
        settingsText,
        settingsFile: 'paperlist.yml',
        base: data,
      });
      const report = plan.ok
        ? describeHandEdits(plan.edits, 'data.yaml', listWords(settings))
        : plan.problems.map(formatProblem);
      expectFile(dir, 'report.txt', report.map((l) => `${l}\n`).join(''));
      expect(report.length).toBeGreaterThan(0);
      if (!plan.ok || !plan.data) return;
      expectFile(dir, 'data.yaml', plan.data.text);
      // A structure changed by hand rewrites the settings' layout too.
      const now = plan.settings?.value ?? settings;
      if (plan.settings) expectFile(dir, 'paperlist.yml', plan.settings.text);
      const rendered = valueOf(renderReadme(edited, plan.data.list, now, time));
      expectFile(dir, 'README.md', rendered);
      // Adopting again finds nothing more: the data now holds what the README shows.
      const again = planAdoption({
        readme: rendered,
        list: plan.data.list,
        settings: now,
        file: 'README.md',
        dataText: plan.data.text,
        dataFile: 'data.yaml',
        base: plan.data.list,
      });
      expect(again).toEqual({
        ok: true,
        edits: noHandEdits(),
        data: undefined,
      });
    });
  }
});
