// Import -> data file -> render gives back the generated README byte for byte: the importer loses
// nothing the renderer needs.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { serializeData } from '../../../src/core/data/serialize.js';
import { importAny } from '../../../src/core/import/any.js';
import { renderReadme } from '../../../src/core/render/readme.js';
import { parseSettings } from '../../../src/core/settings/parse.js';
import { valueOf } from '../../result.js';

const readme = readFileSync(
  new URL('../../fixtures/import/upstream-2024-10-14/README.md', import.meta.url),
  'utf8',
);

const emptyZones = (text: string) =>
  text
    .replace(/(<!-- main-start -->)[\s\S]*?(<!-- main-end -->)/, '$1\n$2')
    .replace(/(<!-- update-time-start -->)[\s\S]*?(<!-- update-time-end -->)/, '$1\n$2');

test('importing the generated README and rendering the data file gives the same bytes', () => {
  const imported = importAny(readme, 'README.md');
  expect(imported.problems).toEqual([]);

  const loaded = valueOf(loadData(serializeData(imported.list), 'data.yaml'));
  expect(loaded).toEqual(imported.list);

  const settings = valueOf(parseSettings('time-zone: Asia/Shanghai\n', 'paperlist.yml'));
  const emptied = emptyZones(readme);
  expect(emptied).not.toBe(readme);
  const rendered = renderReadme(emptied, loaded, settings, new Date('2024-10-14T12:47:37Z'));
  expect(rendered).toEqual({ ok: true, value: readme });
});
