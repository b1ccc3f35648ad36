// A README saved with CRLF line endings (as Windows editors write it), in every layout of
// `fixtures/layouts/`: `init` reads the same data and settings as from the same README with `\n`,
// adds only the two marker lines (with CRLF), and rendering gives the CRLF README back byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadData } from '../../../../src/core/data/load.js';
import { importAny } from '../../../../src/core/import/any.js';
import { planInit } from '../../../../src/core/import/init/plan.js';
import { renderReadme } from '../../../../src/core/render/readme.js';
import { parseSettings } from '../../../../src/core/settings/parse.js';
import { valueOf } from '../../../result.js';

const root = new URL('../../../fixtures/layouts/', import.meta.url).pathname;
const time = new Date('2026-01-02T03:04:05Z');
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const options = {
  stamp: false,
  time,
  readmeFile: 'README.md',
  dataFile: 'data.yaml',
  settingsFile: '.github/paperlist.yml',
};

const cases = readdirSync(root).flatMap((kind) =>
  readdirSync(join(root, kind)).map((name) => [`${kind}/${name}`, join(root, kind, name)] as const),
);

describe.each(cases)('%s with CRLF line endings', (_name, dir) => {
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');

  test('init reads what it reads with \\n and adds only the marker lines', () => {
    const planned = planInit(crlf(read('input.md')), options);
    const plan = valueOf(planned);
    expect(plan.readme).toBe(crlf(read('README.md')));
    expect(plan.data).toBe(read('data.yaml'));
    expect(plan.settings).toBe(read('paperlist.yml'));
    expect(planned.warnings).toEqual(planInit(read('input.md'), options).warnings);
    const lines = plan.readme.split('\n');
    expect(lines.slice(0, -1).every((l) => l.endsWith('\r'))).toBe(true);
  });

  test('rendering the CRLF README gives it back byte for byte', () => {
    const readme = crlf(read('README.md'));
    const data = valueOf(loadData(read('data.yaml'), 'data.yaml'));
    const settings = valueOf(parseSettings(read('paperlist.yml'), 'paperlist.yml'));
    expect(valueOf(renderReadme(readme, data, settings, time))).toBe(readme);
  });

  test('import reads the same entries and problems as with \\n', () => {
    const lf = importAny(read('input.md'), 'README.md');
    const cr = importAny(crlf(read('input.md')), 'README.md');
    expect(cr.list).toEqual(lf.list);
    expect(cr.problems).toEqual(lf.problems);
  });
});
